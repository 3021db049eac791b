package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.Finding.Severity.ERROR;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.DropTable;
import java.util.List;

/** Dropping a table deletes every row in it, on every dialect, and breaks instances still using it. */
final class DropTableRule implements SafetyRule {
  @Override
  public List<Finding> check(Change change, RuleContext context) {
    if (!(change instanceof DropTable drop)) {
      return List.of();
    }
    String table = drop.table().name();
    return List.of(Finding.onTable(ERROR, Code.DROP_TABLE, table, context.dialectNames(),
        "dropping table " + table + " deletes all its rows, and instances of the previous release still running fail"
            + " on every query of it. If the entity was renamed, put @Renamed(from = \"" + table + "\") on it; if the"
            + " data may go, deploy a release that no longer uses the table first, then acknowledge it: "
            + Advice.acknowledge(table, Code.DROP_TABLE)));
  }
}
