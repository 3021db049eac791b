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
            + " row points to a missing " + add.key().referencedTable() + ". On PostgreSQL the online form is ALTER"
            + " TABLE " + table + " ADD CONSTRAINT " + name + " FOREIGN KEY (" + columns + ") REFERENCES "
            + referenced + " NOT VALID, then ALTER TABLE " + table + " VALIDATE CONSTRAINT " + name
            + ". To run it as is, acknowledge it: " + Advice.acknowledge(table + "." + name, Code.ADD_FOREIGN_KEY)));
  }
}
