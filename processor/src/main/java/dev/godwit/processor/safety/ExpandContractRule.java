package dev.godwit.processor.safety;

import static dev.godwit.processor.model.Identifiers.bare;
import static dev.godwit.processor.safety.Finding.Severity.ERROR;
import static dev.godwit.processor.safety.Finding.Severity.WARNING;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.dialect.Dialect;
import dev.godwit.processor.dialect.SqlWords;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.ExpandColumn;
import dev.godwit.processor.diff.Expansion;
import dev.godwit.processor.diff.TableExpansion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The expand step of an expand/contract ({@code @Renamed(strategy = EXPAND_CONTRACT)}). Flags a
 * dialect that cannot keep the two columns in sync (H2: its triggers are Java classes), a dialect
 * whose fill is one UPDATE over the whole table, a type change that can lose values without a
 * {@code @Backfill} conversion, a nullable column expanded into a NOT NULL one without a
 * {@code @Backfill} for its NULLs, and a conversion naming another column than the one it
 * converts (the sync trigger sees only the two columns). For a table's expand, flags a dialect
 * that cannot keep the old name as an updatable view (H2), where the previous release breaks.
 */
final class ExpandContractRule implements SafetyRule {
  @Override
  public List<Finding> check(Change change, RuleContext context) {
    if (change instanceof Change.ExpandTable table) {
      return table(table.expansion(), context);
    }
    if (!(change instanceof ExpandColumn expand)) {
      return List.of();
    }
    Expansion expansion = expand.expansion();
    String table = expansion.table();
    String column = expansion.now().name();
    String target = table + "." + column;
    String old = table + "." + expansion.old().name();
    List<Finding> findings = new ArrayList<>();
    if (expansion.typeChanged() && expansion.forward().isEmpty()
        && !NarrowingRule.widens(expansion.old().type(), expansion.now().type())) {
      findings.add(Finding.onColumn(ERROR, Code.NARROWING_CHANGE, table, column, context.dialectNames(),
          "expanding " + old + " (" + expansion.old().describeType() + ") into " + target + " ("
              + expansion.now().describeType() + ") can lose or corrupt values when they are copied. Give the"
              + " conversion with @Backfill(\"<SQL expression over " + expansion.old().name() + ">\") and, for the sync"
              + " back to the old column, @Backfill(reverse = \"<SQL expression over " + column + ">\")"));
    }
    if (expansion.old().nullable() && !expansion.now().nullable() && expansion.forward().isEmpty()) {
      findings.add(Finding.onColumn(ERROR, Code.SET_NOT_NULL, table, column, context.dialectNames(),
          "expanding nullable " + old + " into NOT NULL " + target + " fails on the rows where " + expansion.old().name()
              + " is NULL. Give their value with @Backfill(\"coalesce(" + expansion.old().name() + ", <value>)\")"));
    }
    foreign(expansion.forward(), expansion.old().name()).ifPresent(name -> findings.add(unknownColumn(context,
        expansion, "@Backfill(\"" + expansion.forward().get() + "\") converts " + old + " and may name only "
            + expansion.old().name() + ", not " + name)));
    foreign(expansion.backward(), column).ifPresent(name -> findings.add(unknownColumn(context,
        expansion, "@Backfill(reverse = \"" + expansion.backward().get() + "\") converts " + target + " back and may"
            + " name only " + column + ", not " + name)));
    List<String> unsynced = context.dialectsWhere(d -> !d.syncsExpansions());
    if (!unsynced.isEmpty()) {
      findings.add(Finding.onColumn(WARNING, Code.EXPAND_NOT_SYNCED, table, column, unsynced,
          "expanding " + old + " into " + target + " adds the new column and copies the rows, but cannot keep the two"
              + " in sync: H2's triggers are Java classes that a migration cannot bring along. What instances of the"
              + " previous release write to " + expansion.old().name() + " after this migration is not copied to "
              + column + ", nor the other way round. That is fine where H2 serves tests and development only;"
              + " acknowledge it: " + Advice.acknowledge(target, Code.EXPAND_NOT_SYNCED)));
    }
    List<Dialect> stalling = context.stalling(change);
    if (!stalling.isEmpty()) {
      findings.add(Finding.onColumn(WARNING, Code.BACKFILL_REWRITES_TABLE, table, column, RuleContext.names(stalling),
          "expanding " + old + " into " + target + ": " + RuleContext.howEach(stalling, change) + "; the stall grows"
              + " with the table. To fill it in one statement, acknowledge it: "
              + Advice.acknowledge(target, Code.BACKFILL_REWRITES_TABLE)));
    }
    return findings;
  }

  private static List<Finding> table(TableExpansion expansion, RuleContext context) {
    List<String> without = context.dialectsWhere(d -> !d.keepsOldTableName());
    if (without.isEmpty()) {
      return List.of();
    }
    return List.of(Finding.onTable(WARNING, Code.EXPAND_NOT_SYNCED, expansion.to(), without,
        "expanding table " + expansion.from() + " into " + expansion.to() + " renames it, but cannot keep "
            + expansion.from() + " as an updatable view over it: H2's views are read-only (updating through one needs"
            + " an INSTEAD OF trigger, which H2 writes in Java, and a migration cannot bring the class along). Instances"
            + " of the previous release fail on every query of " + expansion.from() + " after this migration. That is"
            + " fine where H2 serves tests and development only; acknowledge it: "
            + Advice.acknowledge(expansion.to(), Code.EXPAND_NOT_SYNCED)).at(Finding.Hint.RENAMED));
  }

  /** A column other than {@code own} that the expression names. */
  private static Optional<String> foreign(Optional<String> expression, String own) {
    return expression.flatMap(e -> SqlWords.of(e).columns().stream()
        .filter(name -> !bare(name).equalsIgnoreCase(bare(own))).findFirst());
  }

  private static Finding unknownColumn(RuleContext context, Expansion expansion, String what) {
    return Finding.onColumn(ERROR, Code.BACKFILL_UNKNOWN_COLUMN, expansion.table(), expansion.now().name(),
        context.dialectNames(), what + ": the trigger that keeps the two columns in sync sees only them")
        .at(Finding.Hint.BACKFILL);
  }
}
