package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.jpa.Entity.Strategy;
import dev.godwit.processor.jpa.Mirrors.Annotation;
import dev.godwit.processor.jpa.PersistentAttributes.Member;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * Describes one entity class: its names, its place in an entity hierarchy, and the persistent
 * attributes it declares or inherits from {@code @MappedSuperclass} ancestors.
 */
final class EntityDescriber {
  private final ReadContext context;
  private final PersistentAttributes attributes;
  private final Hints hints;

  EntityDescriber(ReadContext context, PersistentAttributes attributes, Hints hints) {
    this.context = context;
    this.attributes = attributes;
    this.hints = hints;
  }

  /** The entity, or empty after reporting why it cannot be read. */
  Optional<Entity> describe(TypeElement type) {
    Mirrors mirrors = context.mirrors;
    Annotation entity = mirrors.jpa(type, "Entity").orElseThrow();
    String entityName = entity.string("name").isEmpty() ? type.getSimpleName().toString() : entity.string("name");
    String tableName = mirrors.jpa(type, "Table").map(t -> t.string("name")).filter(n -> !n.isEmpty()).orElse(entityName);
    String logicalTable = context.quoting.logical(tableName);
    String table = context.naming.physical(logicalTable);
    context.report(context.unsupported.ofType(type)); // attributes are still read, so one compile reports every problem

    List<TypeElement> levels = new ArrayList<>(List.of(type));
    Optional<TypeElement> parent = Optional.empty();
    for (TypeElement c = PersistentAttributes.superclass(type); c != null; c = PersistentAttributes.superclass(c)) {
      if (mirrors.hasJpa(c, "Entity")) {
        parent = Optional.of(c);
        break;
      }
      if (mirrors.hasJpa(c, "MappedSuperclass")) {
        levels.add(0, c);
      } else if (mirrors.hasJpa(c, "Embeddable")) {
        context.error(Code.UNSUPPORTED_MAPPING, "entity " + type.getSimpleName() + " extends embeddable "
            + c.getSimpleName() + "; Hibernate does not map such a class", type);
        return Optional.empty();
      }
    }
    Strategy strategy = strategy(type);
    new OnDeletes(mirrors).ofEntity(type, parent.isPresent() && strategy == Strategy.JOINED)
        .ifPresent(p -> context.report(List.of(p)));
    boolean singleTableSubclass = parent.isPresent() && strategy == Strategy.SINGLE_TABLE;
    if (singleTableSubclass && mirrors.hasJpa(type, "Table")) {
      context.error(Code.UNSUPPORTED_MAPPING, "entity " + type.getSimpleName() + " is a subclass in a SINGLE_TABLE "
          + "hierarchy and may not have @Table (its root declares the table); Hibernate refuses it", type);
    }
    // Class-level overrides of the entity and its mapped superclasses apply to all their attributes; a subclass's win.
    List<Attribute.Scope> scopes = new ArrayList<>();
    for (int i = levels.size() - 1; i >= 0; i--) {
      scopes.add(new Attribute.Scope(levels.get(i), "", levels.get(i).asType()));
    }
    List<Attribute> members = new ArrayList<>();
    for (Member member : attributes.of((DeclaredType) type.asType(), levels, attributes.hierarchyAccess(type))) {
      boolean id = mirrors.hasJpa(member.element(), "Id") || mirrors.hasJpa(member.element(), "EmbeddedId")
          || mirrors.hasJpa(member.element(), "MapsId");
      members.add(new Attribute(member.element(), member.name(), member.name(), member.type(), id, scopes, false,
          singleTableSubclass, false));
    }
    Set<String> derived = derivedIds(type, members);
    members.removeIf(a -> derived.contains(a.path()));
    if (parent.isEmpty() && members.stream().noneMatch(Attribute::id)) {
      context.error(Code.MISSING_ID, "entity " + type.getSimpleName()
          + " has no @Id attribute; Hibernate refuses such an entity", type);
      return Optional.empty();
    }
    if (parent.isPresent() && members.stream().anyMatch(Attribute::id)) {
      context.error(Code.UNSUPPORTED_MAPPING, "entity " + type.getSimpleName() + " declares an id, but its id is "
          + "inherited from entity " + parent.get().getSimpleName() + "; Hibernate refuses this", type);
      return Optional.empty();
    }
    if (!singleTableSubclass) {
      context.origins.put(table, type);
      context.schemas.table(table, mirrors.jpa(type, "Table").flatMap(context::schemaOf), type);
      hints.ofTable(type, table);
    }
    return Optional.of(new Entity(type, entityName, logicalTable, table, members, parent, strategy,
        type.getModifiers().contains(Modifier.ABSTRACT), derived));
  }

  /** The strategy declared on the root entity of the hierarchy; SINGLE_TABLE by default. */
  private Strategy strategy(TypeElement type) {
    TypeElement root = type;
    for (TypeElement c = PersistentAttributes.superclass(type); c != null; c = PersistentAttributes.superclass(c)) {
      if (context.mirrors.hasJpa(c, "Entity")) {
        root = c;
      }
    }
    return context.mirrors.jpa(root, "Inheritance").map(i -> Strategy.valueOf(i.constant("strategy")))
        .orElse(Strategy.SINGLE_TABLE);
  }

  /**
   * The paths of id attributes a {@code @MapsId} relation replaces: the simple {@code @Id} for
   * {@code @MapsId}, or the named attribute of the {@code @EmbeddedId}. Other forms are reported.
   */
  private Set<String> derivedIds(TypeElement type, List<Attribute> members) {
    Set<String> derived = new LinkedHashSet<>();
    for (Attribute attribute : members) {
      Optional<Annotation> mapsId = context.mirrors.jpa(attribute.element(), "MapsId");
      if (mapsId.isEmpty()) {
        continue;
      }
      String value = mapsId.get().string("value");
      List<Attribute> plainIds = members.stream().filter(a -> a.id() && a != attribute
          && !context.mirrors.hasJpa(a.element(), "MapsId")).toList();
      Optional<Attribute> embeddedId = plainIds.stream()
          .filter(a -> context.mirrors.hasJpa(a.element(), "EmbeddedId")).findFirst();
      if (value.isEmpty() && plainIds.size() == 1 && embeddedId.isEmpty()) {
        derived.add(plainIds.get(0).path());
      } else if (!value.isEmpty() && embeddedId.isPresent() && !value.contains(".")) {
        derived.add(embeddedId.get().path() + "." + value);
      } else {
        context.error(Code.UNSUPPORTED_MAPPING, "@MapsId" + (value.isEmpty() ? "" : "(\"" + value + "\")")
            + " is supported by Godwit for a single @Id, or for one attribute of an @EmbeddedId; not for "
            + type.getSimpleName() + "'s id", attribute.element());
      }
    }
    return derived;
  }
}
