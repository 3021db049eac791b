package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.jpa.PersistentAttributes.Access;
import dev.godwit.processor.jpa.PersistentAttributes.Member;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * {@code @Embedded}, {@code @EmbeddedId} and attributes of an {@code @Embeddable} type (records
 * included): each attribute of the embeddable is mapped into the owner's table, with its path
 * extended so overrides can name it. The embeddable is read with the access type of the
 * attribute that embeds it, unless it declares its own.
 */
final class EmbeddedAttributes implements AttributeMapping {
  /** Deeper than this, an embeddable surely contains itself. */
  private static final int MAX_DEPTH = 16;

  private final ReadContext context;
  private final PersistentAttributes attributes;
  private final AttributeMappings mappings;

  EmbeddedAttributes(ReadContext context, PersistentAttributes attributes, AttributeMappings mappings) {
    this.context = context;
    this.attributes = attributes;
    this.mappings = mappings;
  }

  @Override
  public boolean applies(Attribute attribute) {
    return context.mirrors.hasJpa(attribute.element(), "Embedded") || context.mirrors.hasJpa(attribute.element(), "EmbeddedId")
        || attribute.type() instanceof DeclaredType d && context.mirrors.hasJpa(d.asElement(), "Embeddable");
  }

  @Override
  public void map(Attribute attribute, TableParts table) {
    children(attribute).ifPresent(children -> children.forEach(child -> mappings.map(child, table)));
  }

  /**
   * The attributes of the embeddable an attribute holds, as its children (paths extended, in
   * declaration order), or empty after reporting why they cannot be read.
   */
  Optional<List<Attribute>> children(Attribute attribute) {
    if (!(attribute.type() instanceof DeclaredType type && context.mirrors.hasJpa(type.asElement(), "Embeddable"))) {
      context.error(Code.UNSUPPORTED_MAPPING, "the type of embedded attribute " + attribute.name() + " ("
          + attribute.type() + ") is not an @Embeddable", attribute.element());
      return Optional.empty();
    }
    if (attribute.scopes().size() > MAX_DEPTH) {
      context.error(Code.UNSUPPORTED_MAPPING, "embeddable " + type + " contains itself", attribute.element());
      return Optional.empty();
    }
    List<TypeElement> levels = new ArrayList<>(List.of((TypeElement) type.asElement()));
    for (TypeElement c = PersistentAttributes.superclass(levels.get(0)); c != null; c = PersistentAttributes.superclass(c)) {
      if (context.mirrors.hasJpa(c, "Embeddable")) {
        context.error(Code.UNSUPPORTED_MAPPING, "embeddable inheritance (" + levels.get(levels.size() - 1).getSimpleName()
            + " extends embeddable " + c.getSimpleName() + ") is not supported by Godwit yet", attribute.element());
        return Optional.empty();
      }
      if (context.mirrors.hasJpa(c, "MappedSuperclass")) {
        levels.add(0, c);
      }
    }
    Access access = attribute.element() instanceof ExecutableElement ? Access.PROPERTY : Access.FIELD;
    return Optional.of(attributes.of(type, levels, access).stream()
        .map(member -> attribute.child(member.element(), member.name(), member.type())).toList());
  }
}
