package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.Finding.Severity.WARNING;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.dialect.SqlWords;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddColumn;
import java.util.List;

/**
 * A {@code @Backfill} that calls a volatile function (a new value per call: random numbers, UUIDs,
 * the wall clock, sequences). PostgreSQL can store a constant or a transaction-stable expression
 * such as {@code now()} as a fast default without touching the rows; a volatile one always writes
 * every row, and the rows of one backfill get different values.
 */
final class VolatileBackfillRule implements SafetyRule {
  @Override
  public List<Finding> check(Change change, RuleContext context) {
    if (!(change instanceof AddColumn add) || add.backfill().isEmpty()) {
      return List.of();
    }
    List<String> calls = SqlWords.volatileCalls(add.backfill().get());
    if (calls.isEmpty()) {
      return List.of();
    }
    String column = add.column().name();
    String target = add.table() + "." + column;
    return List.of(Finding.onColumn(WARNING, Code.VOLATILE_BACKFILL, add.table(), column, context.dialectNames(),
        "@Backfill(\"" + add.backfill().get() + "\") on " + target + " calls " + String.join(", ", calls)
            + "(), which gives every row its own value: the backfill must write every row of the table (PostgreSQL"
            + " cannot keep it as a fast default) and its values differ per row and per run. If one value for all"
            + " existing rows is meant, paste a constant instead, e.g. @Backfill(\"" + NotNullRule.example(add)
            + "\"); if not, acknowledge it: " + Advice.acknowledge(target, Code.VOLATILE_BACKFILL))
        .at(Finding.Hint.BACKFILL));
  }
}
