package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.Finding.Severity.WARNING;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.dialect.Dialect;
import dev.godwit.processor.dialect.SqlWords;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddColumn;
import java.util.List;

/**
 * A column added to an existing table with a default ({@code @ColumnDefault}) that calls a volatile
 * function ({@code gen_random_uuid()}, {@code uuid()}, {@code random()}, {@code clock_timestamp()}):
 * every existing row must get its own value, so the database writes every row while writers wait.
 * PostgreSQL keeps only constant and stable defaults in the catalog (11+) and rewrites the table and
 * its indexes under ACCESS EXCLUSIVE for a volatile one; MariaDB refuses INSTANT and INPLACE for it
 * and copies the table; MySQL 8 adds no expression default instantly. Reported on the dialects where
 * the default is what makes the change stall (H2 copies the table for any added column).
 */
final class VolatileDefaultRule implements SafetyRule {
  @Override
  public List<Finding> check(Change change, RuleContext context) {
    if (!(change instanceof AddColumn add) || add.column().identity()) {
      return List.of();
    }
    List<String> calls = SqlWords.volatileCalls(add.column().defaultValue().orElse(""));
    if (calls.isEmpty()) {
      return List.of();
    }
    List<Dialect> stalling = context.stallingByDefault(add);
    if (stalling.isEmpty()) {
      return List.of();
    }
    String column = add.column().name();
    String target = add.table() + "." + column;
    String value = add.column().defaultValue().get();
    return List.of(Finding.onColumn(WARNING, Code.VOLATILE_DEFAULT, add.table(), column, RuleContext.names(stalling),
        "adding column " + target + " with the volatile default " + value + " (it calls " + String.join("(), ", calls)
            + "()): every existing row gets its own value, so " + RuleContext.howEach(stalling, change)
            + "; the stall grows with the table. Zero-downtime alternative: add the column in this release without"
            + " @ColumnDefault (nullable, or NOT NULL with @Backfill(\"" + value + "\"), which Godwit fills in batches on"
            + " PostgreSQL), and add @ColumnDefault(\"" + value + "\") in the next release: setting the default of an"
            + " existing column changes the catalog only. To add it as is, acknowledge it: "
            + Advice.acknowledge(target, Code.VOLATILE_DEFAULT)));
  }
}
