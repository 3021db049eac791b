package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.jpa.EntityModel.BackfillHint;
import dev.godwit.processor.jpa.EntityModel.RenameHint;
import dev.godwit.processor.model.IdColumn;
import dev.godwit.processor.model.Identifiers;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.model.Sequence;
import dev.godwit.processor.model.Table;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Element;

/**
 * The schemas of tables and sequences declared in one ({@code @Table(schema)}, {@code @SecondaryTable},
 * {@code @JoinTable}, {@code @CollectionTable}, {@code @SequenceGenerator}, {@code @TableGenerator}).
 * Extraction names tables without their schema, as Hibernate derives implicit names (join columns,
 * join tables) and hashed constraint names from the table's own name; once every table is read,
 * {@link #qualify} names them {@code schema.table} throughout the schema. Hibernate puts implicit
 * join and collection tables and implicit sequences in the default schema, not in their owner's.
 *
 * <p>A table name stands for one table whatever its schema: on MySQL, where Hibernate drops the
 * schema, two tables of one name in different schemas would be the same table.
 */
final class Schemas {
  private final ReadContext context;
  private final Map<String, String> tables = new HashMap<>();
  private final Map<String, String> sequences = new HashMap<>();

  Schemas(ReadContext context) {
    this.context = context;
  }

  /** Records that table {@code name} is in {@code schema} (nothing for the default schema). */
  void table(String name, Optional<String> schema, Element origin) {
    schema.ifPresent(s -> record(tables, "table", name, s, origin));
  }

  void sequence(String name, Optional<String> schema, Element origin) {
    schema.ifPresent(s -> record(sequences, "sequence", name, s, origin));
  }

  private void record(Map<String, String> names, String kind, String name, String schema, Element origin) {
    String earlier = names.putIfAbsent(name, schema);
    if (earlier != null && !earlier.equals(schema)) {
      context.error(Code.CONFLICTING_TABLE, kind + " " + name + " is declared in schema " + earlier + " and in schema "
          + schema + "; Godwit needs one name per " + kind + " across schemas (on MySQL/MariaDB, where Hibernate drops "
          + "the schema, both are the same " + kind + ")", origin);
    }
  }

  boolean isEmpty() {
    return tables.isEmpty() && sequences.isEmpty();
  }

  /** The table's name with its schema. */
  String table(String name) {
    return Identifiers.qualified(Optional.ofNullable(tables.get(name)), name);
  }

  String sequenceName(String name) {
    return Identifiers.qualified(Optional.ofNullable(sequences.get(name)), name);
  }

  /** The schema with every table, reference and sequence named with its schema. */
  Schema qualify(Schema schema) {
    if (isEmpty()) {
      return schema;
    }
    List<Table> qualified = schema.tables().stream().map(t -> new Table(table(t.name()), t.columns(), t.primaryKey(),
        t.uniqueKeys(), t.indexes(), t.foreignKeys().stream().map(k -> k.withReferencedTable(table(k.referencedTable()))).toList(), t.checks(), t.comment())).toList();
    // the id columns a sequence or a generator row fills are named with their tables' schemas too
    List<Sequence> sequenceList = schema.sequences().stream()
        .map(s -> new Sequence(sequenceName(s.name()), s.start(), s.increment(), ids(s.ids()))).toList();
    return new Schema(qualified, sequenceList, schema.dialectNames(),
        schema.generatorRows().stream().map(r -> r.withTable(table(r.table())).withIds(ids(r.ids()))).toList());
  }

  private List<IdColumn> ids(List<IdColumn> ids) {
    return ids.stream().map(id -> new IdColumn(table(id.table()), id.column())).toList();
  }

  /** Keys {@code "table"} or {@code "table.column"} with the table named with its schema. */
  <T> Map<String, T> qualifyKeys(Map<String, T> byTable, List<String> tableNames) {
    if (isEmpty()) {
      return byTable;
    }
    Set<String> names = new HashSet<>(tableNames);
    Map<String, T> qualified = new TreeMap<>();
    byTable.forEach((key, value) -> qualified.put(qualifyKey(key, names), value));
    return qualified;
  }

  /**
   * The table part of a key is the longest table name it starts with (a quoted table name may hold a
   * dot): the key itself or its part before one of its dots, looked up from the longest.
   */
  private String qualifyKey(String key, Set<String> tableNames) {
    for (int end = key.length(); end > 0; end = key.lastIndexOf('.', end - 1)) {
      String table = key.substring(0, end);
      if (tableNames.contains(table)) {
        return table(table) + key.substring(end);
      }
    }
    return key;
  }

  List<RenameHint> qualifyRenames(List<RenameHint> renames) {
    return isEmpty() ? renames : renames.stream().map(h -> new RenameHint(h.element(), table(h.table()), h.column(),
        h.from(), h.expandContract())).toList();
  }

  List<BackfillHint> qualifyBackfills(List<BackfillHint> backfills) {
    return isEmpty() ? backfills : backfills.stream().map(h -> new BackfillHint(h.element(), table(h.table()),
        h.column(), h.expression(), h.reverse())).toList();
  }
}
