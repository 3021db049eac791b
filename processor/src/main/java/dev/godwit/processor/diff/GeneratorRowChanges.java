package dev.godwit.processor.diff;

import dev.godwit.processor.diff.Change.AdvanceGeneratorRow;
import dev.godwit.processor.diff.Change.DeleteGeneratorRow;
import dev.godwit.processor.diff.Change.InsertGeneratorRow;
import dev.godwit.processor.diff.Change.ReleaseGeneratorRow;
import dev.godwit.processor.diff.Change.ResizeGeneratorRow;
import dev.godwit.processor.model.GeneratorRow;
import dev.godwit.processor.model.IdColumn;
import dev.godwit.processor.model.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The changes to the rows of table generators. A row is matched by its table (renamed or not) and
 * segment. A new row that fills id columns of existing tables (a new segment, a generator table
 * renamed by its {@code table} or changed, an id switched to a table generator) starts past the ids
 * already there: inserted at its initial value, Hibernate would hand them out again and the
 * application would fail on duplicate keys. A kept row that takes over id columns of existing
 * tables is moved past their ids, and grows with its allocation size; one that stops filling id columns of kept tables is released from
 * them, so that the undo moves it past the ids written meanwhile. A row that is gone is deleted;
 * the undo inserts it again past the ids of the columns it filled.
 *
 * <p>A row of a snapshot written before Godwit recorded id columns (format 10) has none: a kept
 * one is matched as before, and is neither advanced nor released.
 */
final class GeneratorRowChanges {
  private GeneratorRowChanges() {}

  /** {@code newNames}: every kept table's old name -> its name now. */
  static List<Change> between(Schema from, Schema to, DiffHints hints, Map<String, String> newNames) {
    IdColumns ids = new IdColumns(from, to, hints, newNames);
    List<Change> changes = new ArrayList<>();
    for (GeneratorRow now : to.generatorRows()) {
      Optional<GeneratorRow> old = from.generatorRow(hints.previousTableName(now.table()), now.segment());
      if (old.isEmpty()) {
        changes.add(new InsertGeneratorRow(now, ids.existing(now.ids())));
        continue;
      }
      // a changed initial value writes nothing: the generator has handed out ids from its current value
      if (old.get().ids().isEmpty()) {
        continue;
      }
      if (old.get().increment() != now.increment()) {
        changes.add(new ResizeGeneratorRow(old.get().withTable(now.table()), now));
      }
      List<IdColumn> before = ids.followed(old.get().ids());
      List<IdColumn> taken = ids.existing(now.ids()).stream().filter(id -> !before.contains(id)).toList();
      if (!taken.isEmpty()) {
        changes.add(new AdvanceGeneratorRow(now, taken));
      }
      List<IdColumn> released = before.stream().filter(id -> !now.ids().contains(id)).toList();
      if (!released.isEmpty()) {
        changes.add(new ReleaseGeneratorRow(now, released));
      }
    }
    for (GeneratorRow old : from.generatorRows()) {
      // deleted when its table or its segment is gone; also from a dropped table, so that the undo inserts it again
      String table = newNames.getOrDefault(old.table(), old.table());
      if (!newNames.containsKey(old.table()) || to.generatorRow(table, old.segment()).isEmpty()) {
        // the undo inserts it again last, once every table and column has its old name back
        changes.add(new DeleteGeneratorRow(old, old.ids(), ids.followed(old.ids())));
      }
    }
    return changes;
  }
}
