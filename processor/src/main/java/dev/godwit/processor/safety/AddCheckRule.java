package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.Finding.Severity.WARNING;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.dialect.Dialect;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddCheck;
import java.util.List;

/**
 * A check constraint ({@code @Check}) added to an existing table reads every row while writers wait
 * (MySQL and MariaDB copy the table for it), and fails if a row breaks it. PostgreSQL's online form,
 * which Godwit writes there, adds it {@code NOT VALID} and validates it under a lock writers pass.
 * Checks of new tables are part of their {@code CREATE TABLE} and pass.
 */
final class AddCheckRule implements SafetyRule {
  @Override
  public List<Finding> check(Change change, RuleContext context) {
    if (!(change instanceof AddCheck add)) {
      return List.of();
    }
    List<Dialect> stalling = context.stalling(change).stream().filter(d -> !d.impact(change).safeForm()).toList();
    if (stalling.isEmpty()) {
      return List.of();
    }
    String table = add.table();
    String described = add.check().describe();
    // acknowledged by the check's name, else by its column, else by the table
    String target = add.check().name().or(() -> add.check().column()).map(n -> table + "." + n).orElse(table);
    Finding finding = new Finding(WARNING, Code.ADD_CHECK, table, add.check().column(), Finding.Hint.NONE, target,
        RuleContext.names(stalling), "adding " + described + " to " + table + ": " + RuleContext.howEach(stalling, change)
            + "; the stall grows with the table, and the statement fails if a row breaks the condition (find them"
            + " first: SELECT count(*) FROM " + table + " WHERE NOT (" + add.check().condition() + ")). "
            + Advice.onEach(stalling, d -> switch (d) {
              case "postgresql" -> "On postgresql the online form is ALTER TABLE " + table + " ADD CONSTRAINT <name> CHECK ("
                  + add.check().condition() + ") NOT VALID, then ALTER TABLE " + table + " VALIDATE CONSTRAINT <name>"
                  + " (Godwit writes it from godwit.safeFormsFrom on).";
              case "mysql" -> "MySQL and MariaDB copy the table for a new check (they refuse ALGORITHM=INPLACE for it)"
                  + " and no online form exists there: on mysql run this migration in a maintenance window."
                  + " pt-online-schema-change or gh-ost could add the check while writes continue (they copy the table in"
                  + " chunks and swap it in by a rename), but only outside this migration, which Godwit does not plan for.";
              case "h2" -> Advice.h2MaintenanceWindow("reads every row");
              default -> "";
            })
            + " To run it as is, acknowledge it: " + Advice.acknowledge(target, Code.ADD_CHECK));
    return List.of(finding);
  }
}
