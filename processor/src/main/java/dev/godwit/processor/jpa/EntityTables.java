package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.jpa.Entity.Strategy;
import dev.godwit.processor.jpa.Mirrors.Annotation;
import dev.godwit.processor.jpa.TableParts.KeyColumn;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.Identifiers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * Lays entity hierarchies out as tables, as Hibernate does: SINGLE_TABLE subclasses share their
 * root's table (plus a discriminator), a JOINED subclass has its own table whose key is a foreign
 * key to its parent's, and every concrete TABLE_PER_CLASS class has a table with all inherited
 * columns. Each table's key is mapped first, on demand, so relations can refer to any entity's key
 * before that entity's table is complete.
 */
final class EntityTables implements KeyColumns {
  private final ReadContext context;
  private final Map<String, Entity> entities;
  private final Factory factory;
  private AttributeMappings mappings;
  private final Discriminators discriminators;
  private final Overrides overrides;
  // by identity: an Entity record's own hashCode walks all its attributes
  private final Map<Entity, TableParts> parts = new IdentityHashMap<>();
  private final Set<Entity> keying = Collections.newSetFromMap(new IdentityHashMap<>());

  /** Makes the empty table of an entity. */
  interface Factory {
    TableParts create(Entity entity, Entity root, Set<String> derivedIds);
  }

  EntityTables(ReadContext context, Map<String, Entity> entities, Factory factory, Discriminators discriminators,
      Overrides overrides) {
    this.context = context;
    this.entities = entities;
    this.factory = factory;
    this.discriminators = discriminators;
    this.overrides = overrides;
  }

  /** Every table, complete, in the order of the entities that own them; attributes mapped by {@code mappings}. */
  List<TableParts> build(AttributeMappings mappings) {
    this.mappings = mappings;
    // computed once: looking them up per entity would scan every entity for each
    Map<Entity, List<Entity>> sharing = new IdentityHashMap<>();
    Set<Entity> parents = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Entity entity : entities.values()) {
      Entity owner = owner(entity);
      if (owner != entity) {
        sharing.computeIfAbsent(owner, o -> new ArrayList<>()).add(entity);
      }
      parent(entity).ifPresent(parents::add);
    }
    List<TableParts> tables = new ArrayList<>();
    for (Entity entity : entities.values()) {
      if (owner(entity) != entity || isAbstractTablePerClass(entity)) {
        continue;
      }
      TableParts table = keyed(entity);
      bodyAttributes(entity).forEach(a -> mappings.map(a, table));
      if (entity.parent().isEmpty()) {
        discriminators.add(entity, parents.contains(entity), table);
        for (Entity subclass : sharing.getOrDefault(entity, List.of())) {
          subclass.attributes().forEach(a -> mappings.map(a, table));
        }
      }
      tables.add(table);
    }
    return tables;
  }

  @Override
  public List<KeyColumn> of(Entity entity, Element referrer) {
    Entity owner = owner(entity);
    if (isAbstractTablePerClass(owner)) {
      context.error(Code.UNSUPPORTED_MAPPING, "abstract TABLE_PER_CLASS entity " + owner.type().getSimpleName()
          + " has no table a foreign key could refer to; Godwit does not support relations to it yet", referrer);
      return List.of();
    }
    if (keying.contains(owner)) {
      context.error(Code.UNSUPPORTED_MAPPING, "the id of " + owner.type().getSimpleName()
          + " is derived from itself through its relations", referrer);
      return List.of();
    }
    return keyed(owner).keyColumns();
  }

  @Override
  public String table(Entity entity) {
    return owner(entity).table();
  }

  @Override
  public String logicalTable(Entity entity) {
    return owner(entity).logicalTable();
  }

  /** The table of a table-owning entity with its key mapped. */
  private TableParts keyed(Entity owner) {
    TableParts existing = parts.get(owner);
    if (existing != null) {
      return existing;
    }
    Set<String> derived = new LinkedHashSet<>();
    chain(owner).forEach(e -> derived.addAll(e.derivedIds()));
    TableParts table = factory.create(owner, chain(owner).get(0), derived);
    parts.put(owner, table);
    keying.add(owner);
    if (owner.strategy() == Strategy.JOINED && owner.parent().isPresent()) {
      joinParentKey(owner, table);
    } else {
      chain(owner).get(0).ids().forEach(a -> mappings.map(a, table));
    }
    keying.remove(owner);
    return table;
  }

  /** A JOINED subclass's key: its parent's key columns, renamed by {@code @PrimaryKeyJoinColumn}, and a foreign key. */
  private void joinParentKey(Entity owner, TableParts table) {
    Entity parent = parent(owner).orElseThrow();
    List<KeyColumn> parentKey = of(parent, owner.type());
    List<Annotation> declared = overrides.all(owner.type(), "PrimaryKeyJoinColumn", "PrimaryKeyJoinColumns");
    if (!declared.isEmpty() && declared.size() != parentKey.size()) {
      context.error(Code.UNSUPPORTED_MAPPING, "@PrimaryKeyJoinColumn of " + owner.type().getSimpleName()
          + " must name one column per key column of " + parent.type().getSimpleName(), owner.type());
      return;
    }
    List<String> names = new ArrayList<>();
    List<String> referenced = new ArrayList<>();
    Optional<String> fkName = Optional.empty();
    for (int i = 0; i < parentKey.size(); i++) {
      KeyColumn key = parentKey.get(i);
      Optional<Annotation> join = declared.isEmpty() ? Optional.empty() : Optional.of(matching(declared, key, i));
      String logical = join.map(j -> j.string("name")).filter(n -> !n.isEmpty()).orElse(key.logicalName());
      Column column = new Column(context.physical(logical), key.column().type(), false, false);
      if (!table.add(owner.type(), column, logical, true)) {
        return;
      }
      names.add(column.name());
      referenced.add(key.column().name());
      fkName = fkName.or(() -> join.map(j -> j.annotation("foreignKey", context.elements).string("name"))
          .filter(n -> !n.isEmpty()));
    }
    table.addForeignKey(new ForeignKey(fkName.orElse(Naming.foreignKeyName(table.name(), table(parent), names)),
        names, table(parent), referenced));
  }

  private static Annotation matching(List<Annotation> declared, KeyColumn key, int index) {
    for (Annotation join : declared) {
      String referenced = Identifiers.bare(join.string("referencedColumnName"));
      if (referenced.equalsIgnoreCase(Identifiers.bare(key.logicalName()))
          || referenced.equalsIgnoreCase(Identifiers.bare(key.column().name()))) {
        return join;
      }
    }
    return declared.get(index);
  }

  /** The non-id attributes a table-owning entity maps into its own table. */
  private List<Attribute> bodyAttributes(Entity owner) {
    List<Entity> levels = owner.strategy() == Strategy.TABLE_PER_CLASS ? chain(owner) : List.of(owner);
    return levels.stream().flatMap(e -> e.attributes().stream()).filter(a -> !a.id()).toList();
  }

  /** The entity whose table holds the rows of {@code entity}. */
  private Entity owner(Entity entity) {
    if (entity.strategy() == Strategy.SINGLE_TABLE) {
      Optional<Entity> parent = parent(entity);
      if (parent.isPresent()) {
        return owner(parent.get());
      }
    }
    return entity;
  }

  private boolean isAbstractTablePerClass(Entity entity) {
    return entity.strategy() == Strategy.TABLE_PER_CLASS && entity.isAbstract();
  }

  private Optional<Entity> parent(Entity entity) {
    return entity.parent().map(p -> entities.get(p.getQualifiedName().toString()));
  }

  /** The hierarchy from its root down to {@code entity}. */
  private List<Entity> chain(Entity entity) {
    List<Entity> chain = new ArrayList<>();
    for (Optional<Entity> e = Optional.of(entity); e.isPresent(); e = parent(e.get())) {
      chain.add(0, e.get());
    }
    return chain;
  }
}
