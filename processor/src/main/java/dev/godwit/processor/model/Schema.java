package dev.godwit.processor.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The whole relational schema implied by the entities: tables and sequences, sorted by name, and
 * per dialect the names that dialect gives differently ({@link DialectNames}; only dialects with
 * differences are listed).
 */
public record Schema(List<Table> tables, List<Sequence> sequences, Map<String, DialectNames> dialectNames) {

  public static final Schema EMPTY = new Schema(List.of(), List.of());

  public Schema {
    tables = Names.sorted(tables, Table::name);
    sequences = Names.sorted(sequences, Sequence::name);
    Map<String, DialectNames> names = new TreeMap<>(dialectNames);
    names.values().removeIf(DialectNames::isEmpty);
    dialectNames = Collections.unmodifiableMap(names);
  }

  public Schema(List<Table> tables, List<Sequence> sequences) {
    this(tables, sequences, Map.of());
  }

  /** The table of that exact name; a binary search, as the diff looks up every table. */
  public Optional<Table> table(String name) {
    return Names.find(tables, Table::name, name);
  }

  public Optional<Sequence> sequence(String name) {
    return Names.find(sequences, Sequence::name, name);
  }

  /** The names {@code dialect} gives differently from this schema's. */
  public DialectNames namesOf(String dialect) {
    return dialectNames.getOrDefault(dialect, DialectNames.NONE);
  }

  public Schema withDialectNames(Map<String, DialectNames> names) {
    return new Schema(tables, sequences, names);
  }
}
