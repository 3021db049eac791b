package dev.godwit.processor.jpa;

/** The names of an attribute's columns as Hibernate derives them before physical naming. */
final class ColumnNames {
  private final Overrides overrides;

  ColumnNames(Overrides overrides) {
    this.overrides = overrides;
  }

  /**
   * The logical name of a basic attribute's column: the overriding or own {@code @Column(name)},
   * else the attribute name. Attributes of embeddables are not prefixed: Hibernate's implicit
   * naming uses the last part of the path only.
   */
  String logical(Attribute attribute) {
    return overrides.column(attribute).map(c -> c.string("name")).filter(n -> !n.isEmpty())
        .orElse(attribute.name());
  }
}
