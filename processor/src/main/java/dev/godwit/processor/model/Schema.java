package dev.godwit.processor.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The whole relational schema implied by the entities: tables and sequences, sorted by name; per
 * dialect the names that dialect gives differently ({@link DialectNames}; only dialects with
 * differences are listed); and the rows table generators need, sorted by table, then segment.
 */
public record Schema(List<Table> tables, List<Sequence> sequences, Map<String, DialectNames> dialectNames,
    List<GeneratorRow> generatorRows) {

  public static final Schema EMPTY = new Schema(List.of(), List.of());

  public Schema {
    tables = Names.sorted(tables, Table::name);
    sequences = Names.sorted(sequences, Sequence::name);
    Map<String, DialectNames> names = new TreeMap<>(dialectNames);
    names.values().removeIf(DialectNames::isEmpty);
    dialectNames = Collections.unmodifiableMap(names);
    generatorRows = Names.sorted(generatorRows, GeneratorRow::key);
  }

  public Schema(List<Table> tables, List<Sequence> sequences) {
    this(tables, sequences, Map.of(), List.of());
  }

  public Schema(List<Table> tables, List<Sequence> sequences, Map<String, DialectNames> dialectNames) {
    this(tables, sequences, dialectNames, List.of());
  }

  public Schema(List<Table> tables, List<Sequence> sequences, List<GeneratorRow> generatorRows) {
    this(tables, sequences, Map.of(), generatorRows);
  }

  /** The table of that exact name; a binary search, as the diff looks up every table. */
  public Optional<Table> table(String name) {
    return Names.find(tables, Table::name, name);
  }

  public Optional<Sequence> sequence(String name) {
    return Names.find(sequences, Sequence::name, name);
  }

  /** The generator row of {@code table} for {@code segment}. */
  public Optional<GeneratorRow> generatorRow(String table, String segment) {
    return Names.find(generatorRows, GeneratorRow::key, GeneratorRow.key(table, segment));
  }

  /** The schemas its tables and sequences are in ({@code @Table(schema)} ...), sorted; the default one is not listed. */
  public java.util.SortedSet<String> schemas() {
    java.util.SortedSet<String> schemas = new java.util.TreeSet<>();
    tables.forEach(t -> Identifiers.schema(t.name()).ifPresent(schemas::add));
    sequences.forEach(s -> Identifiers.schema(s.name()).ifPresent(schemas::add));
    return schemas;
  }

  /** The names {@code dialect} gives differently from this schema's. */
  public DialectNames namesOf(String dialect) {
    return dialectNames.getOrDefault(dialect, DialectNames.NONE);
  }

  public Schema withDialectNames(Map<String, DialectNames> names) {
    return new Schema(tables, sequences, names, generatorRows);
  }
}
