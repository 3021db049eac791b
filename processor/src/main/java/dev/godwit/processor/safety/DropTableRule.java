package dev.godwit.processor.safety;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.DropTable;
import java.util.Optional;

/** Dropping a table deletes every row in it. */
final class DropTableRule implements SafetyRule {
  @Override
  public Optional<Finding> check(Change change) {
    if (!(change instanceof DropTable drop)) {
      return Optional.empty();
    }
    String table = drop.table().name();
    return Optional.of(new Finding(Finding.Severity.ERROR, Code.DROP_TABLE, table, Optional.empty(),
        "dropping table " + table + " deletes all its rows. If the entity was renamed, put @Renamed(from = \""
            + table + "\") on it; if the data may go, acknowledge it: @AllowDestructive(value = \"" + table
            + "\", reason = \"...\")"));
  }
}
