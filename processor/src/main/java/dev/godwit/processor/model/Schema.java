package dev.godwit.processor.model;

import java.util.List;
import java.util.Optional;

/** The whole relational schema implied by the entities: tables and sequences, sorted by name. */
public record Schema(List<Table> tables, List<Sequence> sequences) {

  public static final Schema EMPTY = new Schema(List.of(), List.of());

  public Schema {
    tables = Names.sorted(tables, Table::name);
    sequences = Names.sorted(sequences, Sequence::name);
  }

  /** The table of that exact name; a binary search, as the diff looks up every table. */
  public Optional<Table> table(String name) {
    return Names.find(tables, Table::name, name);
  }

  public Optional<Sequence> sequence(String name) {
    return Names.find(sequences, Sequence::name, name);
  }
}
