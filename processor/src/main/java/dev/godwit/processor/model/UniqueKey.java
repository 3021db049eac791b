package dev.godwit.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * A unique constraint over one or more columns. {@code name} is the name Hibernate gives it;
 * {@code implicitName} says Hibernate generated that name rather than the user, which matters
 * where Hibernate leaves the naming to the database (PostgreSQL and H2 inline uniques).
 */
public record UniqueKey(String name, List<String> columns, boolean implicitName) {

  public UniqueKey {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
  }

  // written out: see Column.equals
  @Override
  public boolean equals(Object other) {
    return other instanceof UniqueKey that
        && implicitName == that.implicitName
        && name.equals(that.name)
        && columns.equals(that.columns);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, columns, implicitName);
  }
}
