package dev.godwit.processor.jpa;

import dev.godwit.processor.jpa.Mirrors.Annotation;
import dev.godwit.processor.model.Check;
import dev.godwit.processor.model.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * What a column or table carries besides its type, from annotations matched by name (Hibernate's
 * are not a compile dependency): {@code @Column(columnDefinition)}, Hibernate's
 * {@code @ColumnDefault}, {@code @Comment} and {@code @Check}/{@code @Checks}.
 */
final class ColumnDetails {
  private static final String HIBERNATE = "org.hibernate.annotations.";
  private final Mirrors mirrors;
  private final Elements elements;

  ColumnDetails(Mirrors mirrors, Elements elements) {
    this.mirrors = mirrors;
    this.elements = elements;
  }

  /** The column with its definition, default and comment from the attribute's annotations. */
  Column decorate(Column column, Element attribute) {
    Optional<String> definition = mirrors.jpa(attribute, "Column").map(c -> c.string("columnDefinition"))
        .filter(d -> !d.isBlank());
    return column.withDefinition(definition)
        .withDefaultValue(hibernate(attribute, "ColumnDefault").map(a -> a.string("value")))
        .withComment(comment(attribute));
  }

  /** The comment of {@code @Comment} on a column or an entity. */
  Optional<String> comment(Element element) {
    return hibernate(element, "Comment").map(a -> a.string("value")).filter(c -> !c.isEmpty());
  }

  /** The checks of {@code @Check} / {@code @Checks} on an element, on {@code column} or the table. */
  List<Check> checks(Element element, Optional<String> column) {
    List<Annotation> annotations = new ArrayList<>();
    hibernate(element, "Check").ifPresent(annotations::add);
    hibernate(element, "Checks").ifPresent(checks -> annotations.addAll(checks.annotations("value", elements)));
    return annotations.stream()
        .map(check -> new Check(Optional.of(check.string("name")).filter(n -> !n.isEmpty()), column,
            check.string("constraints")))
        .toList();
  }

  private Optional<Annotation> hibernate(Element element, String simpleName) {
    return mirrors.exact(element, HIBERNATE + simpleName);
  }
}
