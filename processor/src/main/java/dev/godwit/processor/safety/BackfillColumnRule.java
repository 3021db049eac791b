package dev.godwit.processor.safety;

import static dev.godwit.processor.model.Identifiers.bare;
import static dev.godwit.processor.safety.Finding.Severity.ERROR;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.dialect.SqlWords;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddColumn;
import dev.godwit.processor.diff.Change.AlterColumn;
import dev.godwit.processor.diff.Change.DropColumn;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.Table;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A {@code @Backfill} expression that names a column the table does not have when the migration
 * fills it (its columns after the migration, plus those it drops later) fails on every dialect.
 */
final class BackfillColumnRule implements SafetyRule {
  @Override
  public List<Finding> check(Change change, RuleContext context) {
    Optional<String> expression;
    String table;
    String column;
    if (change instanceof AddColumn add) {
      expression = add.backfill();
      table = add.table();
      column = add.column().name();
    } else if (change instanceof AlterColumn alter) {
      expression = alter.using();
      table = alter.table();
      column = alter.to().name();
    } else {
      return List.of();
    }
    if (expression.isEmpty()) {
      return List.of();
    }
    Set<String> available = available(context, table);
    List<String> missing = SqlWords.of(expression.get()).columns().stream()
        .filter(name -> !available.contains(bare(name).toLowerCase(Locale.ROOT))).distinct().toList();
    if (missing.isEmpty()) {
      return List.of();
    }
    String target = table + "." + column;
    return List.of(Finding.onColumn(ERROR, Code.BACKFILL_UNKNOWN_COLUMN, table, column, context.dialectNames(),
        "@Backfill(\"" + expression.get() + "\") on " + target + " names " + String.join(", ", missing)
            + ", which table " + table + " does not have when the backfill runs, so the migration fails. Its columns: "
            + String.join(", ", new TreeSet<>(available)) + ". Write string constants in single quotes, e.g. @Backfill(\"'"
            + missing.get(0) + "'\")").at(Finding.Hint.BACKFILL));
  }

  private static Set<String> available(RuleContext context, String table) {
    Set<String> names = context.after().table(table).map(Table::columns).orElse(List.of()).stream()
        .map(Column::name).collect(Collectors.toCollection(TreeSet::new));
    context.changes().stream()
        .filter(c -> c instanceof DropColumn drop && drop.table().equals(table))
        .forEach(c -> names.add(((DropColumn) c).column().name()));
    return names.stream().map(n -> bare(n).toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(TreeSet::new));
  }
}
