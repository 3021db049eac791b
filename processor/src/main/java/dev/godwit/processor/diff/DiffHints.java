package dev.godwit.processor.diff;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the diff cannot infer from two schemas: renames (keyed by the new name, valued by the old
 * one) and backfill expressions, all by database name.
 *
 * @param tableRenames new table name -> previous table name
 * @param columnRenames new table name -> (new column name -> previous column name)
 * @param backfills new table name -> (new column name -> SQL expression)
 * @param expansions {@code table.column} (new names) of the column renames that expand now and
 *     contract in a later release ({@code @Renamed(strategy = EXPAND_CONTRACT)})
 * @param reverses new table name -> (new column name -> {@code @Backfill(reverse)} expression)
 * @param contracts the expansions (columns and tables) of earlier migrations whose contract step
 *     this migration is
 * @param tableExpansions new names of the table renames that expand now and contract in a later
 *     release ({@code @Renamed(strategy = EXPAND_CONTRACT)} on an entity)
 */
public record DiffHints(
    Map<String, String> tableRenames,
    Map<String, Map<String, String>> columnRenames,
    Map<String, Map<String, String>> backfills,
    Set<String> expansions,
    Map<String, Map<String, String>> reverses,
    List<Expanded> contracts,
    Set<String> tableExpansions) {

  public static final DiffHints NONE = new DiffHints(Map.of(), Map.of(), Map.of());

  public DiffHints {
    tableRenames = Map.copyOf(tableRenames);
    columnRenames = Map.copyOf(columnRenames);
    backfills = Map.copyOf(backfills);
    expansions = Set.copyOf(expansions);
    reverses = Map.copyOf(reverses);
    contracts = List.copyOf(contracts);
    tableExpansions = Set.copyOf(tableExpansions);
  }

  public DiffHints(Map<String, String> tableRenames, Map<String, Map<String, String>> columnRenames,
      Map<String, Map<String, String>> backfills, Set<String> expansions, Map<String, Map<String, String>> reverses,
      List<Expanded> contracts) {
    this(tableRenames, columnRenames, backfills, expansions, reverses, contracts, Set.of());
  }

  public DiffHints(Map<String, String> tableRenames, Map<String, Map<String, String>> columnRenames,
      Map<String, Map<String, String>> backfills) {
    this(tableRenames, columnRenames, backfills, Set.of(), Map.of(), List.of());
  }

  /** The same hints with these contract steps. */
  public DiffHints withContracts(List<? extends Expanded> newContracts) {
    return new DiffHints(tableRenames, columnRenames, backfills, expansions, reverses, List.copyOf(newContracts),
        tableExpansions);
  }

  /** Whether the rename of table {@code table} (its new name) expands now and contracts later. */
  public boolean expandsTable(String table) {
    return tableExpansions.contains(table);
  }

  /** Whether the rename of {@code table.column} (new names) expands now and contracts later. */
  public boolean expands(String table, String column) {
    return expansions.contains(table + "." + column);
  }

  public Optional<String> reverse(String table, String column) {
    return Optional.ofNullable(reverses.getOrDefault(table, Map.of()).get(column)).filter(r -> !r.isBlank());
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
