package dev.godwit.processor.jpa;

/** Hibernate's {@code @Formula} attributes: computed by a SQL expression in queries, no column. */
final class DerivedAttributes implements AttributeMapping {
  private final ReadContext context;

  DerivedAttributes(ReadContext context) {
    this.context = context;
  }

  @Override
  public boolean applies(Attribute attribute) {
    return context.mirrors.exact(attribute.element(), "org.hibernate.annotations.Formula").isPresent();
  }

  @Override
  public void map(Attribute attribute, TableParts table) {
    // no column: Hibernate evaluates the formula in the select list
  }
}
