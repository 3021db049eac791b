package dev.godwit.processor.jpa;

import dev.godwit.processor.jpa.Mirrors.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * {@code @AttributeOverride} and {@code @AssociationOverride}: the outermost override naming an
 * attribute (by its path relative to the overriding element, e.g. {@code "geo.lat"}) wins, as in
 * Hibernate. Also resolves the {@code @Column} and join columns in effect for an attribute.
 */
final class Overrides {
  private final ReadContext context;

  Overrides(ReadContext context) {
    this.context = context;
  }

  /** The {@code @Column} in effect: an overriding one, else the attribute's own. */
  Optional<Annotation> column(Attribute attribute) {
    for (Attribute.Scope scope : attribute.scopes()) {
      for (Annotation override : all(scope.holder(), "AttributeOverride", "AttributeOverrides")) {
        if (override.string("name").equals(scope.relative(attribute))) {
          return Optional.of(override.annotation("column", context.elements));
        }
      }
    }
    return context.mirrors.jpa(attribute.element(), "Column");
  }

  /** The join columns in effect: overriding ones, else {@code @JoinColumn(s)} on the attribute. */
  List<Annotation> joinColumns(Attribute attribute) {
    for (Attribute.Scope scope : attribute.scopes()) {
      for (Annotation override : all(scope.holder(), "AssociationOverride", "AssociationOverrides")) {
        if (override.string("name").equals(scope.relative(attribute))) {
          return override.annotations("joinColumns", context.elements);
        }
      }
    }
    return all(attribute.element(), "JoinColumn", "JoinColumns");
  }

  /** The {@code @JoinColumns(foreignKey = ...)} or overriding association's foreign key name, if any. */
  Optional<String> foreignKeyName(Attribute attribute) {
    for (Attribute.Scope scope : attribute.scopes()) {
      for (Annotation override : all(scope.holder(), "AssociationOverride", "AssociationOverrides")) {
        if (override.string("name").equals(scope.relative(attribute))) {
          return nonEmpty(override.annotation("foreignKey", context.elements).string("name"));
        }
      }
    }
    return context.mirrors.jpa(attribute.element(), "JoinColumns")
        .flatMap(j -> nonEmpty(j.annotation("foreignKey", context.elements).string("name")));
  }

  private static Optional<String> nonEmpty(String name) {
    return name.isEmpty() ? Optional.empty() : Optional.of(name);
  }

  /** A repeatable annotation, written once or several times (in its container). */
  List<Annotation> all(Element element, String single, String container) {
    List<Annotation> found = new ArrayList<>();
    context.mirrors.jpa(element, single).ifPresent(found::add);
    context.mirrors.jpa(element, container).ifPresent(c -> found.addAll(c.annotations("value", context.elements)));
    return found;
  }
}
