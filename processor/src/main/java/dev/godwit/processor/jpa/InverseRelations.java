package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;

/**
 * {@code @OneToMany(mappedBy = ...)}: the other side owns the foreign key, so this attribute adds
 * nothing to its table. Without {@code mappedBy} Hibernate needs a join table or a key in the
 * child, which Godwit does not model yet.
 */
final class InverseRelations implements AttributeMapping {
  private final ReadContext context;

  InverseRelations(ReadContext context) {
    this.context = context;
  }

  @Override
  public boolean applies(Attribute attribute) {
    return context.mirrors.hasJpa(attribute.element(), "OneToMany");
  }

  @Override
  public void map(Attribute attribute, TableParts table) {
    if (context.mirrors.jpa(attribute.element(), "OneToMany").orElseThrow().string("mappedBy").isEmpty()) {
      context.error(Code.UNSUPPORTED_MAPPING,
          "@OneToMany without mappedBy (a join table or a foreign key in the child) is not supported by Godwit yet; "
              + "map the owning @ManyToOne side and use mappedBy", attribute.element());
    }
  }
}
