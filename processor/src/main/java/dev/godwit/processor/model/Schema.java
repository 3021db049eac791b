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

  public Optional<Table> table(String name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  public Optional<Sequence> sequence(String name) {
    return sequences.stream().filter(s -> s.name().equals(name)).findFirst();
  }
}
