package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.Finding.Severity.WARNING;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.DeleteGeneratorRow;
import dev.godwit.processor.model.GeneratorRow;
import dev.godwit.processor.model.IdColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * A table generator's row that fills ids of a table that stays is deleted: its segment or table renamed,
 * or its ids switched to IDENTITY or a sequence. Hibernate's table generator in instances of the previous
 * release still running finds no row, inserts it again at its initial value and hands out ids the table
 * already has (or fails, the generator table gone): their inserts fail on duplicate keys until they are
 * replaced, and the row they insert makes the undo's insert of it fail. A rename has a safe alternative,
 * keeping the segment and table; a switch is safe only with the previous release stopped first.
 * The ids are those the diff found the row filled in tables that stay ({@link DeleteGeneratorRow#kept}),
 * through renames of tables (expand/contract ones too) and of id columns.
 */
final class DeleteGeneratorRowRule implements SafetyRule {
  @Override
  public List<Finding> check(Change change, RuleContext context) {
    if (!(change instanceof DeleteGeneratorRow delete)) {
      return List.of();
    }
    GeneratorRow row = delete.row();
    List<Finding> findings = new ArrayList<>();
    for (IdColumn id : delete.kept()) {
      String target = id.table() + "." + id.column();
      findings.add(Finding.onColumn(WARNING, Code.ID_GENERATOR_ROW_GONE, id.table(), id.column(), context.dialectNames(),
          "deleting generator row " + row.table() + " '" + row.segment() + "', which fills " + id + ", breaks instances"
              + " of the previous release still running: their table generator finds no row '" + row.segment()
              + "', inserts it again at its initial value and hands out ids " + id.table() + " already has (or fails,"
              + " if " + row.table() + " is gone), so their inserts fail on duplicate keys until they are replaced."
              + " Safe alternatives: keep the generator, @TableGenerator(table = \"" + row.table()
              + "\", pkColumnValue = \"" + row.segment() + "\"), for now, or deploy this release with the previous one"
              + " stopped before the migration runs (no rolling deploy); then acknowledge it: "
              + Advice.acknowledge(target, Code.ID_GENERATOR_ROW_GONE)));
    }
    return findings;
  }
}
