package dev.godwit.processor.diff;

import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.IdColumn;
import dev.godwit.processor.model.Identifiers;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The id columns a sequence or a table generator's row fills, across a migration: which of those
 * it fills now already held ids before ({@link #existing}), and where those it filled before are
 * now ({@link #followed}), through renames of their tables and columns.
 */
final class IdColumns {
  private final Schema from;
  private final Schema to;
  private final DiffHints hints;
  private final Map<String, String> newNames;

  /** {@code newNames}: every kept table's old name -> its name now. */
  IdColumns(Schema from, Schema to, DiffHints hints, Map<String, String> newNames) {
    this.from = from;
    this.to = to;
    this.hints = hints;
    this.newNames = newNames;
  }

  /** Those of {@code ids} (named as now) whose tables and columns existed before (under their previous names). */
  List<IdColumn> existing(List<IdColumn> ids) {
    List<IdColumn> existing = new ArrayList<>();
    for (IdColumn id : ids) {
      String previous = hints.previousTableName(id.table());
      Optional<Table> old = from.table(previous);
      if (old.isPresent() && id.table().equals(newNames.get(previous))
          && column(old.get(), hints.previousColumnName(id.table(), id.column())).isPresent()) {
        existing.add(id);
      }
    }
    return existing;
  }

  /** Those of {@code ids} (named as before) that stay (their tables kept, renamed or not), named as now. */
  List<IdColumn> followed(List<IdColumn> ids) {
    List<IdColumn> followed = new ArrayList<>();
    for (IdColumn id : ids) {
      String table = newNames.get(id.table());
      Optional<Table> now = table == null ? Optional.empty() : to.table(table);
      if (now.isEmpty()) {
        continue;
      }
      now.get().columns().stream()
          .filter(c -> sameName(hints.previousColumnName(table, c.name()), id.column()))
          .findFirst()
          .ifPresent(c -> followed.add(new IdColumn(table, c.name())));
    }
    return followed;
  }

  /** The column of that name, quoted or not (a quoting change is no new column). */
  private static Optional<Column> column(Table table, String name) {
    return table.columns().stream().filter(c -> sameName(c.name(), name)).findFirst();
  }

  private static boolean sameName(String a, String b) {
    return Identifiers.bare(a).equals(Identifiers.bare(b));
  }
}
