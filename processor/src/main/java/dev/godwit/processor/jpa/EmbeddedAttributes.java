package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.jpa.Mirrors.Annotation;
import dev.godwit.processor.jpa.PersistentAttributes.Access;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.TypeKind;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
  /** Hibernate's discriminator length when {@code @DiscriminatorColumn} gives none. */
  private static final int DEFAULT_DISCRIMINATOR_LENGTH = 31;
  /** Deeper than this, an embeddable surely contains itself. */
  private static final int MAX_DEPTH = 16;

  private final ReadContext context;
  private final PersistentAttributes attributes;
  private final AttributeMappings mappings;
  /**
   * Each embedded attribute's children, read once: the table an attribute goes to is decided from
   * its leaves before it is mapped, so every embedded attribute is asked for them at least twice.
   */
  private final Map<Attribute, Optional<List<Attribute>>> children = new IdentityHashMap<>();

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
    Optional<List<Attribute>> children = children(attribute);
    if (children.isEmpty()) {
      return;
    }
    children.get().forEach(child -> mappings.map(child, table));
    discriminator(attribute).ifPresent(d -> table.add(attribute.reportedOn(), d.column(), d.logicalName(), false));
  }

  /**
   * The attributes of the embeddable an attribute holds, as its children (paths extended, in
   * declaration order), or empty after reporting why they cannot be read. For the root of an
   * embeddable hierarchy (Hibernate 6.6's embeddable inheritance) they include the attributes
   * every subclass declares, subclass by subclass in name order.
   */
  Optional<List<Attribute>> children(Attribute attribute) {
    Optional<List<Attribute>> known = children.get(attribute);
    if (known == null) {
      known = readChildren(attribute);
      children.put(attribute, known);
    }
    return known;
  }

  private Optional<List<Attribute>> readChildren(Attribute attribute) {
    if (!(attribute.type() instanceof DeclaredType type && context.mirrors.hasJpa(type.asElement(), "Embeddable"))) {
      context.error(Code.UNSUPPORTED_MAPPING, "the type of embedded attribute " + attribute.name() + " ("
          + attribute.type() + ") is not an @Embeddable", attribute.element());
      return Optional.empty();
    }
    if (attribute.scopes().size() > MAX_DEPTH) {
      context.error(Code.UNSUPPORTED_MAPPING, "embeddable " + type + " contains itself", attribute.element());
      return Optional.empty();
    }
    if (attribute.inEmbeddable() && !context.mirrors.hasJpa(attribute.element(), "ElementCollection")
        && (context.mirrors.hasJpa(attribute.element(), "Convert") || context.mirrors.hasJpa(attribute.element(), "Converts"))) {
      // Hibernate 6.6 then maps the whole embedded attribute as one converted basic column
      context.error(Code.UNSUPPORTED_MAPPING, "@Convert on embedded attribute " + attribute.name() + " inside an "
          + "embeddable: Hibernate 6.6 then maps " + attribute.name() + " as a single basic column instead of its "
          + "attributes. Name the basic attribute by its path from the outermost embedded attribute (or collection), "
          + "or put the convert on the embeddable class", attribute.element());
      return Optional.empty();
    }
    TypeElement embeddable = (TypeElement) type.asElement();
    List<TypeElement> levels = new ArrayList<>(List.of(embeddable));
    for (TypeElement c = PersistentAttributes.superclass(embeddable); c != null; c = PersistentAttributes.superclass(c)) {
      if (context.mirrors.hasJpa(c, "Embeddable")) {
        // Hibernate 6.6 maps such an attribute with the subclass's own attributes only: no discriminator,
        // none of the superclass's columns
        context.error(Code.UNSUPPORTED_MAPPING, "embedded attribute " + attribute.name() + " is declared as "
            + embeddable.getSimpleName() + ", a subclass of embeddable " + c.getSimpleName() + ": Hibernate 6.6 then "
            + "maps only the attributes " + embeddable.getSimpleName() + " declares itself, without those of "
            + c.getSimpleName() + " and without a discriminator, and cannot read a row of another subclass. "
            + "Declare the attribute with the root of the hierarchy", attribute.element());
        return Optional.empty();
      }
      if (context.mirrors.hasJpa(c, "MappedSuperclass")) {
        levels.add(0, c);
      }
    }
    List<TypeElement> subclasses = subclasses(embeddable);
    if (!subclasses.isEmpty() && context.mirrors.hasJpa(attribute.element(), "EmbeddedId")) {
      context.error(Code.UNSUPPORTED_MAPPING, "the @EmbeddedId " + attribute.name() + " is an embeddable with subclasses ("
          + subclasses.stream().map(t -> t.getSimpleName().toString()).toList() + "): Hibernate 6.6 supports embeddable "
          + "inheritance only for embedded values, not for identifiers", attribute.element());
      return Optional.empty();
    }
    Access access = attribute.element() instanceof ExecutableElement ? Access.PROPERTY : Access.FIELD;
    List<Attribute> children = new ArrayList<>();
    attributes.of(type, levels, access)
        .forEach(member -> children.add(attribute.child(member.element(), member.name(), member.type())));
    for (TypeElement subclass : subclasses) {
      attributes.of((DeclaredType) subclass.asType(), List.of(subclass), access)
          .forEach(member -> children.add(attribute.child(member.element(), member.name(), member.type())));
    }
    return Optional.of(List.copyOf(children));
  }

  /**
   * The attributes an embedded attribute maps at any depth that are not themselves embedded (basic
   * values, relations, collections); empty when its embeddable cannot be read (reported by
   * {@link #children}).
   */
  List<Attribute> leaves(Attribute attribute) {
    List<Attribute> leaves = new ArrayList<>();
    for (Attribute child : children(attribute).orElse(List.of())) {
      if (applies(child)) {
        leaves.addAll(leaves(child));
      } else {
        leaves.add(child);
      }
    }
    return leaves;
  }

  /** A discriminator column and its logical name. */
  record Discriminator(Column column, String logicalName) {}

  /**
   * The discriminator column of an embedded value whose embeddable has subclasses: named by the
   * root's {@code @DiscriminatorColumn} (its default {@code DTYPE}), without one
   * {@code <attribute>_DTYPE}; {@code varchar(31)} (or the given length), {@code integer} or
   * {@code char(1)}; NOT NULL.
   */
  Optional<Discriminator> discriminator(Attribute attribute) {
    if (!(attribute.type() instanceof DeclaredType type) || subclasses((TypeElement) type.asElement()).isEmpty()) {
      return Optional.empty();
    }
    TypeElement root = (TypeElement) type.asElement();
    Optional<Annotation> declared = context.mirrors.jpa(root, "DiscriminatorColumn");
    String name = declared.map(d -> d.string("name").isEmpty() ? "DTYPE" : d.string("name"))
        .orElse(attribute.name() + "_DTYPE");
    ColumnType columnType = switch (declared.map(d -> d.constant("discriminatorType")).orElse("STRING")) {
      case "INTEGER" -> ColumnType.of(TypeKind.INTEGER);
      case "CHAR" -> new ColumnType(TypeKind.CHAR, 1, 0, 0, List.of());
      default -> ColumnType.varchar(declared.map(d -> d.integer("length")).orElse(DEFAULT_DISCRIMINATOR_LENGTH));
    };
    if (declared.map(d -> !d.string("columnDefinition").isEmpty()).orElse(false)) {
      context.error(Code.UNSUPPORTED_MAPPING, "@DiscriminatorColumn(columnDefinition = ...) on embeddable "
          + root.getSimpleName() + " is not supported by Godwit yet; the migration would differ from the schema "
          + "Hibernate builds", root);
      return Optional.empty();
    }
    String logical = context.quoting.logical(name);
    return Optional.of(new Discriminator(new Column(context.naming.physical(logical), columnType, false, false), logical));
  }

  /** The {@code @Embeddable} classes of the compilation that extend {@code root} through embeddables only. */
  private List<TypeElement> subclasses(TypeElement root) {
    return context.facts.embeddableSubclasses(root, context.embeddables, context.mirrors);
  }
}
