package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.Finding.Severity.WARNING;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.dialect.Dialect;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddUnique;
import dev.godwit.processor.diff.Change.CreateIndex;
import java.util.List;
import java.util.Optional;

/**
 * A unique constraint, or an index made unique, on an existing table: it fails if existing rows
 * hold duplicates, and builds its index while writers wait where Godwit has no online form.
 */
final class AddUniqueRule implements SafetyRule {
  @Override
  public List<Finding> check(Change change, RuleContext context) {
    String table;
    String name;
    List<String> columns;
    if (change instanceof AddUnique add) {
      table = add.table();
      name = add.key().name();
      columns = add.key().columns();
    } else if (change instanceof CreateIndex create && create.index().unique()) {
      table = create.table();
      name = create.index().name();
      columns = create.index().columns();
    } else {
      return List.of();
    }
    List<Dialect> unsafe = context.dialects().stream().filter(d -> !d.impact(change).safeForm()).toList();
    if (unsafe.isEmpty()) {
      return List.of();
    }
    String target = table + "." + name;
    String columnList = String.join(", ", columns);
    return List.of(new Finding(WARNING, Code.ADD_UNIQUE, table, columns.size() == 1 ? Optional.of(columns.get(0).split(" ")[0]) : Optional.empty(),
        Finding.Hint.NONE, target, RuleContext.names(unsafe),
        "adding unique " + name + " on " + table + "(" + columnList + "): " + RuleContext.howEach(unsafe, change)
            + "; it fails if existing rows hold duplicates. Check first: SELECT " + columnList + ", count(*) FROM "
            + table + " GROUP BY " + columnList + " HAVING count(*) > 1. " + Advice.onEach(unsafe, d -> switch (d) {
              case "postgresql" -> "On postgresql the online form is CREATE UNIQUE INDEX CONCURRENTLY " + name + " ON "
                  + table + " (" + columnList + "), outside a transaction, then ALTER TABLE " + table + " ADD CONSTRAINT "
                  + name + " UNIQUE USING INDEX " + name + " (Godwit writes it from godwit.safeFormsFrom on).";
              case "mysql" -> "MySQL and MariaDB build a unique index in place while writes continue; ask for it, so"
                  + " the server refuses rather than copy the table: ALTER TABLE " + table + " ADD CONSTRAINT " + name
                  + " UNIQUE (" + columnList + "), ALGORITHM=INPLACE, LOCK=NONE (Godwit writes it from"
                  + " godwit.safeFormsFrom on).";
              case "h2" -> Advice.h2MaintenanceWindow("builds the index");
              default -> "";
            })
            + " To run it as is, acknowledge it: " + Advice.acknowledge(target, Code.ADD_UNIQUE)));
  }
}
