package dev.godwit.processor.diff;

import dev.godwit.processor.diff.Change.AdvanceSequence;
import dev.godwit.processor.diff.Change.AlterSequence;
import dev.godwit.processor.diff.Change.CreateSequence;
import dev.godwit.processor.diff.Change.DropSequence;
import dev.godwit.processor.diff.Change.RenameSequence;
import dev.godwit.processor.diff.Change.ReleaseSequence;
import dev.godwit.processor.model.IdColumn;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.model.Sequence;
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
 * IDENTITY, two entities sharing one sequence), is moved past the ids already there. A sequence
 * that stays but stops filling id columns of tables that stay is released from them: the undo, which
 * gives them back to it, moves it past the ids their new generator wrote.
 *
 * <p>A sequence of a snapshot written before Godwit recorded id columns has none: it is matched by
 * name only, and a new sequence filling its tables is created past their ids.
 */
final class SequenceChanges {
  private final Schema from;
  private final Schema to;
  private final IdColumns ids;

  private SequenceChanges(Schema from, Schema to, IdColumns ids) {
    this.from = from;
    this.to = to;
    this.ids = ids;
  }

  /** {@code newNames}: every kept table's old name -> its name now. */
  static List<Change> between(Schema from, Schema to, DiffHints hints, Map<String, String> newNames) {
    return new SequenceChanges(from, to, new IdColumns(from, to, hints, newNames)).changes();
  }

  private List<Change> changes() {
    List<Change> changes = new ArrayList<>();
    List<Sequence> gone = from.sequences().stream().filter(s -> to.sequence(s.name()).isEmpty()).toList();
    Set<String> renamed = new HashSet<>();
    for (Sequence now : to.sequences()) {
      Optional<Sequence> same = from.sequence(now.name());
      if (same.isPresent()) {
        if (!same.get().sameSettings(now)) {
          changes.add(new AlterSequence(same.get(), now, ids.existing(now.ids())));
        }
        if (!same.get().ids().isEmpty()) {
          follow(now, ids.followed(same.get().ids()), changes);
        }
        continue;
      }
      Set<IdColumn> filling = gone.isEmpty() ? Set.of() : new HashSet<>(now.ids());
      Optional<Sequence> old = gone.stream().filter(o -> !renamed.contains(o.name()))
          .filter(o -> ids.followed(o.ids()).stream().anyMatch(filling::contains)).findFirst();
      if (old.isEmpty()) {
        changes.add(new CreateSequence(now, ids.existing(now.ids())));
        continue;
      }
      renamed.add(old.get().name());
      List<IdColumn> kept = ids.followed(old.get().ids());
      changes.add(new RenameSequence(old.get(), now.name(), kept));
      if (!old.get().sameSettings(now)) {
        changes.add(new AlterSequence(old.get().withName(now.name()), now, ids.existing(now.ids())));
      }
      follow(now, kept, changes);
    }
    for (Sequence old : gone) {
      if (!renamed.contains(old.name())) {
        changes.add(new DropSequence(old, ids.followed(old.ids())));
      }
    }
    return changes;
  }

  /**
   * Moves {@code now} past the ids of the existing tables it takes over, those it did not fill
   * {@code before}, and releases those it filled before and no longer does.
   */
  private void follow(Sequence now, List<IdColumn> before, List<Change> changes) {
    Set<IdColumn> filled = new HashSet<>(before);
    List<IdColumn> taken = ids.existing(now.ids()).stream().filter(id -> !filled.contains(id)).toList();
    if (!taken.isEmpty()) {
      changes.add(new AdvanceSequence(now, taken));
    }
    Set<IdColumn> filling = new HashSet<>(now.ids());
    List<IdColumn> released = before.stream().filter(id -> !filling.contains(id)).toList();
    if (!released.isEmpty()) {
      changes.add(new ReleaseSequence(now, released));
    }
  }
}
