package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.Finding.Severity.WARNING;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.dialect.Dialect;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddColumn;
import java.util.List;

/**
 * A NOT NULL column added with {@code @Backfill}, on the dialects where Godwit fills it with one
 * statement over the whole table: every row is written and stays locked until it commits.
 */
final class BackfillRewriteRule implements SafetyRule {
  @Override
  public List<Finding> check(Change change, RuleContext context) {
    if (!(change instanceof AddColumn add) || add.column().nullable() || add.backfill().isEmpty()) {
      return List.of();
    }
    List<Dialect> stalling = context.stalling(change);
    if (stalling.isEmpty()) {
      return List.of();
    }
    String column = add.column().name();
    String target = add.table() + "." + column;
    return List.of(Finding.onColumn(WARNING, Code.BACKFILL_REWRITES_TABLE, add.table(), column,
        RuleContext.names(stalling),
        "adding NOT NULL column " + target + " with @Backfill(\"" + add.backfill().get() + "\"): "
            + RuleContext.howEach(stalling, change) + "; the stall grows with the table. Zero-downtime alternative:"
            + " map the column nullable in this release (drop nullable = false / optional = false), fill it in"
            + " batches, and make it NOT NULL with the @Backfill in the next release. To fill it in one statement,"
            + " acknowledge it: " + Advice.acknowledge(target, Code.BACKFILL_REWRITES_TABLE)));
  }
}
