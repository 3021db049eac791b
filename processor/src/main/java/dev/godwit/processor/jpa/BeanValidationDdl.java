package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.model.Check;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.Identifiers;
import dev.godwit.processor.model.TypeKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The DDL Hibernate 6.6 derives from Bean Validation constraints when Hibernate Validator is on the
 * classpath (measured with Hibernate Validator 8): {@code @NotNull}/{@code @NotBlank}/{@code
 * @NotEmpty} make the column NOT NULL, {@code @Size(max)}/{@code @Length(max)} set a string's
 * length, {@code @Digits} a decimal's precision and scale, {@code @Min}/{@code @Max}/{@code @Range}
 * one column check. Only jakarta.validation counts: Hibernate 6 ignores javax.validation.
 *
 * <p>Hibernate ({@code TypeSafeActivator.applyDDL}) walks each entity's own attributes, and the
 * attributes of an embeddable only when the embedding attribute is {@code @Valid}; NOT NULL there
 * only when every embedding attribute is also {@code @NotNull} (or {@code @NotBlank}/{@code
 * @NotEmpty}). It never walks the elements of a collection, never makes a SINGLE_TABLE
 * subclass's own attribute NOT NULL, and applies the {@code Default} group only.
 */
final class BeanValidationDdl {
  private static final String JAKARTA = "jakarta.validation.constraints.";
  private static final String HIBERNATE = "org.hibernate.validator.constraints.";
  static final List<String> CONSTRAINTS = List.of(JAKARTA + "NotNull", JAKARTA + "NotBlank", JAKARTA + "NotEmpty",
      JAKARTA + "Size", JAKARTA + "Min", JAKARTA + "Max", JAKARTA + "Digits", HIBERNATE + "Length", HIBERNATE + "Range");

  private static final List<String> NOT_NULL = List.of(JAKARTA + "NotNull", JAKARTA + "NotBlank", JAKARTA + "NotEmpty");
  private static final List<String> PLURAL = List.of("ElementCollection", "OneToMany", "ManyToMany");

  private final ReadContext context;

  BeanValidationDdl(ReadContext context) {
    this.context = context;
  }

  /**
   * True where Hibernate gives {@code constraint} on {@code member}, an attribute that is not a basic,
   * no DDL of its own: a size on a collection (it sizes the collection, not a column), NOT NULL on an
   * embedded attribute (it reaches the embeddable's columns only with {@code @Valid}, see above).
   */
  static boolean withoutColumnEffect(Mirrors mirrors, Element member, String constraint) {
    boolean plural = PLURAL.stream().anyMatch(p -> mirrors.hasJpa(member, p));
    boolean embedded = mirrors.hasJpa(member, "Embedded") || mirrors.hasJpa(member, "EmbeddedId");
    return plural && (constraint.equals(JAKARTA + "Size") || constraint.equals(HIBERNATE + "Length"))
        || embedded && NOT_NULL.contains(constraint);
  }

  /** The column as Hibernate Validator shapes it. */
  Column apply(Column column, Attribute attribute) {
    Element element = attribute.element();
    if (context.beanValidation != BeanValidationMode.APPLY || !reached(attribute)) {
      return column;
    }
    Column result = column;
    if (notNull(element) && notNullReached(attribute)) {
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
  Optional<Check> check(Column column, Attribute attribute) {
    Element element = attribute.element();
    if (context.beanValidation != BeanValidationMode.APPLY || !reached(attribute)) {
      return Optional.empty();
    }
    Optional<Mirrors.Annotation> minAnnotation = annotation(element, JAKARTA + "Min");
    Optional<Mirrors.Annotation> maxAnnotation = annotation(element, JAKARTA + "Max");
    Optional<Long> min = minAnnotation.map(a -> a.longValue("value"))
        .or(() -> annotation(element, HIBERNATE + "Range").map(a -> a.longValue("min")));
    Optional<Long> max = maxAnnotation.map(a -> a.longValue("value"))
        .or(() -> annotation(element, HIBERNATE + "Range").map(a -> a.longValue("max")));
    List<String> conditions = new ArrayList<>();
    min.ifPresent(m -> conditions.add(column.name() + ">=" + m));
    max.ifPresent(m -> conditions.add(column.name() + "<=" + m));
    if (minAnnotation.isPresent() && maxAnnotation.isPresent()) {
      Optional<Boolean> maxFirst = maxFirst(minAnnotation.get(), maxAnnotation.get());
      if (maxFirst.isEmpty()) {
        context.report(List.of(Problem.warning(Code.UNSUPPORTED_MAPPING, "Hibernate joins the conditions of @Min and "
            + "@Max into one check in the order Hibernate Validator hands the two constraints over, which Godwit cannot "
            + "tell for these values; Godwit writes (" + conditions.get(0) + ") first, and Hibernate may write the same "
            + "check with the two conditions the other way round. @Range has a fixed order", attribute.reportedOn())));
      } else if (maxFirst.get()) {
        Collections.reverse(conditions);
      }
    }
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

  /**
   * Whether Hibernate adds the condition of {@code @Max} before that of {@code @Min}: it takes them in
   * the order of Hibernate Validator's set of constraint descriptors, a {@code HashSet} of 16 buckets
   * keyed by each annotation's {@link java.lang.annotation.Annotation#hashCode()}. Empty where that
   * order cannot be told: both in one bucket (then insertion order decides), or a hash that depends on
   * class identities ({@code groups}, {@code payload}).
   */
  static Optional<Boolean> maxFirst(Mirrors.Annotation min, Mirrors.Annotation max) {
    OptionalInt minHash = annotationHash(min);
    OptionalInt maxHash = annotationHash(max);
    if (minHash.isEmpty() || maxHash.isEmpty()) {
      return Optional.empty();
    }
    int minBucket = bucket(minHash.getAsInt());
    int maxBucket = bucket(maxHash.getAsInt());
    return minBucket == maxBucket ? Optional.empty() : Optional.of(maxBucket < minBucket);
  }

  /** {@code Annotation.hashCode()} of a {@code @Min} or {@code @Max} without groups or payload. */
  private static OptionalInt annotationHash(Mirrors.Annotation annotation) {
    if (!annotation.strings("groups").isEmpty() || !annotation.strings("payload").isEmpty()) {
      return OptionalInt.empty();
    }
    int emptyArray = Arrays.hashCode(new Object[0]);
    return OptionalInt.of(((127 * "message".hashCode()) ^ annotation.string("message").hashCode())
        + ((127 * "groups".hashCode()) ^ emptyArray) + ((127 * "payload".hashCode()) ^ emptyArray)
        + ((127 * "value".hashCode()) ^ Long.hashCode(annotation.longValue("value"))));
  }

  /** The bucket of a {@code HashMap} of 16 buckets a key of this hash goes into. */
  private static int bucket(int hash) {
    return (hash ^ (hash >>> 16)) & 15;
  }

  /** Whether Hibernate's walk reaches the attribute: no collection on the way, every embedding attribute {@code @Valid}. */
  private boolean reached(Attribute attribute) {
    for (Element holder : embedding(attribute)) {
      if (PLURAL.stream().anyMatch(p -> context.mirrors.hasJpa(holder, p)) || !has(holder, "jakarta.validation.Valid")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether NOT NULL reaches the column: every embedding attribute NOT NULL too, and not an attribute
   * of a SINGLE_TABLE subclass itself (Hibernate checks the class of the entity's attribute only, so
   * the columns of a {@code @Valid @NotNull} embeddable in such a subclass do become NOT NULL).
   */
  private boolean notNullReached(Attribute attribute) {
    List<Element> embedding = embedding(attribute);
    if (embedding.isEmpty()) {
      return !attribute.inSingleTableSubclass();
    }
    return embedding.stream().allMatch(this::notNull);
  }

  /**
   * The attributes that hold this one, outermost first: embedding attributes, and the collection
   * attribute itself for a map's key or value (a class's scope is no attribute).
   */
  private static List<Element> embedding(Attribute attribute) {
    return attribute.scopes().stream().map(Attribute.Scope::holder)
        .filter(h -> !(h instanceof TypeElement)).toList();
  }

  private boolean notNull(Element element) {
    return NOT_NULL.stream().anyMatch(n -> has(element, n));
  }

  private boolean has(Element element, String name) {
    return annotation(element, name).isPresent();
  }

  /**
   * The constraint, if it is in the group Hibernate applies to the DDL: {@code Default}, which a
   * constraint without {@code groups} is in ({@code TypeSafeActivator} skips the others, a group
   * extending {@code Default} included).
   */
  private Optional<Mirrors.Annotation> annotation(Element element, String name) {
    return context.mirrors.exact(element, name).filter(BeanValidationDdl::inDefaultGroup);
  }

  private static boolean inDefaultGroup(Mirrors.Annotation annotation) {
    List<String> groups = annotation.strings("groups");
    return groups.isEmpty() || groups.contains("jakarta.validation.groups.Default");
  }
}
