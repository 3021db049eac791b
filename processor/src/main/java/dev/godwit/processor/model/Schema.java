package dev.godwit.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * The whole relational schema implied by the entities: tables, sequences and the rows table
 * generators need, each sorted by name (rows by table, then segment).
 */
public record Schema(List<Table> tables, List<Sequence> sequences, List<GeneratorRow> generatorRows) {

  public static final Schema EMPTY = new Schema(List.of(), List.of());

  public Schema {
    tables = Names.sorted(tables, Table::name);
    sequences = Names.sorted(sequences, Sequence::name);
    generatorRows = Names.sorted(generatorRows, GeneratorRow::key);
  }

  public Schema(List<Table> tables, List<Sequence> sequences) {
    this(tables, sequences, List.of());
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
}
