package dev.godwit.processor.model;

import java.util.List;
import java.util.Objects;

/** A named foreign key from {@code columns} to {@code referencedColumns} of another table. */
public record ForeignKey(
    String name, List<String> columns, String referencedTable, List<String> referencedColumns) {

  public ForeignKey {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(referencedTable, "referencedTable");
    columns = List.copyOf(columns);
    referencedColumns = List.copyOf(referencedColumns);
  }
}
