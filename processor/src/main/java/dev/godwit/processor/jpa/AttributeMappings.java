package dev.godwit.processor.jpa;

import java.util.List;

/** Every kind of attribute mapping, in the order they are tried; the last one applies to all. */
final class AttributeMappings {
  private final ReadContext context;
  private final List<AttributeMapping> mappings;

  AttributeMappings(ReadContext context, List<AttributeMapping> mappings) {
    this.context = context;
    this.mappings = List.copyOf(mappings);
  }

  /** Maps the attribute into the table, after reporting what of it Godwit does not model. */
  void map(Attribute attribute, TableParts table) {
    if (!context.report(context.unsupported.ofMember(attribute.element()))) {
      return;
    }
    for (AttributeMapping mapping : mappings) {
      if (mapping.applies(attribute)) {
        mapping.map(attribute, table);
        return;
      }
    }
    throw new IllegalStateException("no mapping applies to " + attribute.path());
  }
}
