package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.Finding.Severity.WARNING;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AlterSequence;
import dev.godwit.processor.model.IdColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * A sequence that fills ids of a table that stays gets a smaller allocation size (increment). Hibernate's
 * pooled optimizer takes the value it draws as the top of a block of its allocation size: instances of
 * the previous release still running keep the larger size they started with, so each value they draw
 * now covers ids that this release's instances drew in the smaller blocks below it, and inserts fail on
 * duplicate keys. (A larger allocation size is harmless: the old instances use the top of each block.)
 */
final class ShrinkSequenceRule implements SafetyRule {
  @Override
  public List<Finding> check(Change change, RuleContext context) {
    if (!(change instanceof AlterSequence alter) || alter.to().increment() >= alter.from().increment()) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    for (IdColumn id : alter.kept()) {
      String target = id.table() + "." + id.column();
      findings.add(Finding.onColumn(WARNING, Code.SEQUENCE_ALLOCATION_SHRINKS, id.table(), id.column(),
          context.dialectNames(),
          "the allocation size of sequence " + alter.to().name() + ", which fills " + id + ", shrinks from "
              + alter.from().increment() + " to " + alter.to().increment() + ": instances of the previous release still"
              + " running keep handing out blocks of " + alter.from().increment() + " ids below each value they draw,"
              + " which now reach into the blocks of " + alter.to().increment() + " this release draws, so inserts fail"
              + " on duplicate keys until the previous release is replaced (Hibernate's pooled optimizer). Safe"
              + " alternatives: keep allocationSize = " + alter.from().increment() + " (a larger one is safe), or deploy"
              + " this release with the previous one stopped before the migration runs (no rolling deploy); then"
              + " acknowledge it: " + Advice.acknowledge(target, Code.SEQUENCE_ALLOCATION_SHRINKS)));
    }
    return findings;
  }
}
