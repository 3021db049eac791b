package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.Finding.Severity.WARNING;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.dialect.Dialect;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AlterColumn;
import java.util.List;

/**
 * A type change that keeps the values (a widening, or a conversion given by {@code @Backfill}) but
 * rewrites or copies the table while writers wait, on the dialects where it does. Free changes
 * (a longer varchar or more numeric precision on PostgreSQL, a varchar that keeps its length
 * prefix on MySQL) are not flagged.
 */
final class TypeRewriteRule implements SafetyRule {
  @Override
  public List<Finding> check(Change change, RuleContext context) {
    if (!(change instanceof AlterColumn alter) || !alter.typeChanged() || NarrowingRule.narrows(change)) {
      return List.of();
    }
    List<Dialect> stalling = context.stalling(change);
    if (stalling.isEmpty()) {
      return List.of();
    }
    String column = alter.to().name();
    String target = alter.table() + "." + column;
    return List.of(Finding.onColumn(WARNING, Code.TYPE_CHANGE_REWRITES, alter.table(), column,
        RuleContext.names(stalling),
        "changing " + target + " from " + alter.from().type().describe() + " to " + alter.to().type().describe()
            + ": " + RuleContext.howEach(stalling, change) + "; the stall grows with the table. Zero-downtime"
            + " alternative (expand/contract): keep this attribute, add one for the new type, e.g. @Column(name = \""
            + column + "_new\"), write both from the application, backfill it in batches, switch reads, and drop the"
            + " old column in a later release. To run it as one statement in a maintenance window, acknowledge it: "
            + Advice.acknowledge(target, Code.TYPE_CHANGE_REWRITES)));
  }
}
