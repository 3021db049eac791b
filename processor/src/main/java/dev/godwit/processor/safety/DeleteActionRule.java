package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.Finding.Severity.WARNING;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddForeignKey;
import dev.godwit.processor.diff.Change.DropForeignKey;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.OnDelete;
import java.util.List;
import java.util.Optional;

/**
 * A kept foreign key whose delete action (Hibernate's {@code @OnDelete}) changes, which Godwit
 * writes as a drop and a re-add of the key. The database then answers the deletes of the
 * previous release, still running during a rolling deploy, differently from what that release was
 * written for: with a new {@code cascade}, {@code set null} or {@code set default} a delete it
 * expected the key to refuse now removes or changes the referring rows without a word; with
 * {@code cascade} gone, a delete that relied on the database to remove the referring rows (Hibernate
 * does not delete them itself for {@code @OnDelete} without {@code cascade = REMOVE}) now fails.
 */
final class DeleteActionRule implements SafetyRule {
  @Override
  public List<Finding> check(Change change, RuleContext context) {
    if (!(change instanceof AddForeignKey add) || add.ofNewTable()) {
      return List.of();
    }
    Optional<ForeignKey> before = context.changes().stream()
        .filter(c -> c instanceof DropForeignKey drop && !drop.ofDroppedTable()).map(c -> ((DropForeignKey) c).key())
        .filter(k -> k.name().equals(add.key().name()) && k.columns().equals(add.key().columns())
            && k.onDelete() != add.key().onDelete())
        .findFirst();
    if (before.isEmpty()) {
      return List.of();
    }
    ForeignKey key = add.key();
    OnDelete from = before.get().onDelete();
    OnDelete to = key.onDelete();
    String parent = key.referencedTable();
    String effect = from == OnDelete.CASCADE
        ? "instances of the previous release still running rely on the database to delete the referring " + add.table()
            + " rows (Hibernate deletes none itself for @OnDelete without cascade = REMOVE), so their deletes of "
            + parent + " rows " + (to == OnDelete.SET_NULL || to == OnDelete.SET_DEFAULT
                ? "now keep those rows with " + (to == OnDelete.SET_NULL ? "null" : "default") + " keys instead"
                : "that still have " + add.table() + " rows now fail on the key")
        : "instances of the previous release still running delete " + parent + " rows expecting "
            + (from == OnDelete.NO_ACTION || from == OnDelete.RESTRICT
                ? "the key to refuse it while " + add.table() + " rows refer to them"
                : "the key to " + from.sql() + " the referring " + add.table() + " rows")
            + "; now the database " + (to == OnDelete.CASCADE ? "deletes those rows"
                : to == OnDelete.SET_NULL ? "sets their keys to null" : to == OnDelete.SET_DEFAULT
                    ? "sets their keys to their default" : "refuses the delete")
            + " without a word to them";
    String target = add.table() + "." + key.name();
    return List.of(new Finding(WARNING, Code.DELETE_ACTION_CHANGED, add.table(), Optional.of(key.columns().get(0)),
        Finding.Hint.NONE, target, context.dialectNames(),
        "the delete action of foreign key " + key.name() + " " + add.table() + "(" + String.join(", ", key.columns())
            + ") -> " + parent + " changes from " + from.sql() + " to " + to.sql() + ": " + effect
            + ". Deploy this release with the previous one stopped before the migration runs (no rolling deploy), "
            + "then acknowledge it: " + Advice.acknowledge(target, Code.DELETE_ACTION_CHANGED)));
  }
}
