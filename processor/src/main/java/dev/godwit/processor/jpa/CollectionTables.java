package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.jpa.Mirrors.Annotation;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * What collection attributes add besides their owner's table, collected while entities are mapped:
 * join and collection tables, and columns in other entities' tables (the key of a one-to-many
 * with {@code @JoinColumn}, the index of a {@code mappedBy} list), added once every entity is mapped.
 */
final class CollectionTables {
  /** A finished join or collection table and the entity whose attribute declares it. */
  record OwnedTable(Table table, Entity owner, Element origin) {}

  private record EntityColumns(Entity target, String table, Attribute attribute, List<Column> columns,
      List<ForeignKey> foreignKeys) {}

  private final ReadContext context;
  private final TableConstraints constraints;
  private final Hints hints;
  private final List<OwnedTable> tables = new ArrayList<>();
  private final List<EntityColumns> entityColumns = new ArrayList<>();

  CollectionTables(ReadContext context, TableConstraints constraints, Hints hints) {
    this.context = context;
    this.constraints = constraints;
    this.hints = hints;
  }

  /**
   * Adds a finished table with the indexes and unique constraints of its annotation; a
   * {@code @Renamed} on the collection attribute renames the table.
   */
  void add(LinkTable table, Entity owner, Optional<Annotation> annotation) {
    annotation.ifPresent(a -> constraints.add(table, a));
    finish(table, owner);
  }

  /** Adds the join table of a to-one association, with its annotation's unique constraints (not its indexes). */
  void addToOne(LinkTable table, Entity owner, Annotation annotation) {
    constraints.addUniqueConstraints(table, annotation);
    finish(table, owner);
  }

  private void finish(LinkTable table, Entity owner) {
    hints.ofTable(table.origin(), table.name());
    context.origins.putIfAbsent(table.name(), table.origin());
    tables.add(new OwnedTable(table.toTable(), owner, table.origin()));
  }

  /** Columns for the table of entity {@code target} (its hierarchy's table under SINGLE_TABLE). */
  void addToEntity(Entity target, String table, Attribute attribute, List<Column> columns, List<ForeignKey> foreignKeys) {
    entityColumns.add(new EntityColumns(target, table, attribute, columns, foreignKeys));
  }

  /**
   * Adds the collected columns to the entities' tables. A column the entity maps itself (the
   * {@code @ManyToOne} of a bidirectional pair sharing the join column) is not added twice.
   *
   * @param parts every entity table
   */
  void addColumnsTo(List<TableParts> parts) {
    Map<String, TableParts> byName = new HashMap<>();
    parts.forEach(p -> byName.putIfAbsent(p.name(), p));
    for (EntityColumns added : entityColumns) {
      Optional<TableParts> found = Optional.ofNullable(byName.get(added.table()));
      if (found.isEmpty()) {
        context.error(Code.UNSUPPORTED_MAPPING, "the columns of " + added.attribute().name() + " belong in table "
            + added.table() + ", which no entity maps; Godwit does not support this yet", added.attribute().reportedOn());
        continue;
      }
      TableParts table = found.get();
      for (Column column : added.columns()) {
        if (!table.hasColumn(column.name())) {
          table.add(added.attribute(), column);
        }
      }
      added.foreignKeys().forEach(table::mergeForeignKey);
    }
  }

  /** The entities whose tables collections add columns to ({@link #addColumnsTo}). */
  List<Entity> entitiesAddedTo() {
    return entityColumns.stream().map(EntityColumns::target).toList();
  }

  List<OwnedTable> tables() {
    return tables;
  }
}
