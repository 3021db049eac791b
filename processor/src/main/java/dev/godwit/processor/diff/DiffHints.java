package dev.godwit.processor.diff;

import java.util.Map;
import java.util.Optional;

/**
 * What the diff cannot infer from two schemas: renames (keyed by the new name, valued by the old
 * one) and backfill expressions, all by database name.
 *
 * @param tableRenames new table name -> previous table name
 * @param columnRenames new table name -> (new column name -> previous column name)
 * @param backfills new table name -> (new column name -> SQL expression)
 */
public record DiffHints(
    Map<String, String> tableRenames,
    Map<String, Map<String, String>> columnRenames,
    Map<String, Map<String, String>> backfills) {

  public static final DiffHints NONE = new DiffHints(Map.of(), Map.of(), Map.of());

  public DiffHints {
    tableRenames = Map.copyOf(tableRenames);
    columnRenames = Map.copyOf(columnRenames);
    backfills = Map.copyOf(backfills);
  }

  public String previousTableName(String table) {
    return tableRenames.getOrDefault(table, table);
  }

  public String previousColumnName(String table, String column) {
    return columnRenames.getOrDefault(table, Map.of()).getOrDefault(column, column);
  }

  public Optional<String> backfill(String table, String column) {
    return Optional.ofNullable(backfills.getOrDefault(table, Map.of()).get(column));
  }
}
