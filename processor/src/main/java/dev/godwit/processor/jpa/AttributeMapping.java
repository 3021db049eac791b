package dev.godwit.processor.jpa;

/**
 * One kind of persistent attribute (basic, to-one relation, inverse side, ...) and how it adds
 * columns and constraints to its entity's table. Each kind is its own class, listed once in
 * {@link AttributeMappings}.
 */
interface AttributeMapping {

  /** True when this mapping handles the attribute; the first mapping that applies wins. */
  boolean applies(Attribute attribute);

  void map(Attribute attribute, TableParts table);
}
