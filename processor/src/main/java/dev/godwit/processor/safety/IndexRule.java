package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.Finding.Severity.WARNING;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.dialect.ChangeImpact;
import dev.godwit.processor.dialect.Dialect;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.CreateIndex;
import dev.godwit.processor.diff.Change.DropIndex;
import java.util.List;
import java.util.Optional;

/**
 * Creating an index on an existing table blocks writes for the whole build where Godwit writes no
 * online form (PostgreSQL {@code CREATE INDEX}, H2). Dropping one takes PostgreSQL's ACCESS
 * EXCLUSIVE lock, which queues behind every open transaction and stops all queries behind it.
 * Unique indexes are {@link AddUniqueRule}'s.
 */
final class IndexRule implements SafetyRule {
  @Override
  public List<Finding> check(Change change, RuleContext context) {
    if (change instanceof CreateIndex create && !create.index().unique()) {
      List<Dialect> stalling = context.stalling(change);
      if (stalling.isEmpty()) {
        return List.of();
      }
      String target = create.table() + "." + create.index().name();
      return List.of(finding(Code.CREATE_INDEX_LOCKS, create.table(), List.of(), target, stalling,
          "creating index " + create.index().name() + " on " + create.table() + ": " + RuleContext.howEach(stalling, change)
              + "; the stall grows with the table. " + Advice.onEach(stalling, d -> switch (d) {
                case "postgresql" -> "On postgresql the online form is CREATE INDEX CONCURRENTLY " + create.index().name()
                    + " ON " + create.table() + " (" + String.join(", ", create.index().columns()) + "), outside a"
                    + " transaction (Godwit writes it from godwit.safeFormsFrom on).";
                case "mysql" -> "MySQL and MariaDB build it in place while writes continue: CREATE INDEX "
                    + create.index().name() + " ON " + create.table() + " (" + String.join(", ", create.index().columns())
                    + ") ALGORITHM=INPLACE LOCK=NONE (Godwit writes it from godwit.safeFormsFrom on).";
                case "h2" -> Advice.h2MaintenanceWindow("builds the index");
                default -> "";
              }) + " To run it as is, acknowledge it: " + Advice.acknowledge(target, Code.CREATE_INDEX_LOCKS)));
    }
    if (change instanceof DropIndex drop) {
      List<Dialect> exclusive = context.dialects().stream().filter(d -> queues(d.impact(change))).toList();
      if (exclusive.isEmpty()) {
        return List.of();
      }
      String target = drop.table() + "." + drop.index().name();
      return List.of(finding(Code.DROP_INDEX_LOCKS, drop.table(), List.of(), target, exclusive,
          "dropping index " + drop.index().name() + " on " + drop.table() + ": " + RuleContext.howEach(exclusive, change)
              + ": behind a long transaction every later read and write of " + drop.table() + " waits too, and"
              + " queries that used the index get slower. On PostgreSQL the online form is DROP INDEX CONCURRENTLY."
              + " To run it as is, acknowledge it: " + Advice.acknowledge(target, Code.DROP_INDEX_LOCKS)));
    }
    return List.of();
  }

  private static boolean queues(ChangeImpact impact) {
    return !impact.safeForm() && impact.lock().startsWith("ACCESS EXCLUSIVE");
  }

  private static Finding finding(Code code, String table, List<String> columns, String target, List<Dialect> dialects,
      String message) {
    Optional<String> column = columns.isEmpty() ? Optional.empty() : Optional.of(columns.get(0).split(" ")[0]);
    return new Finding(WARNING, code, table, column, Finding.Hint.NONE, target, RuleContext.names(dialects), message);
  }
}
