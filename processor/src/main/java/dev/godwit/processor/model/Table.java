package dev.godwit.processor.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table with its columns in Hibernate's DDL order, its primary key columns, and its named
 * constraints and indexes (each list sorted by name so equal schemas are equal records), its
 * check constraints and its comment ({@code @Comment} on the entity).
 */
public record Table(
    String name,
    List<Column> columns,
    List<String> primaryKey,
    List<UniqueKey> uniqueKeys,
    List<Index> indexes,
    List<ForeignKey> foreignKeys,
    List<Check> checks,
    Optional<String> comment) {

  public Table {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(comment, "comment");
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    uniqueKeys = Names.sorted(uniqueKeys, UniqueKey::name);
    indexes = Names.sorted(indexes, Index::name);
    foreignKeys = Names.sorted(foreignKeys, ForeignKey::name);
    checks = Names.sorted(checks, Check::key);
  }

  public Table(String name, List<Column> columns, List<String> primaryKey, List<UniqueKey> uniqueKeys,
      List<Index> indexes, List<ForeignKey> foreignKeys) {
    this(name, columns, primaryKey, uniqueKeys, indexes, foreignKeys, List.of(), Optional.empty());
  }

  public Optional<Column> column(String columnName) {
    for (Column column : columns) {
      if (column.name().equals(columnName)) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }

  public Table withChecks(List<Check> newChecks, Optional<String> newComment) {
    return new Table(name, columns, primaryKey, uniqueKeys, indexes, foreignKeys, newChecks, newComment);
  }

  public Table withName(String newName) {
    return new Table(newName, columns, primaryKey, uniqueKeys, indexes, foreignKeys, checks, comment);
  }

  // written out: see Column.equals
  @Override
  public boolean equals(Object other) {
    // the diff compares every table of an edit with its snapshot's, most of them the same object
    return this == other || other instanceof Table that
        && name.equals(that.name)
        && columns.equals(that.columns)
        && primaryKey.equals(that.primaryKey)
        && uniqueKeys.equals(that.uniqueKeys)
        && indexes.equals(that.indexes)
        && foreignKeys.equals(that.foreignKeys)
        && checks.equals(that.checks)
        && comment.equals(that.comment);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, columns, primaryKey, uniqueKeys, indexes, foreignKeys, checks, comment);
  }
}
