package dev.godwit.processor.model;

import java.util.Comparator;
import java.util.Objects;

/** A table's id column that a sequence fills: where its ids so far are. */
public record IdColumn(String table, String column) implements Comparable<IdColumn> {
  private static final Comparator<IdColumn> ORDER =
      Comparator.comparing(IdColumn::table).thenComparing(IdColumn::column);

  public IdColumn {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
  }

  @Override
  public int compareTo(IdColumn other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return table + "." + column;
  }

  // written out: see Column.equals
  @Override
  public boolean equals(Object other) {
    return other instanceof IdColumn that
        && table.equals(that.table)
        && column.equals(that.column);
  }

  @Override
  public int hashCode() {
    return Objects.hash(table, column);
  }
}
