package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.Finding.Severity.WARNING;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AlterColumn;
import java.util.List;

/**
 * An id switched away from IDENTITY (to a sequence or a table generator) on a table that stays. The
 * migration drops the identity, so instances of the previous release still running, which insert without
 * an id and let the database number the row, fail on every insert until they are replaced: the column
 * has no default any more. Keeping the identity beside the new generator would not help, as both would
 * hand out the same ids; the change is safe only with the previous release stopped first. A table
 * created or dropped in the migration has no such instances: the diff plans an {@link AlterColumn} only
 * for a table that stays, renamed (with expand/contract too, whose view the old instances insert through)
 * or not.
 */
final class DropIdentityRule implements SafetyRule {
  @Override
  public List<Finding> check(Change change, RuleContext context) {
    // the diff alters only columns of tables that stay (renamed or not): created and dropped ones have no AlterColumn
    if (!(change instanceof AlterColumn alter) || !alter.from().identity() || alter.to().identity()) {
      return List.of();
    }
    String target = alter.table() + "." + alter.to().name();
    return List.of(Finding.onColumn(WARNING, Code.ID_IDENTITY_DROPPED, alter.table(), alter.to().name(),
        context.dialectNames(),
        "id " + target + " stops being an identity: instances of the previous release still running insert "
            + alter.table() + " rows without an id, which the column no longer fills (NOT NULL violation; MySQL"
            + " and MariaDB: \"Field doesn't have a default value\"), so every insert of theirs fails until they are"
            + " replaced. Keeping the identity beside the new generator for a release would not help: both would"
            + " hand out the same ids. Safe alternatives: keep @GeneratedValue(strategy = IDENTITY) for now, or"
            + " deploy this release with the previous one stopped before the migration runs (no rolling deploy);"
            + " then acknowledge it: " + Advice.acknowledge(target, Code.ID_IDENTITY_DROPPED)));
  }
}
