package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.Finding.Severity.WARNING;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.dialect.Dialect;
import dev.godwit.processor.dialect.SqlWords;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddColumn;
import java.util.List;

/**
 * A column added to an existing table with a default ({@code @ColumnDefault}) that is an expression
 * in parentheses but calls no volatile function ({@code (2+5)}): MySQL 8 refuses
 * {@code ALGORITHM=INSTANT} and {@code INPLACE} for it (error 1845), so the server copies the
 * table. Reported on the dialects where the default is what makes the change stall: MySQL targets;
 * MariaDB adds such a column instantly and PostgreSQL keeps a non-volatile default in the catalog.
 * Volatile defaults are {@link VolatileDefaultRule}'s.
 */
final class ExpressionDefaultRule implements SafetyRule {
  @Override
  public List<Finding> check(Change change, RuleContext context) {
    if (!(change instanceof AddColumn add) || add.column().identity() || add.column().defaultValue().isEmpty()
        || !SqlWords.volatileCalls(add.column().defaultValue().get()).isEmpty()) {
      return List.of();
    }
    List<Dialect> stalling = context.stallingByDefault(add);
    if (stalling.isEmpty()) {
      return List.of();
    }
    String column = add.column().name();
    String target = add.table() + "." + column;
    String value = add.column().defaultValue().get();
    return List.of(Finding.onColumn(WARNING, Code.EXPRESSION_DEFAULT, add.table(), column, RuleContext.names(stalling),
        "adding column " + target + " with the expression default " + value + ": " + RuleContext.howEach(stalling, change)
            + "; the stall grows with the table. Zero-downtime alternative: add the column in this release without"
            + " @ColumnDefault (the server adds it instantly), and add @ColumnDefault(\"" + value + "\") in the next"
            + " release: setting the default of an existing column changes the data dictionary only. To add it as is,"
            + " acknowledge it: " + Advice.acknowledge(target, Code.EXPRESSION_DEFAULT)));
  }
}
