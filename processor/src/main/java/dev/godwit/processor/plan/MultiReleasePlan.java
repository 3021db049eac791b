package dev.godwit.processor.plan;

import dev.godwit.processor.dialect.Dialect;
import dev.godwit.processor.diff.Change.ContractColumn;
import dev.godwit.processor.diff.Change.ExpandColumn;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Expansion;
import dev.godwit.processor.diff.TableExpansion;
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
    List<TableExpansion> tableExpands = plan.up().stream().filter(c -> c instanceof Change.ExpandTable)
        .map(c -> ((Change.ExpandTable) c).expansion()).toList();
    List<TableExpansion> tableContracts = plan.up().stream().filter(c -> c instanceof Change.ContractTable)
        .map(c -> ((Change.ContractTable) c).expansion()).toList();
    if (expands.isEmpty() && contracts.isEmpty() && tableExpands.isEmpty() && tableContracts.isEmpty()) {
      return;
    }
    md.append("## Multi-release plan (expand/contract)\n\n");
    tables(md, plan.version(), tableExpands, tableContracts, dialects);
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

  private static void tables(StringBuilder md, int version, List<TableExpansion> expands, List<TableExpansion> contracts,
      List<Dialect> dialects) {
    if (!expands.isEmpty()) {
      md.append("This migration **expands**; the tables below reach their new name over two releases.\n\n");
      md.append("| Old name | New name | Old name kept as |\n| --- | --- | --- |\n");
      for (TableExpansion expansion : expands) {
        md.append("| ").append(expansion.from()).append(" | ").append(expansion.to()).append(" | ")
            .append(view(dialects)).append(" |\n");
      }
      md.append("\n1. **This release (V").append(version).append(", expand):** renames each table and, in the same"
          + " step, creates a view with the old name over it listing the old columns. Instances of the previous release"
          + " read and write through the view (a view over one table is updatable), instances of this release use the"
          + " table; both see the same rows. Keys and indexes whose names Hibernate derives from the table name are"
          + " renamed in place right after it (on MySQL/MariaDB a foreign key is dropped and added in one in-place"
          + " statement), so they hold throughout.\n");
      md.append("2. **A later release (contract):** once every instance runs V").append(version)
          .append(" or later, compile with `-Agodwit.contract=").append(version).append("`. Godwit generates the next"
          + " migration, which drops the views. Until then every compile warns `GW423` (contract pending), and the"
          + " snapshot records the pending contract.\n\n");
    }
    if (!contracts.isEmpty()) {
      md.append("This migration **contracts**: it drops the view that kept each old table name below. Deploy it only"
          + " when no instance of a release before the expand runs any more; they still use the old name.\n\n");
      for (TableExpansion expansion : contracts) {
        md.append("- ").append(expansion.describe()).append(": drops the view ").append(expansion.from()).append(" (")
            .append(view(dialects)).append(")\n");
      }
      md.append('\n');
    }
  }

  private static String view(List<Dialect> dialects) {
    return String.join("; ", dialects.stream().map(d -> d.name() + ": "
        + (d.keepsOldTableName() ? "updatable view" : "nothing, the previous release breaks (GW424)")).toList());
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
