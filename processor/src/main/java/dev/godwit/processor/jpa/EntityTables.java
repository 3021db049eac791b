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
import java.util.LinkedHashMap;
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
  /** The edits each table had once its key was mapped ({@link #incompleteOutside}). */
  private final Map<Entity, Integer> keyedEdits = new IdentityHashMap<>();
  private final List<Runnable> afterTables = new ArrayList<>();
  private java.util.function.Predicate<Entity> built = entity -> true;
  /** The entities not built whose whole tables a mapping read ({@link #tableOf}): their non-key columns are missing. */
  private final Set<Entity> readOutside = Collections.newSetFromMap(new IdentityHashMap<>());

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
    return build(mappings, entity -> true);
  }

  /**
   * The tables of the entities {@code built} accepts, complete; other entities' tables get only
   * their keys, mapped when a relation refers to them.
   */
  List<TableParts> build(AttributeMappings mappings, java.util.function.Predicate<Entity> built) {
    this.mappings = mappings;
    this.built = built;
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
    for (Entity entity : List.copyOf(entities.values())) {
      if (owner(entity) != entity || isAbstractTablePerClass(entity) || !built.test(entity)) {
        continue;
      }
      TableParts table = keyed(entity);
      Map<String, TableParts> secondaries = secondaryTables(entity, table);
      for (Attribute attribute : bodyAttributes(entity)) {
        declaredTable(attribute, table, secondaries).ifPresent(t -> mappings.map(t == table ? attribute
            : attribute.movedToSecondaryTable(), t));
      }
      if (entity.parent().isEmpty()) {
        discriminators.add(entity, parents.contains(entity), table);
        for (Entity subclass : sharing.getOrDefault(entity, List.of())) {
          if (!overrides.all(subclass.type(), "SecondaryTable", "SecondaryTables").isEmpty()) {
            context.error(Code.UNSUPPORTED_MAPPING, "@SecondaryTable on " + subclass.type().getSimpleName()
                + ", a subclass in a SINGLE_TABLE hierarchy, is not supported by Godwit yet; declare it on "
                + entity.type().getSimpleName(), subclass.type());
          }
          for (Attribute attribute : subclass.attributes()) {
            declaredTable(attribute, table, secondaries)
                .ifPresent(t -> mappings.map(t == table ? attribute : attribute.movedToSecondaryTable(), t));
          }
        }
      }
      tables.add(table);
      tables.addAll(secondaries.values());
    }
    afterTables.forEach(Runnable::run);
    afterTables.clear();
    return tables;
  }

  /**
   * The {@code @SecondaryTable}s of a table-owning entity, keyed by their lower-case names, each
   * with its key: one column per key column of the entity's table (named by {@code pkJoinColumns}
   * or after the key column) and a foreign key to the entity's table.
   */
  private Map<String, TableParts> secondaryTables(Entity owner, TableParts main) {
    Map<String, TableParts> secondaries = new LinkedHashMap<>();
    for (Annotation annotation : overrides.all(owner.type(), "SecondaryTable", "SecondaryTables")) {
      String logical = context.quoting.logical(annotation.string("name"));
      TableParts secondary = main.secondary(context.naming.physical(logical), annotation);
      context.schemas.table(secondary.name(), context.schemaOf(annotation), owner.type());
      if (secondaries.putIfAbsent(Identifiers.bare(logical).toLowerCase(java.util.Locale.ROOT), secondary) != null) {
        context.error(Code.CONFLICTING_TABLE, "@SecondaryTable " + annotation.string("name") + " is declared twice on "
            + owner.type().getSimpleName(), owner.type());
        continue;
      }
      List<KeyColumn> key = main.keyColumns();
      List<Annotation> declared = annotation.annotations("pkJoinColumns", context.elements);
      if (!declared.isEmpty() && declared.size() != key.size()) {
        context.error(Code.INVALID_ASSOCIATION, "@SecondaryTable " + annotation.string("name") + " of "
            + owner.type().getSimpleName() + " must name one pkJoinColumn per key column of its table", owner.type());
        continue;
      }
      List<String> names = new ArrayList<>();
      for (int i = 0; i < key.size(); i++) {
        KeyColumn keyColumn = key.get(i);
        Optional<Annotation> join = declared.isEmpty() ? Optional.empty() : Optional.of(matching(declared, keyColumn, i));
        // the implicit column takes the key column's name, quoted when the entity's table is
        String implicit = Identifiers.isQuoted(owner.logicalTable()) ? Identifiers.quoted(Identifiers.bare(keyColumn.logicalName()))
            : keyColumn.logicalName();
        String columnLogical = join.map(j -> j.string("name")).filter(n -> !n.isEmpty()).map(context.quoting::logical).orElse(implicit);
        Column column = new Column(context.physical(columnLogical), keyColumn.column().type(), false, false);
        if (!secondary.add(owner.type(), column, columnLogical, true)) {
          break;
        }
        names.add(column.name());
      }
      Annotation foreignKey = annotation.annotation("foreignKey", context.elements);
      if (!foreignKey.constant("value").equals("NO_CONSTRAINT")) {
        String fkName = Optional.of(foreignKey.string("name")).filter(n -> !n.isEmpty())
            .orElseGet(() -> Naming.foreignKeyName(secondary.name(), main.name(), names));
        secondary.addForeignKey(new ForeignKey(fkName, names, main.name(),
            key.stream().map(k -> k.column().name()).toList()));
      }
    }
    return secondaries;
  }

  /**
   * The table an attribute's columns go to: the {@code @SecondaryTable} its {@code @Column(table)} or
   * {@code @JoinColumn(table)} names, else the entity's table; empty after reporting a table the
   * entity does not declare.
   */
  private Optional<TableParts> declaredTable(Attribute attribute, TableParts main, Map<String, TableParts> secondaries) {
    java.util.Set<String> named = new java.util.TreeSet<>();
    if (mappings.embedded().applies(attribute)) {
      Optional<String> table = embeddedTable(attribute);
      if (table.isEmpty()) {
        return Optional.empty();
      }
      table.filter(t -> !t.isEmpty()).ifPresent(named::add);
    }
    overrides.column(attribute).map(c -> c.string("table")).filter(t -> !t.isEmpty()).ifPresent(named::add);
    if (context.mirrors.hasJpa(attribute.element(), "ManyToOne") || context.mirrors.hasJpa(attribute.element(), "OneToOne")) {
      overrides.joinColumns(attribute).stream().map(j -> j.string("table")).filter(t -> !t.isEmpty()).forEach(named::add);
    }
    if (named.isEmpty()) {
      return Optional.of(main);
    }
    String table = named.iterator().next();
    String key = Identifiers.bare(context.quoting.logical(table)).toLowerCase(java.util.Locale.ROOT);
    TableParts found = secondaries.get(key);
    if (found == null && main.isOwnTableName(table)) {
      found = main;
    } else if (found == null && key.equals(Identifiers.bare(main.entity.logicalTable()).toLowerCase(java.util.Locale.ROOT))) {
      context.error(Code.UNSUPPORTED_MAPPING, "the columns of " + attribute.name() + " name table " + table + ": "
          + "Hibernate 6.6 takes a table name for the entity's own table only when it is the physical name exactly ("
          + Identifiers.bare(main.entity.table()) + ") and fails to build the entity otherwise; leave table empty",
          attribute.reportedOn());
      return Optional.empty();
    }
    if (named.size() > 1 || found == null) {
      context.error(Code.UNSUPPORTED_MAPPING, "the columns of " + attribute.name() + " name table "
          + String.join(" and ", named) + ", which is not the table of " + main.entity.type().getSimpleName()
          + " nor one of its @SecondaryTables (" + String.join(", ", secondaries.values().stream().map(TableParts::name).toList())
          + ")", attribute.reportedOn());
      return Optional.empty();
    }
    return Optional.of(found);
  }

  /**
   * The table an embedded attribute's {@code @Column(table)}s name ({@code ""} for the entity's
   * table), or empty after reporting columns spread over tables: Hibernate 6.6 requires every
   * column of an embeddable in one table and fails otherwise ("has properties mapped to two
   * different tables").
   */
  private Optional<String> embeddedTable(Attribute attribute) {
    List<Attribute> leaves = mappings.embedded().leaves(attribute);
    java.util.Set<String> tables = new java.util.TreeSet<>();
    boolean others = false;
    for (Attribute leaf : leaves) {
      String table = overrides.column(leaf).map(c -> c.string("table")).orElse("");
      if (table.isEmpty()) {
        others = true;
      } else {
        tables.add(Identifiers.bare(context.quoting.logical(table)));
      }
    }
    if (tables.isEmpty()) {
      return Optional.of("");
    }
    Optional<Attribute> relation = leaves.stream().filter(l -> !isBasic(l)).findFirst();
    if (relation.isPresent()) {
      context.error(Code.UNSUPPORTED_MAPPING, "embedded attribute " + attribute.path() + " names @SecondaryTable "
          + tables.iterator().next() + " and holds relation or collection " + relation.get().path() + ", which Godwit "
          + "does not support yet", attribute.reportedOn());
      return Optional.empty();
    }
    if (tables.size() > 1 || others) {
      context.error(Code.INVALID_MAPPING, "the columns of embedded attribute " + attribute.path() + " are spread over "
          + "tables (" + String.join(", ", tables) + (others ? " and the entity's table" : "") + "): Hibernate 6.6 "
          + "requires every column of an embeddable in one table and fails otherwise (\"has properties mapped to two "
          + "different tables\"). Give every attribute the same @Column(table)", attribute.reportedOn());
      return Optional.empty();
    }
    return Optional.of(tables.iterator().next());
  }

  private boolean isBasic(Attribute attribute) {
    return java.util.stream.Stream.of("ManyToOne", "OneToOne", "OneToMany", "ManyToMany", "ElementCollection")
        .noneMatch(r -> context.mirrors.hasJpa(attribute.element(), r));
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

  @Override
  public void afterTables(Runnable action) {
    afterTables.add(action);
  }

  @Override
  public TableParts tableOf(Entity entity) {
    Entity owner = owner(entity);
    if (!built.test(owner)) {
      readOutside.add(owner);
    }
    return keyed(owner);
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
    keyedEdits.put(owner, table.edits());
    return table;
  }

  /**
   * The entities that were not built whose tables a mapping changed after their key was mapped
   * (the unique key on a column a join column refers to), or read beyond their key (that column):
   * such a table is not complete when only some entities' tables are built.
   */
  List<Entity> incompleteOutside() {
    List<Entity> incomplete = new ArrayList<>(readOutside);
    for (Map.Entry<Entity, TableParts> table : parts.entrySet()) {
      if (!built.test(table.getKey()) && table.getValue().edits() != keyedEdits.get(table.getKey())) {
        incomplete.add(table.getKey());
      }
    }
    return incomplete;
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
        names, table(parent), referenced, context.onDeletes.of(owner.type())));
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
