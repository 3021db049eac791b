package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.Finding.Severity.WARNING;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.RenameColumn;
import dev.godwit.processor.diff.Change.RenameTable;
import java.util.List;

/**
 * A rename keeps the data and is brief in the database, but instances of the previous release
 * still running during the deploy query the old name and fail until they are replaced. Reported
 * on the {@code @Renamed} annotation that asked for it, on the dialects where Godwit writes no
 * expand/contract form for it. A change of a column's quoting alone (a join column whose target
 * table became or stopped being a keyword) is not reported: no {@code @Renamed} asked for it, and
 * only H2, which folds unquoted names, renames anything.
 */
final class RenameRule implements SafetyRule {
  @Override
  public List<Finding> check(Change change, RuleContext context) {
    List<String> dialects = context.dialectsWhere(d -> !d.impact(change).safeForm());
    if (dialects.isEmpty()) {
      return List.of();
    }
    if (change instanceof RenameTable rename) {
      return List.of(Finding.onTable(WARNING, Code.RENAME_TABLE, rename.to(), dialects,
          "renaming table " + rename.from() + " to " + rename.to() + " is brief in the database, but instances of"
              + " the previous release still running fail on every query of " + rename.from() + " until they are"
              + " replaced. Zero-downtime alternative (expand/contract): in this release create " + rename.to()
              + " next to " + rename.from() + " and write both, copy the rows in batches, switch reads, and drop "
              + rename.from() + " in a later release. If the previous release is stopped before the migration runs,"
              + " acknowledge it: " + Advice.acknowledge(rename.to(), Code.RENAME_TABLE)).at(Finding.Hint.RENAMED));
    }
    if (change instanceof RenameColumn rename && !rename.quotingOnly()) {
      String target = rename.table() + "." + rename.to();
      return List.of(Finding.onColumn(WARNING, Code.RENAME_COLUMN, rename.table(), rename.to(), dialects,
          "renaming column " + rename.table() + "." + rename.from() + " to " + rename.to() + " is brief in the"
              + " database, but instances of the previous release still running fail when they select or insert "
              + rename.from() + " until they are replaced. Zero-downtime alternative (expand/contract): keep the"
              + " attribute on @Column(name = \"" + rename.from() + "\") and add one on @Column(name = \"" + rename.to()
              + "\") in this release, write both, backfill in batches, switch reads, and remove the old attribute in a"
              + " later release. If the previous release is stopped before the migration runs, acknowledge it: "
              + Advice.acknowledge(target, Code.RENAME_COLUMN)).at(Finding.Hint.RENAMED));
    }
    return List.of();
  }
}
