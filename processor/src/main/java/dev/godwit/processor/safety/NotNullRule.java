package dev.godwit.processor.safety;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddColumn;
import dev.godwit.processor.diff.Change.AlterColumn;
import java.util.Optional;

/**
 * A NOT NULL column added to an existing table, or a column made NOT NULL, fails on a table with
 * rows unless a {@code @Backfill} gives existing rows a value.
 */
final class NotNullRule implements SafetyRule {
  @Override
  public Optional<Finding> check(Change change) {
    if (change instanceof AddColumn add && !add.column().nullable() && !add.column().identity()
        && add.backfill().isEmpty()) {
      String column = add.column().name();
      return Optional.of(new Finding(Finding.Severity.ERROR, Code.NOT_NULL_WITHOUT_BACKFILL, add.table(),
          Optional.of(column), "adding NOT NULL column " + add.table() + "." + column
              + " fails on a table that has rows. Give existing rows a value with @Backfill(\"<SQL expression>\"), "
              + "e.g. @Backfill(\"" + example(add) + "\"), or make the column nullable"));
    }
    if (change instanceof AlterColumn alter && alter.nullabilityChanged() && !alter.to().nullable()
        && alter.using().isEmpty()) {
      String column = alter.to().name();
      return Optional.of(new Finding(Finding.Severity.ERROR, Code.SET_NOT_NULL, alter.table(), Optional.of(column),
          "making " + alter.table() + "." + column + " NOT NULL fails if any row holds NULL. Give those rows a value "
              + "with @Backfill(\"<SQL expression>\"), or acknowledge it: @AllowDestructive(value = \""
              + alter.table() + "." + column + "\", reason = \"...\")"));
    }
    return Optional.empty();
  }

  private static String example(AddColumn add) {
    return switch (add.column().type().kind()) {
      case VARCHAR, CLOB, ENUM_STRING -> "''";
      case BOOLEAN -> "false";
      case DATE, TIME, TIMESTAMP, TIMESTAMP_UTC -> "CURRENT_TIMESTAMP";
      default -> "0";
    };
  }
}
