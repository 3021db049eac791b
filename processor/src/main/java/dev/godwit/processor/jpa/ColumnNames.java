package dev.godwit.processor.jpa;

/** The names of an attribute's columns as Hibernate derives them before physical naming. */
final class ColumnNames {
  private final Mirrors mirrors;

  ColumnNames(Mirrors mirrors) {
    this.mirrors = mirrors;
  }

  /** The logical name of a basic attribute's column: {@code @Column(name)} or the attribute name. */
  String logical(Attribute attribute) {
    return mirrors.jpa(attribute.element(), "Column").map(c -> c.string("name")).filter(n -> !n.isEmpty())
        .orElse(attribute.name());
  }
}
