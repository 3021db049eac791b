package dev.godwit.processor.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table with its columns in Hibernate's DDL order, its primary key columns, and its named
 * constraints and indexes (each list sorted by name so equal schemas are equal records).
 */
public record Table(
    String name,
    List<Column> columns,
    List<String> primaryKey,
    List<UniqueKey> uniqueKeys,
    List<Index> indexes,
    List<ForeignKey> foreignKeys) {

  public Table {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    uniqueKeys = Names.sorted(uniqueKeys, UniqueKey::name);
    indexes = Names.sorted(indexes, Index::name);
    foreignKeys = Names.sorted(foreignKeys, ForeignKey::name);
  }

  public Optional<Column> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }

  public Table withName(String newName) {
    return new Table(newName, columns, primaryKey, uniqueKeys, indexes, foreignKeys);
  }
}
