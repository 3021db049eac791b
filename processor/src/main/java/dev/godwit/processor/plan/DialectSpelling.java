package dev.godwit.processor.plan;

import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddCheck;
import dev.godwit.processor.diff.Change.AddColumn;
import dev.godwit.processor.diff.Change.AddForeignKey;
import dev.godwit.processor.diff.Change.AddUnique;
import dev.godwit.processor.diff.Change.AlterColumn;
import dev.godwit.processor.diff.Change.AlterColumnDefault;
import dev.godwit.processor.diff.Change.AlterPrimaryKey;
import dev.godwit.processor.diff.Change.AlterSequence;
import dev.godwit.processor.diff.Change.CommentColumn;
import dev.godwit.processor.diff.Change.CommentTable;
import dev.godwit.processor.diff.Change.CreateIndex;
import dev.godwit.processor.diff.Change.CreateSequence;
import dev.godwit.processor.diff.Change.CreateTable;
import dev.godwit.processor.diff.Change.DropCheck;
import dev.godwit.processor.diff.Change.DropColumn;
import dev.godwit.processor.diff.Change.DropForeignKey;
import dev.godwit.processor.diff.Change.DropIndex;
import dev.godwit.processor.diff.Change.DropSequence;
import dev.godwit.processor.diff.Change.DropTable;
import dev.godwit.processor.diff.Change.DropUnique;
import dev.godwit.processor.diff.Change.RenameColumn;
import dev.godwit.processor.diff.Change.RenameTable;
import dev.godwit.processor.diff.Expansion;
import dev.godwit.processor.diff.ExpansionKeys;
import dev.godwit.processor.diff.TableExpansion;
import dev.godwit.processor.diff.ReliantKeys;
import dev.godwit.processor.model.DialectNames;
import dev.godwit.processor.model.GeneratorRow;
import dev.godwit.processor.model.Schema;

/**
 * A plan with the names one dialect gives its objects ({@link DialectNames}): what the earlier
 * migrations named so for an object they created, what Hibernate names so now for a new one.
 */
public final class DialectSpelling {
  private DialectSpelling() {}

  /**
   * The plan of the change from {@code before} to the schema after it, in {@code dialect}'s names:
   * {@code kept} is that dialect's {@link DialectNames#kept} names of the schema after.
   */
  public static MigrationPlan of(MigrationPlan plan, String dialect, Schema before, DialectNames kept) {
    DialectNames names = before.namesOf(dialect).plus(kept);
    if (names.isEmpty()) {
      return plan;
    }
    return new MigrationPlan(plan.version(), plan.slug(), plan.up().stream().map(c -> respell(c, names)).toList(),
        plan.entities(), plan.acknowledgements());
  }

  static Change respell(Change change, DialectNames n) {
    if (change instanceof Change.CreateSchema || change instanceof Change.DropSchema) {
      return change;
    } else if (change instanceof CreateTable c) {
      return new CreateTable(n.table(c.table()));
    } else if (change instanceof DropTable c) {
      return new DropTable(n.table(c.table()));
    } else if (change instanceof RenameTable c) {
      return new RenameTable(n.table(c.from()), n.table(c.to()),
          c.columns().stream().map(column -> n.column(c.from(), column)).toList());
    } else if (change instanceof AddColumn c) {
      return new AddColumn(n.table(c.table()), n.column(c.table(), c.column()), c.backfill());
    } else if (change instanceof DropColumn c) {
      return new DropColumn(n.table(c.table()), n.column(c.table(), c.column()));
    } else if (change instanceof RenameColumn c) {
      return new RenameColumn(n.table(c.table()), n.column(c.table(), c.from()), n.column(c.table(), c.to()),
          n.column(c.table(), c.column()));
    } else if (change instanceof AlterColumn c) {
      return new AlterColumn(n.table(c.table()), n.column(c.table(), c.from()), n.column(c.table(), c.to()), c.using());
    } else if (change instanceof AlterPrimaryKey c) {
      return new AlterPrimaryKey(n.table(c.table()), n.columns(c.table(), c.from()), n.columns(c.table(), c.to()));
    } else if (change instanceof AddUnique c) {
      return new AddUnique(n.table(c.table()), n.uniqueKey(c.table(), c.key()), reliant(n, c.table(), c.reliant()));
    } else if (change instanceof DropUnique c) {
      return new DropUnique(n.table(c.table()), n.uniqueKey(c.table(), c.key()), reliant(n, c.table(), c.reliant()));
    } else if (change instanceof CreateIndex c) {
      return new CreateIndex(n.table(c.table()), n.index(c.table(), c.index()), reliant(n, c.table(), c.reliant()));
    } else if (change instanceof DropIndex c) {
      return new DropIndex(n.table(c.table()), n.index(c.table(), c.index()), reliant(n, c.table(), c.reliant()));
    } else if (change instanceof Change.RenameInterimKey c) {
      return new Change.RenameInterimKey(n.table(c.table()), n.constraint(c.table(), c.from()), n.constraint(c.table(), c.to()),
          c.constraint());
    } else if (change instanceof AddForeignKey c) {
      return new AddForeignKey(n.table(c.table()), n.foreignKey(c.table(), c.key()), c.ofNewTable());
    } else if (change instanceof DropForeignKey c) {
      return new DropForeignKey(n.table(c.table()), n.foreignKey(c.table(), c.key()), c.ofDroppedTable());
    } else if (change instanceof CreateSequence c) {
      return new CreateSequence(n.sequence(c.sequence()), n.idColumns(c.continues()));
    } else if (change instanceof AlterSequence c) {
      return new AlterSequence(n.sequence(c.from()), n.sequence(c.to()), n.idColumns(c.kept()));
    } else if (change instanceof Change.RenameSequence c) {
      return new Change.RenameSequence(n.sequence(c.from()), n.sequence(c.to()), n.idColumns(c.kept()));
    } else if (change instanceof Change.AdvanceSequence c) {
      return new Change.AdvanceSequence(n.sequence(c.sequence()), n.idColumns(c.continues()));
    } else if (change instanceof DropSequence c) {
      return new DropSequence(n.sequence(c.sequence()), n.idColumns(c.continues()));
    } else if (change instanceof AlterColumnDefault c) {
      return new AlterColumnDefault(n.table(c.table()), n.column(c.table(), c.column()), c.from(), c.to());
    } else if (change instanceof CommentColumn c) {
      return new CommentColumn(n.table(c.table()), n.column(c.table(), c.column()), c.from());
    } else if (change instanceof CommentTable c) {
      return new CommentTable(n.table(c.table()), c.from(), c.to());
    } else if (change instanceof AddCheck c) {
      return new AddCheck(n.table(c.table()), n.check(c.table(), c.check()));
    } else if (change instanceof DropCheck c) {
      return new DropCheck(n.table(c.table()), n.check(c.table(), c.check()));
    } else if (change instanceof Change.InsertGeneratorRow c) {
      return new Change.InsertGeneratorRow(respell(c.row(), n), n.idColumns(c.continues()));
    } else if (change instanceof Change.DeleteGeneratorRow c) {
      return new Change.DeleteGeneratorRow(respell(c.row(), n), n.idColumns(c.continues()), n.idColumns(c.kept()));
    } else if (change instanceof Change.AdvanceGeneratorRow c) {
      return new Change.AdvanceGeneratorRow(respell(c.row(), n), n.idColumns(c.continues()));
    } else if (change instanceof Change.ResizeGeneratorRow c) {
      return new Change.ResizeGeneratorRow(respell(c.from(), n), respell(c.to(), n));
    } else if (change instanceof Change.ReleaseGeneratorRow c) {
      return new Change.ReleaseGeneratorRow(respell(c.row(), n), n.idColumns(c.released()));
    } else if (change instanceof Change.ReleaseSequence c) {
      return new Change.ReleaseSequence(n.sequence(c.sequence()), n.idColumns(c.released()));
    } else if (change instanceof Change.ExpandColumn c) {
      return new Change.ExpandColumn(respell(c.expansion(), n));
    } else if (change instanceof Change.RevertExpandColumn c) {
      return new Change.RevertExpandColumn(respell(c.expansion(), n));
    } else if (change instanceof Change.ContractColumn c) {
      return new Change.ContractColumn(respell(c.expansion(), n));
    } else if (change instanceof Change.RestoreColumn c) {
      return new Change.RestoreColumn(respell(c.expansion(), n));
    } else if (change instanceof Change.RenameUnique c) {
      return new Change.RenameUnique(n.table(c.table()), n.table(c.fromTable()), n.uniqueKey(c.fromTable(), c.from()),
          n.table(c.toTable()), n.uniqueKey(c.toTable(), c.to()));
    } else if (change instanceof Change.RenameIndex c) {
      return new Change.RenameIndex(n.table(c.table()), n.index(c.table(), c.from()), n.index(c.table(), c.to()));
    } else if (change instanceof Change.RenameForeignKey c) {
      return new Change.RenameForeignKey(n.table(c.table()), n.foreignKey(c.table(), c.from()),
          n.foreignKey(c.table(), c.to()), c.ownIndex());
    } else if (change instanceof Change.ExpandTable c) {
      return new Change.ExpandTable(respell(c.expansion(), n));
    } else if (change instanceof Change.RevertExpandTable c) {
      return new Change.RevertExpandTable(respell(c.expansion(), n));
    } else if (change instanceof Change.ContractTable c) {
      return new Change.ContractTable(respell(c.expansion(), n));
    } else if (change instanceof Change.RestoreTable c) {
      return new Change.RestoreTable(respell(c.expansion(), n));
    }
    throw new IllegalArgumentException("unknown change " + change);
  }

  private static ReliantKeys reliant(DialectNames n, String table, ReliantKeys keys) {
    return new ReliantKeys(keys.leading().stream().map(k -> n.foreignKey(table, k)).toList(),
        keys.exact().stream().map(k -> n.foreignKey(table, k)).toList());
  }

  /** The conversions are the user's SQL and name the columns as written; they are kept as they are. */
  private static Expansion respell(Expansion e, DialectNames n) {
    ExpansionKeys keys = e.keys();
    return new Expansion(n.table(e.table()), n.column(e.table(), e.old()), n.column(e.table(), e.now()),
        e.forward(), e.backward(), new ExpansionKeys(
            keys.oldUniques().stream().map(k -> n.uniqueKey(e.table(), k)).toList(),
            keys.oldIndexes().stream().map(i -> n.index(e.table(), i)).toList(),
            keys.renamedUniques().stream().map(k -> n.uniqueKey(e.table(), k)).toList(),
            keys.renamedIndexes().stream().map(i -> n.index(e.table(), i)).toList()));
  }

  /** As {@link RenameTable}: the columns keep the names they had under the table's old name. */
  private static TableExpansion respell(TableExpansion e, DialectNames n) {
    return new TableExpansion(n.table(e.from()), n.table(e.to()),
        e.columns().stream().map(column -> n.column(e.from(), column)).toList());
  }

  private static GeneratorRow respell(GeneratorRow row, DialectNames n) {
    return new GeneratorRow(n.table(row.table()), n.column(row.table(), row.segmentColumn()),
        n.column(row.table(), row.valueColumn()), row.segment(), row.value(), row.increment(), n.idColumns(row.ids()));
  }
}
