package dev.godwit.processor.diff;

import dev.godwit.processor.diff.Change.AdvanceSequence;
import dev.godwit.processor.diff.Change.AlterSequence;
import dev.godwit.processor.diff.Change.CreateSequence;
import dev.godwit.processor.diff.Change.DropSequence;
import dev.godwit.processor.diff.Change.RenameSequence;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.IdColumn;
import dev.godwit.processor.model.Identifiers;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.model.Sequence;
import dev.godwit.processor.model.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The changes to sequences. A sequence is matched by name, and otherwise by the id columns it
 * fills: a sequence that is gone and a new one that fills some of the same (possibly renamed) id
 * columns are one sequence renamed, as when an entity whose default sequence is named after it
 * ({@code Customer_SEQ}) is renamed, or a {@code @SequenceGenerator(sequenceName)} changes. The
 * rename keeps its value; creating the new one would start again at its initial value, below the
 * ids in the table, and the application would fail on duplicate keys. A new sequence, or one
 * that takes over id columns of existing tables it did not fill (a generator switched from
 * IDENTITY, two entities sharing one sequence), is moved past the ids already there.
 *
 * <p>A sequence of a snapshot written before Godwit recorded id columns has none: it is matched by
 * name only, and a new sequence filling its tables is created past their ids.
 */
final class SequenceChanges {
  private final Schema from;
  private final Schema to;
  private final DiffHints hints;
  private final Map<String, String> newNames;

  /** {@code newNames}: every kept table's old name -> its name now. */
  private SequenceChanges(Schema from, Schema to, DiffHints hints, Map<String, String> newNames) {
    this.from = from;
    this.to = to;
    this.hints = hints;
    this.newNames = newNames;
  }

  static List<Change> between(Schema from, Schema to, DiffHints hints, Map<String, String> newNames) {
    return new SequenceChanges(from, to, hints, newNames).changes();
  }

  private List<Change> changes() {
    List<Change> changes = new ArrayList<>();
    List<Sequence> gone = from.sequences().stream().filter(s -> to.sequence(s.name()).isEmpty()).toList();
    Set<String> renamed = new HashSet<>();
    for (Sequence now : to.sequences()) {
      Optional<Sequence> same = from.sequence(now.name());
      if (same.isPresent()) {
        if (!same.get().sameSettings(now)) {
          changes.add(new AlterSequence(same.get(), now));
        }
        if (!same.get().ids().isEmpty()) {
          advance(now, followed(same.get()), changes);
        }
        continue;
      }
      Set<IdColumn> ids = gone.isEmpty() ? Set.of() : new HashSet<>(now.ids());
      Optional<Sequence> old = gone.stream().filter(o -> !renamed.contains(o.name()))
          .filter(o -> followed(o).stream().anyMatch(ids::contains)).findFirst();
      if (old.isEmpty()) {
        changes.add(new CreateSequence(now, existing(now)));
        continue;
      }
      renamed.add(old.get().name());
      changes.add(new RenameSequence(old.get(), now.name()));
      if (!old.get().sameSettings(now)) {
        changes.add(new AlterSequence(old.get().withName(now.name()), now));
      }
      advance(now, followed(old.get()), changes);
    }
    for (Sequence old : gone) {
      if (!renamed.contains(old.name())) {
        changes.add(new DropSequence(old, followed(old)));
      }
    }
    return changes;
  }

  /** Moves {@code now} past the ids of the existing tables it takes over, those it did not fill {@code before}. */
  private void advance(Sequence now, List<IdColumn> before, List<Change> changes) {
    Set<IdColumn> filled = new HashSet<>(before);
    List<IdColumn> taken = existing(now).stream().filter(id -> !filled.contains(id)).toList();
    if (!taken.isEmpty()) {
      changes.add(new AdvanceSequence(now, taken));
    }
  }

  /** The id columns of {@code now} that existed before (under their previous names), named as now. */
  private List<IdColumn> existing(Sequence now) {
    List<IdColumn> existing = new ArrayList<>();
    for (IdColumn id : now.ids()) {
      String previous = hints.previousTableName(id.table());
      Optional<Table> old = from.table(previous);
      if (old.isPresent() && id.table().equals(newNames.get(previous))
          && column(old.get(), hints.previousColumnName(id.table(), id.column())).isPresent()) {
        existing.add(id);
      }
    }
    return existing;
  }

  /** The id columns of {@code old} that stay (their tables kept, renamed or not), named as now. */
  private List<IdColumn> followed(Sequence old) {
    List<IdColumn> followed = new ArrayList<>();
    for (IdColumn id : old.ids()) {
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
