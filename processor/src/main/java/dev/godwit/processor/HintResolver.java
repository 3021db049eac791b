package dev.godwit.processor;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.DiffHints;
import dev.godwit.processor.jpa.EntityModel;
import dev.godwit.processor.jpa.EntityModel.BackfillHint;
import dev.godwit.processor.jpa.EntityModel.RenameHint;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.Identifiers;
import static dev.godwit.processor.model.Identifiers.bare;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.model.Table;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks {@code @Renamed} and {@code @Backfill} against the snapshot and turns them into
 * {@link DiffHints}. A rename the snapshot already shows as done is ignored, so the annotation
 * can stay until someone removes it.
 */
final class HintResolver {
  private HintResolver() {}

  static DiffHints resolve(EntityModel model, Schema previous, Reporter reporter) {
    Map<String, String> tableRenames = new TreeMap<>();
    Map<String, Map<String, String>> columnRenames = new TreeMap<>();
    Map<String, RenameHint> claimed = new HashMap<>();
    Set<String> expansions = new TreeSet<>();
    Set<String> tableExpansions = new TreeSet<>();
    for (RenameHint hint : model.renames().stream().filter(h -> h.column().isEmpty()).toList()) {
      if (previous.table(hint.table()).isPresent() || hint.from().equals(hint.table())) {
        continue; // already renamed in the snapshot
      }
      Optional<Table> source = find(previous.tables(), hint.from(), Table::name);
      if (source.isEmpty()) {
        reporter.error(Code.UNKNOWN_RENAME_SOURCE, "@Renamed(from = \"" + hint.from() + "\"): the snapshot has no table "
            + hint.from() + "; tables in the snapshot: " + names(previous.tables().stream().map(Table::name).toList()),
            hint.element());
        continue;
      }
      if (claim(claimed, "table " + source.get().name(), hint, reporter)) {
        tableRenames.put(hint.table(), source.get().name());
        if (hint.expandContract() && ExpandContractHints.supportedTable(hint, source.get(), model.schema(), previous,
            reporter)) {
          tableExpansions.add(hint.table());
        }
      }
    }
    tableRenames.putAll(moves(model.schema(), previous, tableRenames));
    for (RenameHint hint : model.renames().stream().filter(h -> h.column().isPresent()).toList()) {
      String column = hint.column().get();
      String previousTable = tableRenames.getOrDefault(hint.table(), hint.table());
      Optional<Table> oldTable = previous.table(previousTable);
      if (oldTable.isEmpty()) {
        reporter.error(Code.UNKNOWN_RENAME_SOURCE, "@Renamed(from = \"" + hint.from() + "\") on a column of table "
            + hint.table() + ", which the snapshot does not have yet; remove the annotation", hint.element());
        continue;
      }
      if (oldTable.get().column(column).isPresent() || hint.from().equals(column)) {
        continue; // already renamed in the snapshot
      }
      Optional<Column> source = find(oldTable.get().columns(), hint.from(), Column::name);
      if (source.isEmpty()) {
        reporter.error(Code.UNKNOWN_RENAME_SOURCE, "@Renamed(from = \"" + hint.from() + "\"): table " + previousTable
            + " in the snapshot has no column " + hint.from() + "; its columns: "
            + names(oldTable.get().columns().stream().map(Column::name).toList()), hint.element());
        continue;
      }
      if (claim(claimed, "column " + previousTable + "." + source.get().name(), hint, reporter)) {
        columnRenames.computeIfAbsent(hint.table(), t -> new TreeMap<>()).put(column, source.get().name());
        if (hint.expandContract() && ExpandContractHints.supported(hint, oldTable.get(), source.get(),
            model.schema().table(hint.table()), !previousTable.equals(hint.table()), reporter)) {
          expansions.add(hint.table() + "." + column);
        }
      }
    }
    Map<String, Map<String, String>> backfills = new TreeMap<>();
    Map<String, Map<String, String>> reverses = new TreeMap<>();
    for (BackfillHint hint : model.backfills()) {
      if (!hint.reverse().isBlank()) {
        reverses.computeIfAbsent(hint.table(), t -> new TreeMap<>()).put(hint.column(), hint.reverse());
      }
      if (hint.expression().isBlank()) {
        reporter.error(Code.EMPTY_BACKFILL, "@Backfill needs a SQL expression, e.g. @Backfill(\"'unknown'\")", hint.element());
        continue;
      }
      backfills.computeIfAbsent(hint.table(), t -> new TreeMap<>()).put(hint.column(), hint.expression());
    }
    return new DiffHints(tableRenames, columnRenames, backfills, expansions, reverses, List.of(), tableExpansions);
  }

  /**
   * The tables whose schema alone changed ({@code @Table(schema)}): a table the snapshot has under
   * the same name in another schema, and the entities no longer have there, moves rather than being
   * dropped and created again. Keyed by the new name, valued by the old one, like renames.
   */
  static Map<String, String> moves(Schema now, Schema previous, Map<String, String> renames) {
    Set<String> names = now.tables().stream().map(Table::name).collect(Collectors.toSet());
    Map<String, String> moves = new TreeMap<>();
    for (Table table : now.tables()) {
      if (previous.table(table.name()).isPresent() || renames.containsKey(table.name())) {
        continue;
      }
      List<String> sources = previous.tables().stream().map(Table::name)
          .filter(name -> !names.contains(name) && !renames.containsValue(name) && !moves.containsValue(name)
              && Identifiers.local(name).equals(Identifiers.local(table.name())))
          .toList();
      if (sources.size() == 1) {
        moves.put(table.name(), sources.get(0));
      }
    }
    return moves;
  }

  /** Snapshot names match case-insensitively and with or without Hibernate's backtick quoting. */
  private static <T> Optional<T> find(List<T> items, String name, java.util.function.Function<T, String> nameOf) {
    return items.stream().filter(i -> bare(nameOf.apply(i)).equalsIgnoreCase(bare(name))).findFirst();
  }

  private static boolean claim(Map<String, RenameHint> claimed, String key, RenameHint hint, Reporter reporter) {
    RenameHint earlier = claimed.putIfAbsent(key, hint);
    if (earlier != null) {
      reporter.error(Code.DUPLICATE_RENAME_SOURCE, "@Renamed(from = \"" + hint.from() + "\"): " + key
          + " is already claimed by another @Renamed on " + earlier.element(), hint.element());
      return false;
    }
    return true;
  }

  private static String names(List<String> names) {
    return names.isEmpty() ? "(none)" : names.stream().sorted().collect(Collectors.joining(", "));
  }
}
