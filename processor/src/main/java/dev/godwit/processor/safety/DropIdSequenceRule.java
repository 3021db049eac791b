package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.Finding.Severity.WARNING;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.DropSequence;
import dev.godwit.processor.diff.Change.RenameSequence;
import dev.godwit.processor.model.IdColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * A sequence that fills ids of a table that stays is dropped (its ids switched to IDENTITY, a table
 * generator or another sequence) or renamed (a changed {@code sequenceName}, an entity renamed with
 * Hibernate's {@code <entity>_SEQ}). Instances of the previous release still running call {@code nextval}
 * on the old name, so each of their inserts fails until they are replaced. A rename has a safe
 * alternative, keeping the name; a switch of generator is safe only with the previous release stopped
 * first, since keeping the old sequence beside the new generator would hand out the same ids twice.
 * The ids are those the diff found the sequence filled in tables that stay ({@link DropSequence#continues},
 * {@link RenameSequence#kept}), through renames of tables (expand/contract ones too) and of id columns.
 */
final class DropIdSequenceRule implements SafetyRule {
  @Override
  public List<Finding> check(Change change, RuleContext context) {
    if (change instanceof DropSequence drop) {
      String sequence = drop.sequence().name();
      return findings(drop.continues(), context, id ->
          "dropping sequence " + sequence + ", which fills " + id + ", breaks instances of the previous release still"
              + " running: they keep calling nextval on " + sequence + " (MySQL and MariaDB: reading its table), so"
              + " every insert of theirs into " + id.table() + " fails until they are replaced. Keeping " + sequence
              + " for a release would not be enough: it and the new generator would hand out the same ids. Safe"
              + " alternatives: keep the id on @SequenceGenerator(sequenceName = \"" + sequence + "\") for now, or"
              + " deploy this release with the previous one stopped before the migration runs (no rolling deploy);"
              + " then acknowledge it: ");
    }
    if (change instanceof RenameSequence rename) {
      String sequence = rename.from().name();
      return findings(rename.kept(), context, id ->
          "renaming sequence " + sequence + " to " + rename.to() + ", which fills " + id + ", breaks instances of the"
              + " previous release still running: they keep calling nextval on " + sequence + ", which is gone, so"
              + " every insert of theirs into " + id.table() + " fails until they are replaced. Zero-downtime"
              + " alternative: keep the name, @SequenceGenerator(sequenceName = \"" + sequence + "\"); both releases"
              + " then draw from one sequence and never repeat an id. If the previous release is stopped before the"
              + " migration runs, acknowledge it: ");
    }
    return List.of();
  }

  private static List<Finding> findings(List<IdColumn> ids, RuleContext context,
      java.util.function.Function<IdColumn, String> message) {
    List<Finding> findings = new ArrayList<>();
    for (IdColumn id : ids) {
      String target = id.table() + "." + id.column();
      findings.add(Finding.onColumn(WARNING, Code.ID_SEQUENCE_GONE, id.table(), id.column(), context.dialectNames(),
          message.apply(id) + Advice.acknowledge(target, Code.ID_SEQUENCE_GONE)));
    }
    return findings;
  }
}
