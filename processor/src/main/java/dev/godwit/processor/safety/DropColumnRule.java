package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.Finding.Severity.ERROR;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.DropColumn;
import java.util.List;

/**
 * Dropping a column deletes its values in every row, on every dialect, and instances of the
 * previous release that still select or insert it fail.
 */
final class DropColumnRule implements SafetyRule {
  @Override
  public List<Finding> check(Change change, RuleContext context) {
    if (!(change instanceof DropColumn drop)) {
      return List.of();
    }
    String column = drop.column().name();
    String target = drop.table() + "." + column;
    return List.of(Finding.onColumn(ERROR, Code.DROP_COLUMN, drop.table(), column, context.dialectNames(),
        "dropping column " + target + " deletes its values, and instances of the previous release still running fail"
            + " when they select or insert it. If the attribute was renamed, put @Renamed(from = \"" + column
            + "\") on it; if the data may go, deploy a release that no longer maps the column first, then acknowledge"
            + " it: " + Advice.acknowledge(target, Code.DROP_COLUMN)));
  }
}
