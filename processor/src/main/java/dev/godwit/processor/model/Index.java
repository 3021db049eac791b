package dev.godwit.processor.model;

import java.util.List;
import java.util.Objects;

/** A named index. Columns may carry an order suffix, e.g. {@code "created_at desc"}. */
public record Index(String name, List<String> columns, boolean unique) {

  public Index {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
  }

  // written out: see Column.equals
  @Override
  public boolean equals(Object other) {
    return other instanceof Index that
        && unique == that.unique
        && name.equals(that.name)
        && columns.equals(that.columns);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, columns, unique);
  }
}
