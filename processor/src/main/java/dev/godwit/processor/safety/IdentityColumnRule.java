package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.Finding.Severity.ERROR;
import static dev.godwit.processor.safety.Finding.Severity.WARNING;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.dialect.Dialect;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * An identity (auto-increment) column added to an existing table numbers every row, rewriting the
 * table while writers wait. MySQL refuses it: an auto-increment column must already be a key.
 */
final class IdentityColumnRule implements SafetyRule {
  @Override
  public List<Finding> check(Change change, RuleContext context) {
    if (!(change instanceof AddColumn add) || !add.column().identity()) {
      return List.of();
    }
    String column = add.column().name();
    String target = add.table() + "." + column;
    List<Dialect> failing = context.dialects().stream().filter(d -> d.name().equals("mysql")).toList();
    List<Dialect> rewriting = context.dialects().stream().filter(d -> !failing.contains(d)).toList();
    List<Finding> findings = new ArrayList<>();
    if (!failing.isEmpty()) {
      findings.add(Finding.onColumn(ERROR, Code.ADD_IDENTITY_COLUMN, add.table(), column, RuleContext.names(failing),
          "adding auto-increment column " + target + " fails on MySQL and MariaDB: an auto-increment column must be"
              + " a key the moment it is added, and a column is added before any key on it. Map it without"
              + " @GeneratedValue(strategy = IDENTITY), or create a new table and copy the rows"));
    }
    if (!rewriting.isEmpty()) {
      findings.add(Finding.onColumn(WARNING, Code.ADD_IDENTITY_COLUMN, add.table(), column, RuleContext.names(rewriting),
          "adding identity column " + target + " to an existing table numbers every row: "
              + RuleContext.howEach(rewriting, change) + "; the stall grows with the table. Alternative: add a"
              + " nullable column fed by a sequence (@GeneratedValue(strategy = SEQUENCE)) and fill it in batches."
              + " To run it as is, acknowledge it: " + Advice.acknowledge(target, Code.ADD_IDENTITY_COLUMN)));
    }
    return findings;
  }
}
