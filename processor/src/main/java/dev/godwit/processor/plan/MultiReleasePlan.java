package dev.godwit.processor.plan;

import dev.godwit.processor.dialect.Dialect;
import dev.godwit.processor.diff.Change.ContractColumn;
import dev.godwit.processor.diff.Change.ExpandColumn;
import dev.godwit.processor.diff.Expansion;
import java.util.List;

/**
 * The review report's section on expand/contract: for an expand step, what this release does,
 * how each dialect keeps the two columns in sync, and what the later release must do; for a
 * contract step, what it drops and when it may run.
 */
final class MultiReleasePlan {
  private MultiReleasePlan() {}

  static void render(StringBuilder md, MigrationPlan plan, List<Dialect> dialects) {
    List<Expansion> expands = plan.up().stream().filter(c -> c instanceof ExpandColumn)
        .map(c -> ((ExpandColumn) c).expansion()).toList();
    List<Expansion> contracts = plan.up().stream().filter(c -> c instanceof ContractColumn)
        .map(c -> ((ContractColumn) c).expansion()).toList();
    if (expands.isEmpty() && contracts.isEmpty()) {
      return;
    }
    md.append("## Multi-release plan (expand/contract)\n\n");
    if (!expands.isEmpty()) {
      md.append("This migration **expands**; the columns below reach their new form over two releases.\n\n");
      md.append("| Old column | New column | Sync |\n| --- | --- | --- |\n");
      for (Expansion expansion : expands) {
        md.append("| ").append(expansion.table()).append('.').append(expansion.old().name()).append(' ')
            .append(expansion.old().describeType()).append(" | ").append(expansion.table()).append('.')
            .append(expansion.now().name()).append(' ').append(expansion.now().describeType()).append(" | ")
            .append(sync(expansion, dialects)).append(" |\n");
      }
      md.append("\n1. **This release (V").append(plan.version()).append(", expand):** adds each new column,"
          + " keeps it and the old one in sync (instances of the previous release write the old column, instances of"
          + " this release the new one), fills it for existing rows and makes the old column nullable. Both releases"
          + " can run side by side while the deploy rolls.\n");
      md.append("2. **A later release (contract):** once every instance runs V").append(plan.version())
          .append(" or later, compile with `-Agodwit.contract=").append(plan.version()).append("`. Godwit"
          + " generates the next migration, which drops the sync and the old columns. Until then every compile warns"
          + " `GW423` (contract pending), and the snapshot records the pending contract.\n\n");
    }
    if (!contracts.isEmpty()) {
      md.append("This migration **contracts**: it drops the sync and the old column of each expand/contract below."
          + " Deploy it only when no instance of a release before the expand runs any more; they still use the old"
          + " column.\n\n");
      for (Expansion expansion : contracts) {
        md.append("- ").append(expansion.describe()).append(": drops ").append(expansion.table()).append('.')
            .append(expansion.old().name()).append(" and the sync (").append(sync(expansion, dialects)).append(")\n");
      }
      md.append('\n');
    }
  }

  private static String sync(Expansion expansion, List<Dialect> dialects) {
    StringBuilder text = new StringBuilder();
    for (Dialect dialect : dialects) {
      if (text.length() > 0) {
        text.append("; ");
      }
      List<String> triggers = dialect.syncTriggers(expansion);
      text.append(dialect.name()).append(": ").append(triggers.isEmpty() ? "no sync (GW424)"
          : (triggers.size() == 1 ? "trigger " : "triggers ") + String.join(", ", triggers.stream().map(t -> "`" + t + "`").toList()));
    }
    return text.toString();
  }
}
