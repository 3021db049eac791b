package dev.godwit.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * A named foreign key from {@code columns} to {@code referencedColumns} of another table, with
 * what a delete of a referenced row does ({@code onDelete}, Hibernate's {@code @OnDelete}).
 */
public record ForeignKey(
    String name, List<String> columns, String referencedTable, List<String> referencedColumns, OnDelete onDelete) {

  public ForeignKey {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(referencedTable, "referencedTable");
    Objects.requireNonNull(onDelete, "onDelete");
    columns = List.copyOf(columns);
    referencedColumns = List.copyOf(referencedColumns);
  }

  /** A key whose deletes take the database's default action ({@link OnDelete#NO_ACTION}). */
  public ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns) {
    this(name, columns, referencedTable, referencedColumns, OnDelete.NO_ACTION);
  }

  public ForeignKey withOnDelete(OnDelete action) {
    return new ForeignKey(name, columns, referencedTable, referencedColumns, action);
  }

  /** The same key referring to {@code table} (renamed or qualified). */
  public ForeignKey withReferencedTable(String table) {
    return new ForeignKey(name, columns, table, referencedColumns, onDelete);
  }

  // written out: see Column.equals
  @Override
  public boolean equals(Object other) {
    return other instanceof ForeignKey that
        && name.equals(that.name)
        && columns.equals(that.columns)
        && referencedTable.equals(that.referencedTable)
        && referencedColumns.equals(that.referencedColumns)
        && onDelete.equals(that.onDelete);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, columns, referencedTable, referencedColumns, onDelete);
  }
}
