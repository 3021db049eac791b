package dev.godwit.processor.safety;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.DropColumn;
import java.util.Optional;

/** Dropping a column deletes its values in every row. */
final class DropColumnRule implements SafetyRule {
  @Override
  public Optional<Finding> check(Change change) {
    if (!(change instanceof DropColumn drop)) {
      return Optional.empty();
    }
    String column = drop.column().name();
    return Optional.of(new Finding(Finding.Severity.ERROR, Code.DROP_COLUMN, drop.table(), Optional.of(column),
        "dropping column " + drop.table() + "." + column + " deletes its values. If the attribute was renamed, put "
            + "@Renamed(from = \"" + column + "\") on it; if the data may go, acknowledge it: @AllowDestructive(value = \""
            + drop.table() + "." + column + "\", reason = \"...\")"));
  }
}
