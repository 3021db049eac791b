package dev.godwit.processor.safety;

import static dev.godwit.processor.model.Identifiers.bare;

import dev.godwit.processor.diff.Change;
import dev.godwit.processor.model.IdColumn;
import dev.godwit.processor.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The id columns a generator change concerns that instances of the previous release still write: those of
 * tables that exist before and after the migration. Shared by the rules on generator switches.
 */
final class GeneratorIds {
  private GeneratorIds() {}

  /** Those of {@code ids} (named as before the migration) whose tables stay, named as after it. */
  static List<IdColumn> kept(List<IdColumn> ids, RuleContext context) {
    List<IdColumn> kept = new ArrayList<>();
    for (IdColumn id : ids) {
      if (context.before().table(id.table()).isEmpty()) {
        continue;
      }
      String now = context.changes().stream().filter(c -> c instanceof Change.RenameTable r && r.from().equals(id.table()))
          .map(c -> ((Change.RenameTable) c).to()).findFirst().orElse(id.table());
      Optional<Table> table = context.after().table(now);
      table.flatMap(t -> t.columns().stream().filter(c -> bare(c.name()).equals(bare(id.column()))).findFirst())
          .ifPresent(c -> kept.add(new IdColumn(now, c.name())));
    }
    return kept;
  }

  /** {@code ids} named as after the migration, of those whose tables existed before it. */
  static List<IdColumn> existing(List<IdColumn> ids, RuleContext context) {
    List<IdColumn> existing = new ArrayList<>();
    for (IdColumn id : ids) {
      String before = context.changes().stream().filter(c -> c instanceof Change.RenameTable r && r.to().equals(id.table()))
          .map(c -> ((Change.RenameTable) c).from()).findFirst().orElse(id.table());
      if (context.before().table(before).isPresent() && context.after().table(id.table()).isPresent()) {
        existing.add(id);
      }
    }
    return existing;
  }
}
