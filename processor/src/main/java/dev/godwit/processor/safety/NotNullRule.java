package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.Finding.Severity.ERROR;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddColumn;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A NOT NULL column added to an existing table without {@code @Backfill} or a default
 * ({@code @ColumnDefault}) fails on every dialect as soon as the table has a row. With a default the
 * database fills existing rows itself: a constant (number, quoted string, boolean) cheaply
 * (PostgreSQL 11+ keeps it in the catalog, MySQL 8.0.12+ and MariaDB 10.3.2+ add the column
 * instantly); any other expression fills them too, and what it costs is another rule's
 * ({@link VolatileDefaultRule} GW431, and GW434 for MySQL's expression defaults). A default of
 * {@code NULL} gives existing rows no value, so it counts as none.
 */
final class NotNullRule implements SafetyRule {
  private static final Pattern NULL = Pattern.compile("\\(*\\s*null\\s*\\)*\\s*(::.*)?", Pattern.CASE_INSENSITIVE);

  @Override
  public List<Finding> check(Change change, RuleContext context) {
    if (!(change instanceof AddColumn add) || add.column().nullable() || add.column().identity()
        || add.backfill().isPresent() || add.column().defaultValue().filter(d -> !NULL.matcher(d.trim()).matches()).isPresent()) {
      return List.of();
    }
    String column = add.column().name();
    return List.of(Finding.onColumn(ERROR, Code.NOT_NULL_WITHOUT_BACKFILL, add.table(), column, context.dialectNames(),
        "adding NOT NULL column " + add.table() + "." + column + " fails on a table that has rows. Give existing rows"
            + " a value with @Backfill(\"<SQL expression>\"), e.g. @Backfill(\"" + example(add) + "\"), give the column a"
            + " constant default (@ColumnDefault(\"" + example(add) + "\"), which stays in the schema), or make the column"
            + " nullable"));
  }

  /** A constant of the column's type that every dialect accepts. */
  static String example(AddColumn add) {
    return switch (add.column().type().kind()) {
      case VARCHAR, CLOB, ENUM_STRING -> "''";
      case BOOLEAN -> "false";
      case DATE -> "DATE '1970-01-01'";
      case TIME -> "TIME '00:00:00'";
      case TIMESTAMP, TIMESTAMP_UTC -> "TIMESTAMP '1970-01-01 00:00:00'";
      default -> "0";
    };
  }
}
