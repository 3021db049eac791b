package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.Finding.Severity.WARNING;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.ReleaseGeneratorRow;
import dev.godwit.processor.diff.Change.ReleaseSequence;
import dev.godwit.processor.model.IdColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * An id of a table that stays leaves a sequence or a table generator row that other ids keep using (a
 * {@code sequenceName} or generator of its own, or IDENTITY). The migration leaves the old generator as
 * it is, so instances of the previous release still running keep drawing this table's ids from it while
 * the new release draws them from the new generator, which starts past the same ids: the two hand out
 * the same ids and inserts fail on duplicate keys until the previous release is replaced.
 */
final class LeaveGeneratorRule implements SafetyRule {
  @Override
  public List<Finding> check(Change change, RuleContext context) {
    if (change instanceof ReleaseSequence release) {
      return findings(release.released(), "sequence " + release.sequence().name(),
          "@SequenceGenerator(sequenceName = \"" + release.sequence().name() + "\")", context);
    }
    if (change instanceof ReleaseGeneratorRow release) {
      return findings(release.released(), "generator row " + release.row().table() + " '" + release.row().segment() + "'",
          "@TableGenerator(table = \"" + release.row().table() + "\", pkColumnValue = \"" + release.row().segment()
              + "\")", context);
    }
    return List.of();
  }

  private static List<Finding> findings(List<IdColumn> ids, String generator, String keep, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (IdColumn id : ids) {
      String target = id.table() + "." + id.column();
      findings.add(Finding.onColumn(WARNING, Code.ID_LEAVES_GENERATOR, id.table(), id.column(), context.dialectNames(),
          "id " + target + " leaves " + generator + ", which stays for other ids: instances of the previous release"
              + " still running keep drawing " + id.table() + "'s ids from it while this release draws them from its"
              + " new generator, both past the same ids, so inserts of either release fail on duplicate keys until"
              + " the previous release is replaced. Safe alternatives: keep the id on " + keep + " for now, or"
              + " deploy this release with the previous one stopped before the migration runs (no rolling deploy);"
              + " then acknowledge it: " + Advice.acknowledge(target, Code.ID_LEAVES_GENERATOR)));
    }
    return findings;
  }
}
