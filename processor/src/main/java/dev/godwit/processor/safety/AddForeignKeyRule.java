package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.Finding.Severity.WARNING;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.dialect.Dialect;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddForeignKey;
import java.util.List;

/**
 * A foreign key added to an existing table checks every existing row while writers wait (on both
 * tables on PostgreSQL), and fails if a row points to a missing parent. Keys of tables created in
 * the same migration, and dialects where Godwit writes an online form, pass.
 */
final class AddForeignKeyRule implements SafetyRule {
  @Override
  public List<Finding> check(Change change, RuleContext context) {
    if (!(change instanceof AddForeignKey add) || add.ofNewTable()) {
      return List.of();
    }
    List<Dialect> unsafe = context.dialects().stream().filter(d -> !d.impact(change).safeForm()).toList();
    if (unsafe.isEmpty()) {
      return List.of();
    }
    String table = add.table();
    String name = add.key().name();
    String columns = String.join(", ", add.key().columns());
    // a key to other columns than the primary key (@JoinColumn(referencedColumnName)) names them
    boolean toPrimaryKey = context.after().table(add.key().referencedTable())
        .map(t -> t.primaryKey().equals(add.key().referencedColumns())).orElse(true);
    String referenced = add.key().referencedTable()
        + (toPrimaryKey ? "" : " (" + String.join(", ", add.key().referencedColumns()) + ")");
    return List.of(new Finding(WARNING, Code.ADD_FOREIGN_KEY, table, java.util.Optional.of(add.key().columns().get(0)),
        Finding.Hint.NONE, table + "." + name, RuleContext.names(unsafe),
        "adding foreign key " + name + " " + table + "(" + columns + ") -> " + add.key().referencedTable() + ": "
            + RuleContext.howEach(unsafe, change) + "; the stall grows with the table, and the statement fails if a"
            + " row points to a missing " + add.key().referencedTable() + " (find them first: " + orphans(add)
            + "). " + Advice.onEach(unsafe, d -> switch (d) {
              case "postgresql" -> "On postgresql the online form is ALTER TABLE " + table + " ADD CONSTRAINT " + name
                  + " FOREIGN KEY (" + columns + ") REFERENCES " + referenced + " NOT VALID, then ALTER TABLE " + table
                  + " VALIDATE CONSTRAINT " + name + " (Godwit writes it from godwit.safeFormsFrom on).";
              case "mysql" -> "MySQL and MariaDB add a foreign key without a copy (ALGORITHM=INPLACE, LOCK=NONE) only"
                  + " with foreign_key_checks = 0, which checks no existing row, so Godwit does not write that form;"
                  + " online schema change tools do not help here (gh-ost does not handle foreign keys,"
                  + " pt-online-schema-change renames them with a leading underscore, so the key loses the name Godwit"
                  + " records). On mysql run this migration in a maintenance window, once the query above finds no row.";
              case "h2" -> Advice.h2MaintenanceWindow("checks every row");
              default -> "";
            })
            + " To run it as is, acknowledge it: " + Advice.acknowledge(table + "." + name, Code.ADD_FOREIGN_KEY)));
  }

  /** A query that counts the rows pointing to no parent. */
  private static String orphans(AddForeignKey add) {
    List<String> columns = add.key().columns();
    List<String> referenced = add.key().referencedColumns();
    java.util.StringJoiner on = new java.util.StringJoiner(" AND ");
    for (int i = 0; i < columns.size(); i++) {
      on.add("c." + columns.get(i) + " = p." + (i < referenced.size() ? referenced.get(i) : columns.get(i)));
    }
    return "SELECT count(*) FROM " + add.table() + " c LEFT JOIN " + add.key().referencedTable() + " p ON " + on
        + " WHERE c." + columns.get(0) + " IS NOT NULL AND p." + (referenced.isEmpty() ? columns.get(0) : referenced.get(0))
        + " IS NULL";
  }
}
