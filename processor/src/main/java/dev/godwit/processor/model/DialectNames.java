package dev.godwit.processor.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The names one dialect gives differently from the schema's own: Hibernate, run with a connection,
 * also quotes the words the JDBC driver reports as keywords (PostgreSQL's driver lists
 * {@code comment} and {@code event}, H2's {@code limit}), and quoting a table or column changes
 * the implicit names built from it and Hibernate's hashed {@code FK}/{@code UK}/{@code IDX} names.
 * Keys are the schema's names; only names that differ are held. Maps are sorted, so equal names
 * are equal records and the snapshot writes them in a fixed order.
 *
 * @param tables table -> the dialect's table name
 * @param columns table -> column -> the dialect's column name
 * @param constraints table -> unique key, index or foreign key name -> the dialect's name
 * @param sequences sequence -> the dialect's sequence name
 */
public record DialectNames(
    Map<String, String> tables,
    Map<String, Map<String, String>> columns,
    Map<String, Map<String, String>> constraints,
    Map<String, String> sequences) {

  public static final DialectNames NONE = new DialectNames(Map.of(), Map.of(), Map.of(), Map.of());

  public DialectNames {
    tables = sortedCopy(tables);
    columns = nestedCopy(columns);
    constraints = nestedCopy(constraints);
    sequences = sortedCopy(sequences);
  }

  public boolean isEmpty() {
    return tables.isEmpty() && columns.isEmpty() && constraints.isEmpty() && sequences.isEmpty();
  }

  public String table(String table) {
    return tables.getOrDefault(table, table);
  }

  /** The column's name; an index column's order suffix ({@code "name desc"}) is kept. */
  public String column(String table, String column) {
    int end = nameEnd(column);
    String name = column.substring(0, end);
    return columns.getOrDefault(table, Map.of()).getOrDefault(name, name) + column.substring(end);
  }

  /** Where the name ends in an index column that may carry an order suffix ({@code "`text` desc"}). */
  private static int nameEnd(String column) {
    if (column.startsWith("`")) {
      int close = column.indexOf('`', 1);
      return close < 0 ? column.length() : close + 1;
    }
    int space = column.indexOf(' ');
    return space < 0 ? column.length() : space;
  }

  public List<String> columns(String table, List<String> names) {
    return names.stream().map(c -> column(table, c)).toList();
  }

  public String constraint(String table, String name) {
    return constraints.getOrDefault(table, Map.of()).getOrDefault(name, name);
  }

  public String sequence(String sequence) {
    return sequences.getOrDefault(sequence, sequence);
  }

  public Column column(String table, Column column) {
    return column.withName(column(table, column.name()));
  }

  public UniqueKey uniqueKey(String table, UniqueKey key) {
    return new UniqueKey(constraint(table, key.name()), columns(table, key.columns()), key.implicitName());
  }

  public Index index(String table, Index index) {
    return new Index(constraint(table, index.name()), columns(table, index.columns()), index.unique());
  }

  public ForeignKey foreignKey(String table, ForeignKey key) {
    return new ForeignKey(constraint(table, key.name()), columns(table, key.columns()),
        table(key.referencedTable()), columns(key.referencedTable(), key.referencedColumns()), key.onDelete());
  }

  public Check check(String table, Check check) {
    return new Check(check.name(), check.column().map(c -> column(table, c)), check.condition());
  }

  public Sequence sequence(Sequence sequence) {
    return new Sequence(sequence(sequence.name()), sequence.start(), sequence.increment(), idColumns(sequence.ids()));
  }

  /** The id columns with their tables' and their own names as this dialect gives them. */
  public java.util.List<IdColumn> idColumns(java.util.List<IdColumn> ids) {
    return ids.stream().map(id -> new IdColumn(table(id.table()), column(id.table(), id.column()))).toList();
  }

  /** The table with every name as this dialect gives it. */
  public Table table(Table table) {
    String name = table.name();
    return new Table(table(name),
        table.columns().stream().map(c -> column(name, c)).toList(),
        columns(name, table.primaryKey()),
        table.uniqueKeys().stream().map(k -> uniqueKey(name, k)).toList(),
        table.indexes().stream().map(i -> index(name, i)).toList(),
        table.foreignKeys().stream().map(k -> foreignKey(name, k)).toList(),
        table.checks().stream().map(c -> check(name, c)).toList(),
        table.comment());
  }

  /** These names without those of {@code droppedTables} (their columns and constraints too) and {@code droppedSequences}. */
  public DialectNames without(java.util.Collection<String> droppedTables, java.util.Collection<String> droppedSequences) {
    Map<String, String> newTables = new TreeMap<>(tables);
    Map<String, Map<String, String>> newColumns = new TreeMap<>(columns);
    Map<String, Map<String, String>> newConstraints = new TreeMap<>(constraints);
    Map<String, String> newSequences = new TreeMap<>(sequences);
    newTables.keySet().removeAll(droppedTables);
    newColumns.keySet().removeAll(droppedTables);
    newConstraints.keySet().removeAll(droppedTables);
    newSequences.keySet().removeAll(droppedSequences);
    return new DialectNames(newTables, newColumns, newConstraints, newSequences);
  }

  /** Whether this dialect spells {@code table} or one of these of its {@code columns} differently. */
  public boolean names(String table, List<String> columns) {
    Map<String, String> renamed = this.columns.getOrDefault(table, Map.of());
    return tables.containsKey(table) || columns.stream().anyMatch(renamed::containsKey);
  }

  /** These names, with {@code later}'s where both name the same object. */
  public DialectNames plus(DialectNames later) {
    Map<String, String> newTables = new TreeMap<>(tables);
    newTables.putAll(later.tables);
    Map<String, String> newSequences = new TreeMap<>(sequences);
    newSequences.putAll(later.sequences);
    return new DialectNames(newTables, mergeNested(columns, later.columns), mergeNested(constraints, later.constraints),
        newSequences);
  }

  /**
   * The differences between the schema read with the keywords every dialect quotes and the same
   * entities read with one dialect's. Both schemas hold the same objects: names differ only by
   * quoting (matched by the name without backticks), hashed names by what they hash (matched by
   * their columns).
   */
  public static DialectNames between(Schema common, Schema dialect) {
    Map<String, String> tables = new TreeMap<>();
    Map<String, Map<String, String>> columns = new TreeMap<>();
    Map<String, Map<String, String>> constraints = new TreeMap<>();
    Map<String, String> sequences = new TreeMap<>();
    Map<String, Table> dialectTables = byBareName(dialect.tables(), Table::name);
    for (Table table : common.tables()) {
      Table spelled = dialectTables.get(Identifiers.bare(table.name()));
      if (spelled == null) {
        continue;
      }
      String name = table.name();
      put(tables, name, spelled.name());
      Map<String, Column> spelledColumns = byBareName(spelled.columns(), Column::name);
      for (Column column : table.columns()) {
        Optional.ofNullable(spelledColumns.get(Identifiers.bare(column.name())))
            .ifPresent(c -> put(columns.computeIfAbsent(name, t -> new TreeMap<>()), column.name(), c.name()));
      }
      BiConsumer<String, String> constraint = (from, to) -> put(constraints.computeIfAbsent(name, t -> new TreeMap<>()), from, to);
      match(table.uniqueKeys(), spelled.uniqueKeys(), k -> bare(k.columns()) + k.implicitName(), UniqueKey::name, constraint);
      match(table.indexes(), spelled.indexes(), i -> bare(i.columns()) + i.unique(), Index::name, constraint);
      match(table.foreignKeys(), spelled.foreignKeys(),
          k -> bare(k.columns()) + Identifiers.bare(k.referencedTable()), ForeignKey::name, constraint);
    }
    Map<String, Sequence> dialectSequences = byBareName(dialect.sequences(), Sequence::name);
    for (Sequence sequence : common.sequences()) {
      Optional.ofNullable(dialectSequences.get(Identifiers.bare(sequence.name())))
          .ifPresent(s -> put(sequences, sequence.name(), s.name()));
    }
    columns.values().removeIf(Map::isEmpty);
    constraints.values().removeIf(Map::isEmpty);
    return new DialectNames(tables, columns, constraints, sequences);
  }

  /**
   * The names to record after a migration from {@code before} to {@code after}: an object the
   * database already holds keeps the name the earlier migrations gave it; a new object gets the
   * name Hibernate gives it now.
   */
  public static Map<String, DialectNames> kept(Schema before, Schema after) {
    Map<String, DialectNames> kept = new TreeMap<>();
    List<String> dialects = new ArrayList<>(before.dialectNames().keySet());
    dialects.addAll(after.dialectNames().keySet());
    for (String dialect : dialects) {
      DialectNames names = kept(before, after, dialect);
      if (!names.isEmpty()) {
        kept.put(dialect, names);
      }
    }
    return kept;
  }

  /** The entry of {@link #kept(Schema, Schema)} for one dialect, {@link #NONE} when it has none. */
  public static DialectNames kept(Schema before, Schema after, String dialect) {
    if (!before.dialectNames().containsKey(dialect) && !after.dialectNames().containsKey(dialect)) {
      return NONE;
    }
    DialectNames old = before.dialectNames().getOrDefault(dialect, NONE);
    DialectNames now = after.dialectNames().getOrDefault(dialect, NONE);
    Map<String, String> tables = new TreeMap<>();
    Map<String, Map<String, String>> columns = new TreeMap<>();
    Map<String, Map<String, String>> constraints = new TreeMap<>();
    Map<String, String> sequences = new TreeMap<>();
    for (Table table : after.tables()) {
      String name = table.name();
      Optional<Table> existing = before.table(name);
      put(tables, name, (existing.isPresent() ? old : now).table(name));
      if (existing.isPresent() && existing.get() == table) {
        // a table an incremental read kept (the same object) has every column and constraint it
        // had, so each keeps its old name: only the few the dialect names otherwise are looked at
        keptAsBefore(old.columns().getOrDefault(name, Map.of()), c -> table.column(c).isPresent(), columns, name);
        keptAsBefore(old.constraints().getOrDefault(name, Map.of()), constraintNames(table)::contains, constraints, name);
        continue;
      }
      // the constraint names of the table before, collected once (was once per constraint)
      Set<String> existingConstraints = existing.isPresent() ? new HashSet<>(constraintNames(existing.get())) : Set.of();
      for (Column column : table.columns()) {
        boolean existed = existing.isPresent() && existing.get().column(column.name()).isPresent();
        put(columns.computeIfAbsent(name, t -> new TreeMap<>()), column.name(),
            (existed ? old : now).column(name, column.name()));
      }
      for (String constraint : constraintNames(table)) {
        boolean existed = existingConstraints.contains(constraint);
        put(constraints.computeIfAbsent(name, t -> new TreeMap<>()), constraint,
            (existed ? old : now).constraint(name, constraint));
      }
    }
    for (Sequence sequence : after.sequences()) {
      String name = sequence.name();
      put(sequences, name, (before.sequence(name).isPresent() ? old : now).sequence(name));
    }
    columns.values().removeIf(Map::isEmpty);
    constraints.values().removeIf(Map::isEmpty);
    DialectNames names = new DialectNames(tables, columns, constraints, sequences);
    return names.isEmpty() ? NONE : names;
  }

  /** The names {@code old} gives the objects of {@code table} that it still has ({@code present}), into {@code into}. */
  private static void keptAsBefore(Map<String, String> old, java.util.function.Predicate<String> present,
      Map<String, Map<String, String>> into, String table) {
    old.forEach((from, to) -> {
      if (present.test(from)) {
        put(into.computeIfAbsent(table, t -> new TreeMap<>()), from, to);
      }
    });
  }

  private static List<String> constraintNames(Table table) {
    List<String> names = new ArrayList<>();
    table.uniqueKeys().forEach(k -> names.add(k.name()));
    table.indexes().forEach(i -> names.add(i.name()));
    table.foreignKeys().forEach(k -> names.add(k.name()));
    return names;
  }

  private static <T> void match(List<T> common, List<T> dialect, Function<T, String> key, Function<T, String> name,
      BiConsumer<String, String> differs) {
    Map<String, T> spelled = new HashMap<>();
    dialect.forEach(item -> spelled.putIfAbsent(key.apply(item), item));
    for (T item : common) {
      Optional.ofNullable(spelled.get(key.apply(item))).ifPresent(s -> differs.accept(name.apply(item), name.apply(s)));
    }
  }

  private static String bare(List<String> names) {
    return names.stream().map(c -> Identifiers.bare(c.substring(0, nameEnd(c))) + c.substring(nameEnd(c))).toList().toString();
  }

  private static <T> Map<String, T> byBareName(List<T> items, Function<T, String> name) {
    Map<String, T> byName = new HashMap<>();
    items.forEach(item -> byName.putIfAbsent(Identifiers.bare(name.apply(item)), item));
    return byName;
  }

  private static void put(Map<String, String> names, String from, String to) {
    if (!from.equals(to)) {
      names.put(from, to);
    }
  }

  private static Map<String, String> sortedCopy(Map<String, String> map) {
    Objects.requireNonNull(map);
    return java.util.Collections.unmodifiableMap(new TreeMap<>(map));
  }

  private static Map<String, Map<String, String>> nestedCopy(Map<String, Map<String, String>> map) {
    Map<String, Map<String, String>> copy = new TreeMap<>();
    map.forEach((key, value) -> {
      if (!value.isEmpty()) {
        copy.put(key, sortedCopy(value));
      }
    });
    return java.util.Collections.unmodifiableMap(copy);
  }

  private static Map<String, Map<String, String>> mergeNested(Map<String, Map<String, String>> first,
      Map<String, Map<String, String>> second) {
    Map<String, Map<String, String>> merged = new TreeMap<>();
    first.forEach((key, value) -> merged.put(key, new TreeMap<>(value)));
    second.forEach((key, value) -> merged.computeIfAbsent(key, k -> new TreeMap<>()).putAll(value));
    return merged;
  }
}
