package dev.godwit.processor.model;

import java.util.Objects;

/** A table column. {@code identity} marks a database-generated key (IDENTITY / auto_increment). */
public record Column(String name, ColumnType type, boolean nullable, boolean identity) {

  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  public Column withName(String newName) {
    return new Column(newName, type, nullable, identity);
  }

  public Column withNullable(boolean newNullable) {
    return new Column(name, type, newNullable, identity);
  }
}
