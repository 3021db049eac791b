package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.Finding.Severity.ERROR;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AlterPrimaryKey;
import java.util.List;

/**
 * Adding or replacing a primary key builds (on MySQL: clusters the table around) a unique index
 * under a lock, fails if the new key columns hold duplicates or NULLs, and breaks foreign keys
 * that reference the old key.
 */
final class PrimaryKeyRule implements SafetyRule {
  @Override
  public List<Finding> check(Change change, RuleContext context) {
    if (!(change instanceof AlterPrimaryKey alter)) {
      return List.of();
    }
    return List.of(Finding.onTable(ERROR, Code.PRIMARY_KEY_CHANGE, alter.table(), context.dialectNames(),
        "changing the primary key of " + alter.table() + " from " + alter.from() + " to " + alter.to() + ": "
            + RuleContext.howEach(context.dialects(), change) + ". It fails if the new key has duplicates or NULLs,"
            + " and breaks foreign keys that reference the old key. If that is intended, acknowledge it: "
            + Advice.acknowledge(alter.table(), Code.PRIMARY_KEY_CHANGE)));
  }
}
