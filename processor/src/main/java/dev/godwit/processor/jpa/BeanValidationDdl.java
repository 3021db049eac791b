package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.model.Check;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.Identifiers;
import dev.godwit.processor.model.TypeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * The DDL Hibernate 6.6 derives from Bean Validation constraints when Hibernate Validator is on the
 * classpath (measured with Hibernate Validator 8): {@code @NotNull}/{@code @NotBlank}/{@code
 * @NotEmpty} make the column NOT NULL, {@code @Size(max)}/{@code @Length(max)} set a string's
 * length, {@code @Digits} a decimal's precision and scale, {@code @Min}/{@code @Max}/{@code @Range}
 * one column check. Only jakarta.validation counts: Hibernate 6 ignores javax.validation.
 */
final class BeanValidationDdl {
  private static final String JAKARTA = "jakarta.validation.constraints.";
  private static final String HIBERNATE = "org.hibernate.validator.constraints.";
  static final List<String> CONSTRAINTS = List.of(JAKARTA + "NotNull", JAKARTA + "NotBlank", JAKARTA + "NotEmpty",
      JAKARTA + "Size", JAKARTA + "Min", JAKARTA + "Max", JAKARTA + "Digits", HIBERNATE + "Length", HIBERNATE + "Range");

  private final ReadContext context;

  BeanValidationDdl(ReadContext context) {
    this.context = context;
  }

  /** The column as Hibernate Validator shapes it. */
  Column apply(Column column, Element element) {
    if (context.beanValidation != BeanValidationMode.APPLY) {
      return column;
    }
    Column result = column;
    if (has(element, JAKARTA + "NotNull") || has(element, JAKARTA + "NotBlank") || has(element, JAKARTA + "NotEmpty")) {
      result = result.withNullable(false);
    }
    ColumnType type = result.type();
    Optional<Integer> max = annotation(element, JAKARTA + "Size").or(() -> annotation(element, HIBERNATE + "Length"))
        .map(a -> a.integer("max")).filter(m -> m < Integer.MAX_VALUE);
    if (max.isPresent() && type.kind() == TypeKind.VARCHAR) {
      type = ColumnType.varchar(max.get());
    }
    Optional<Mirrors.Annotation> digits = annotation(element, JAKARTA + "Digits");
    if (digits.isPresent() && type.kind() == TypeKind.NUMERIC) {
      int fraction = digits.get().integer("fraction");
      type = ColumnType.numeric(digits.get().integer("integer") + fraction, fraction);
    }
    return new Column(result.name(), type, result.nullable(), result.identity(), result.definition(),
        result.defaultValue(), result.comment());
  }

  /** The range check Hibernate Validator adds to the column, if any. */
  Optional<Check> check(Column column, Element element) {
    if (context.beanValidation != BeanValidationMode.APPLY) {
      return Optional.empty();
    }
    Optional<Long> min = annotation(element, JAKARTA + "Min").map(a -> a.longValue("value"))
        .or(() -> annotation(element, HIBERNATE + "Range").map(a -> a.longValue("min")));
    Optional<Long> max = annotation(element, JAKARTA + "Max").map(a -> a.longValue("value"))
        .or(() -> annotation(element, HIBERNATE + "Range").map(a -> a.longValue("max")));
    List<String> conditions = new ArrayList<>();
    min.ifPresent(m -> conditions.add(column.name() + ">=" + m));
    max.ifPresent(m -> conditions.add(column.name() + "<=" + m));
    if (conditions.isEmpty()) {
      return Optional.empty();
    }
    if (Identifiers.isQuoted(column.name())) {
      context.error(Code.UNSUPPORTED_MAPPING, "the range check Hibernate Validator puts on quoted column "
          + column.name() + " is not supported by Godwit yet", element);
      return Optional.empty();
    }
    String condition = conditions.size() == 1 ? conditions.get(0)
        : "(" + String.join(") and (", conditions) + ")";
    return Optional.of(new Check(Optional.empty(), Optional.of(column.name()), condition));
  }

  private boolean has(Element element, String name) {
    return context.mirrors.exact(element, name).isPresent();
  }

  private Optional<Mirrors.Annotation> annotation(Element element, String name) {
    return context.mirrors.exact(element, name);
  }
}
