package dev.godwit.processor.jpa;

import java.util.List;
import java.util.function.Function;

/** Every kind of attribute mapping, in the order they are tried; the last one applies to all. */
final class AttributeMappings {
  private final ReadContext context;
  private final List<AttributeMapping> mappings;

  /** @param kinds every kind of mapping, given these mappings (for kinds that map nested attributes) */
  AttributeMappings(ReadContext context, Function<AttributeMappings, List<AttributeMapping>> kinds) {
    this.context = context;
    this.mappings = List.copyOf(kinds.apply(this));
  }

  /** The kind of mapping that maps embedded attributes, which other stages ask for an embeddable's attributes. */
  EmbeddedAttributes embedded() {
    return mappings.stream().filter(EmbeddedAttributes.class::isInstance).map(EmbeddedAttributes.class::cast)
        .findFirst().orElseThrow();
  }

  /** Maps the attribute into the table, after reporting what of it Godwit does not model. */
  void map(Attribute attribute, TableParts table) {
    if (table.derivedIds.contains(attribute.path())) {
      return; // a @MapsId relation provides this column
    }
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
