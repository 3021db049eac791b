package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.Finding.Severity.WARNING;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AlterColumn;
import java.util.List;

/**
 * Dropping NOT NULL is instant, but once the new release writes NULLs, the undo script cannot
 * restore NOT NULL and instances of the previous release read NULL where they never did.
 */
final class DropNotNullRule implements SafetyRule {
  @Override
  public List<Finding> check(Change change, RuleContext context) {
    if (!(change instanceof AlterColumn alter) || !alter.nullabilityChanged() || !alter.to().nullable()) {
      return List.of();
    }
    String column = alter.to().name();
    String target = alter.table() + "." + column;
    return List.of(Finding.onColumn(WARNING, Code.DROP_NOT_NULL, alter.table(), column, context.dialectNames(),
        "making " + target + " nullable: once a row holds NULL, the undo script fails when it sets NOT NULL again,"
            + " and instances of the previous release still running read NULL into an attribute that never held"
            + " one. Ship it in two releases: first a release whose code accepts NULL in the attribute of " + column
            + " (a wrapper type such as Integer rather than a primitive, which Hibernate cannot load NULL into, and null"
            + " checks wherever it is read) while the column stays NOT NULL; then, once no instance of the release before"
            + " it runs, this mapping (@Column(name = \"" + column + "\", nullable = true), no @NotNull, no"
            + " @Basic(optional = false)). Before running the undo script, fill the NULLs: UPDATE " + alter.table()
            + " SET " + column + " = ... WHERE " + column + " IS NULL. Then acknowledge it: "
            + Advice.acknowledge(target, Code.DROP_NOT_NULL)));
  }
}
