package dev.godwit.processor.dialect;

import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddColumn;
import dev.godwit.processor.diff.Change.AddForeignKey;
import dev.godwit.processor.diff.Change.AddUnique;
import dev.godwit.processor.diff.Change.AlterColumn;
import dev.godwit.processor.diff.Change.AlterPrimaryKey;
import dev.godwit.processor.diff.Change.CreateIndex;
import dev.godwit.processor.diff.Change.CreateSequence;
import dev.godwit.processor.diff.Change.CreateTable;
import dev.godwit.processor.diff.Change.DropColumn;
import dev.godwit.processor.diff.Change.DropForeignKey;
import dev.godwit.processor.diff.Change.DropIndex;
import dev.godwit.processor.diff.Change.DropSequence;
import dev.godwit.processor.diff.Change.DropTable;
import dev.godwit.processor.diff.Change.DropUnique;
import dev.godwit.processor.diff.Change.RenameColumn;
import dev.godwit.processor.diff.Change.RenameTable;

/**
 * The conservative default, which is H2's behaviour: every DDL statement holds an exclusive lock on
 * its table, and adding, dropping or retyping a column copies the whole table.
 */
final class DefaultImpacts {
  private static final String LOCK = "exclusive table lock";

  private DefaultImpacts() {}

  static ChangeImpact of(Change change) {
    if (change instanceof Change.CreateSchema || change instanceof Change.DropSchema) {
      return ChangeImpact.noExistingRows("creates or drops an empty schema; no table is touched");
    } else if (change instanceof CreateSequence create && !create.continues().isEmpty()
        || change instanceof Change.AdvanceSequence) {
      return continues();
    } else if (change instanceof Change.ReleaseSequence || change instanceof Change.ReleaseGeneratorRow) {
      return ChangeImpact.noExistingRows("changes nothing; its undo moves the generator past the ids written meanwhile");
    } else if (change instanceof Change.InsertGeneratorRow insert && !insert.continues().isEmpty()
        || change instanceof Change.AdvanceGeneratorRow || change instanceof Change.ResizeGeneratorRow) {
      return ChangeImpact.oneRow("writes the table generator's row past the largest ids (one index read per id column)");
    } else if (change instanceof Change.RenameSequence) {
      return ChangeImpact.metadataOnly("sequence lock, brief", "creates the sequence under its new name at the old one's"
          + " next value, then drops the old one: the ids continue");
    } else if (change instanceof CreateTable || change instanceof CreateSequence) {
      return ChangeImpact.noExistingRows("creates a new object; no existing rows are touched");
    } else if (change instanceof Change.InsertGeneratorRow) {
      return ChangeImpact.oneRow("inserts the row the table generator starts from");
    } else if (change instanceof Change.DeleteGeneratorRow) {
      return ChangeImpact.oneRow("deletes the row of a table generator that is gone");
    } else if (change instanceof AddForeignKey add && add.ofNewTable()) {
      return ChangeImpact.noExistingRows("adds the key to a table created in the same migration");
    } else if (change instanceof Change.AlterSequence) {
      return ChangeImpact.metadataOnly("sequence lock, brief", "changes the sequence's settings; its current value stays");
    } else if (change instanceof DropTable || change instanceof DropSequence) {
      return ChangeImpact.metadataOnly(LOCK, "drops the object under a brief exclusive lock");
    } else if (change instanceof RenameTable || change instanceof RenameColumn) {
      return ChangeImpact.metadataOnly(LOCK, "renames in the catalog under a brief exclusive lock");
    } else if (change instanceof Change.RenameKey) {
      return ChangeImpact.metadataOnly(LOCK, "renames the key in the catalog under a brief exclusive lock; the key holds"
          + " throughout");
    } else if (change instanceof Change.ExpandTable || change instanceof Change.RevertExpandTable) {
      return ChangeImpact.metadataOnly(LOCK, "renames in the catalog under a brief exclusive lock; no view keeps the old"
          + " name (the dialect has no updatable view)");
    } else if (change instanceof Change.ContractTable || change instanceof Change.RestoreTable) {
      return ChangeImpact.noExistingRows("drops or creates the view with the old name; the table's rows are not touched");
    } else if (change instanceof Change.RenameInterimKey) {
      return ChangeImpact.metadataOnly(LOCK, "renames the index or constraint in the catalog under a brief exclusive lock");
    } else if (change instanceof Change.AlterColumnDefault || change instanceof Change.CommentColumn
        || change instanceof Change.CommentTable) {
      return ChangeImpact.metadataOnly(LOCK, "changes a default or a comment in the catalog under a brief exclusive lock;"
          + " no row is read or written");
    } else if (change instanceof Change.AddCheck) {
      return ChangeImpact.scan(LOCK, true, "checks every row against the condition while writes wait");
    } else if (change instanceof DropIndex || change instanceof DropUnique || change instanceof DropForeignKey
        || change instanceof Change.DropCheck) {
      return ChangeImpact.metadataOnly(LOCK, "drops the constraint or index under a brief exclusive lock");
    } else if (change instanceof Change.ExpandColumn || change instanceof Change.RestoreColumn) {
      return ChangeImpact.rewrite(LOCK, true, "adds the column (a copy of the table) and fills it with one UPDATE while"
          + " reads and writes wait");
    } else if (change instanceof AddColumn || change instanceof DropColumn
        || change instanceof Change.ContractColumn || change instanceof Change.RevertExpandColumn) {
      return ChangeImpact.rewrite(LOCK, true, "copies the whole table while reads and writes wait");
    } else if (change instanceof AlterColumn alter && alter.identityChanged() && !alter.typeChanged()
        && !alter.nullabilityChanged()) {
      return ChangeImpact.metadataOnly(LOCK, "adds or drops the identity in the catalog under a brief exclusive lock;"
          + " a new one is restarted past the largest id");
    } else if (change instanceof AlterColumn alter) {
      return alter.typeChanged() || alter.using().isPresent()
          ? ChangeImpact.rewrite(LOCK, true, "copies the whole table while reads and writes wait")
          : alter.to().nullable()
              ? ChangeImpact.metadataOnly(LOCK, "drops NOT NULL in the catalog under a brief exclusive lock")
              : ChangeImpact.scan(LOCK, true, "checks every row for NULL while reads and writes wait");
    } else if (change instanceof AlterPrimaryKey || change instanceof AddUnique || change instanceof CreateIndex) {
      return ChangeImpact.scan(LOCK, true, "builds the index over every row while writes wait");
    } else if (change instanceof AddForeignKey) {
      return ChangeImpact.scan(LOCK, true, "checks every existing row against the referenced table while writes wait");
    }
    throw new IllegalArgumentException("unknown change " + change);
  }

  /** A sequence moved past the ids of tables it takes over: one read of each table's largest id. */
  static ChangeImpact continues() {
    return new ChangeImpact(true, "none on the tables (reads their largest id)", false, false, false,
        "moves the sequence past the largest id already in the tables it takes over (one read through each primary"
            + " key), so it never hands out an existing id");
  }
}
