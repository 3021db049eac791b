package dev.godwit.processor.safety;

import static dev.godwit.processor.model.Identifiers.bare;

import dev.godwit.processor.diff.Change;
import dev.godwit.processor.model.IdColumn;
import dev.godwit.processor.model.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The id columns a generator change concerns that instances of the previous release still write: those of
 * tables that exist before and after the migration. Shared by the rules on generator switches; one per
 * migration ({@link SafetyRule#in}), which indexes the migration's table renames once, when first asked.
 */
final class GeneratorIds {
  private final RuleContext context;
  private Map<String, String> newNames;
  private Map<String, String> oldNames;

  GeneratorIds(RuleContext context) {
    this.context = context;
  }

  /** Those of {@code ids} (named as before the migration) whose tables stay, named as after it. */
  List<IdColumn> kept(List<IdColumn> ids) {
    List<IdColumn> kept = new ArrayList<>();
    for (IdColumn id : ids) {
      if (context.before().table(id.table()).isEmpty()) {
        continue;
      }
      String now = renames().getOrDefault(id.table(), id.table());
      Optional<Table> table = context.after().table(now);
      table.flatMap(t -> t.columns().stream().filter(c -> bare(c.name()).equals(bare(id.column()))).findFirst())
          .ifPresent(c -> kept.add(new IdColumn(now, c.name())));
    }
    return kept;
  }

  /** {@code ids} (named as after the migration) of those whose tables existed before it. */
  List<IdColumn> existing(List<IdColumn> ids) {
    return ids.stream().filter(id -> existed(id.table())).toList();
  }

  /** Whether {@code table} (named as after the migration) exists after it and existed before it, under its old name. */
  boolean existed(String table) {
    renames();
    return context.after().table(table).isPresent()
        && context.before().table(oldNames.getOrDefault(table, table)).isPresent();
  }

  private Map<String, String> renames() {
    if (newNames == null) {
      newNames = new HashMap<>();
      oldNames = new HashMap<>();
      for (Change change : context.changes()) {
        if (change instanceof Change.RenameTable rename) {
          newNames.put(rename.from(), rename.to());
          oldNames.put(rename.to(), rename.from());
        }
      }
    }
    return newNames;
  }
}
