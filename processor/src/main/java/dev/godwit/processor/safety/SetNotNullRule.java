package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.Finding.Severity.ERROR;
import static dev.godwit.processor.safety.Finding.Severity.WARNING;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.dialect.Dialect;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AlterColumn;
import java.util.List;

/**
 * Making an existing column NOT NULL fails on every dialect if a row holds NULL, unless
 * {@code @Backfill} fills those rows; with the backfill it still scans (or rebuilds) the table
 * while writers wait on the dialects where Godwit has no online form.
 */
final class SetNotNullRule implements SafetyRule {
  @Override
  public List<Finding> check(Change change, RuleContext context) {
    if (!(change instanceof AlterColumn alter) || !alter.nullabilityChanged() || alter.to().nullable()) {
      return List.of();
    }
    String column = alter.to().name();
    String target = alter.table() + "." + column;
    if (alter.using().isEmpty()) {
      return List.of(Finding.onColumn(ERROR, Code.SET_NOT_NULL, alter.table(), column, context.dialectNames(),
          "making " + target + " NOT NULL fails if any row holds NULL. Give those rows a value with"
              + " @Backfill(\"<SQL expression>\"), or, if no row can hold NULL, acknowledge it: "
              + Advice.acknowledge(target, Code.SET_NOT_NULL)));
    }
    List<Dialect> stalling = context.stalling(change);
    if (stalling.isEmpty()) {
      return List.of();
    }
    return List.of(Finding.onColumn(WARNING, Code.SET_NOT_NULL_SCANS, alter.table(), column, RuleContext.names(stalling),
        "making " + target + " NOT NULL: " + RuleContext.howEach(stalling, change) + "; the stall grows with the"
            + " table. On PostgreSQL the online form is ADD CONSTRAINT ... CHECK (" + column + " IS NOT NULL) NOT VALID,"
            + " VALIDATE CONSTRAINT, SET NOT NULL, DROP CONSTRAINT. To run it as is, acknowledge it: "
            + Advice.acknowledge(target, Code.SET_NOT_NULL_SCANS)));
  }
}
