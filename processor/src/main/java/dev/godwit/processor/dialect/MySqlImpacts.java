package dev.godwit.processor.dialect;

import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddColumn;
import dev.godwit.processor.diff.Change.AddForeignKey;
import dev.godwit.processor.diff.Change.AddUnique;
import dev.godwit.processor.diff.Change.AlterColumn;
import dev.godwit.processor.diff.Change.AlterPrimaryKey;
import dev.godwit.processor.diff.Change.CreateIndex;
import dev.godwit.processor.diff.Change.DropColumn;
import dev.godwit.processor.diff.Change.DropForeignKey;
import dev.godwit.processor.diff.Change.DropIndex;
import dev.godwit.processor.diff.Change.DropTable;
import dev.godwit.processor.diff.Change.DropUnique;
import dev.godwit.processor.diff.Change.RenameColumn;
import dev.godwit.processor.diff.Change.RenameTable;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.TypeKind;

/**
 * What InnoDB (MySQL 8.0, MariaDB 10.4+) does with the plain DDL Godwit writes today. Without an
 * {@code ALGORITHM} clause the server picks the cheapest algorithm it supports: INSTANT, then
 * INPLACE (concurrent DML allowed, a brief exclusive metadata lock at start and end), then COPY
 * (writes wait for the whole copy).
 */
final class MySqlImpacts {
  private static final String METADATA = "exclusive metadata lock, brief";
  private static final String ONLINE = "shared metadata lock; concurrent DML allowed (ALGORITHM=INPLACE)";
  private static final String COPY = "ALGORITHM=COPY: writes wait for the whole copy";

  private MySqlImpacts() {}

  static ChangeImpact of(Change change) {
    if (change instanceof DropTable || change instanceof RenameTable || change instanceof RenameColumn
        || change instanceof DropIndex || change instanceof DropUnique || change instanceof DropForeignKey
        || change instanceof Change.RenameInterimKey || change instanceof Change.DropCheck
        || change instanceof Change.AlterColumnDefault || change instanceof Change.CommentColumn
        || change instanceof Change.CommentTable) {
      return ChangeImpact.metadataOnly(METADATA, "changes the data dictionary only");
    } else if (change instanceof Change.AddCheck) {
      return ChangeImpact.rewrite(COPY, true, "copies the table to check every row against the condition while writes"
          + " wait");
    } else if (change instanceof Change.RenameForeignKey) {
      return ChangeImpact.metadataOnly(METADATA, "drops and adds the foreign key under its new name in one statement,"
          + " in place (ALGORITHM=INPLACE, LOCK=NONE, with foreign_key_checks = 0 for that statement: the same key held"
          + " until then, so the rows are not read); the key holds throughout. Like any foreign key DDL it takes metadata"
          + " locks on both tables: a transaction that wrote the referenced table and then waits for this one may be"
          + " rolled back as a deadlock victim (retry it)");
    } else if (change instanceof Change.RenameKey) {
      return ChangeImpact.metadataOnly(METADATA, "renames the index in the data dictionary (RENAME INDEX, ALGORITHM=INPLACE,"
          + " LOCK=NONE); the key holds throughout");
    } else if (change instanceof Change.ExpandTable || change instanceof Change.RevertExpandTable) {
      return ChangeImpact.metadataOnly(METADATA, "swaps the table and a view with the old name in one RENAME TABLE"
          + " (the data dictionary only); instances of the previous release read and write through the view");
    } else if (change instanceof AddColumn add) {
      if (add.column().identity()) {
        return ChangeImpact.rewrite(COPY, true, "rebuilds the table to number every row while writes wait");
      }
      if (MySqlSafeForms.volatileDefault(add)) {
        return ChangeImpact.rewrite(COPY, true, "copies the table to give every existing row its own value of the volatile"
            + " default while writes wait (neither INSTANT nor INPLACE is possible)");
      }
      return add.backfill().isPresent() && !add.column().nullable()
          ? ChangeImpact.rewrite(ONLINE, true, "adds the column instantly, then one UPDATE writes every row (writers to"
              + " those rows wait until it commits), then MODIFY ... NOT NULL rebuilds the table in place")
          : ChangeImpact.metadataOnly(METADATA, "adds the column at the end instantly (ALGORITHM=INSTANT)");
    } else if (change instanceof Change.ExpandColumn || change instanceof Change.RestoreColumn) {
      return ChangeImpact.rewrite(ONLINE, true, "adds the column and two triggers that keep it in sync with the other"
          + " one, then one UPDATE writes every row (writers to those rows wait until it commits)");
    } else if (change instanceof DropColumn || change instanceof Change.ContractColumn
        || change instanceof Change.RevertExpandColumn) {
      return ChangeImpact.rewrite(ONLINE, false, "rebuilds the table in place while writes continue"
          + " (instant from MySQL 8.0.29 and MariaDB 10.4)");
    } else if (change instanceof AlterColumn alter) {
      return alterColumn(alter);
    } else if (change instanceof AlterPrimaryKey alter) {
      return alter.from().isEmpty() || alter.to().isEmpty()
          ? ChangeImpact.rewrite(COPY, true, "rebuilds the table around the new clustered index while writes wait")
          : ChangeImpact.rewrite(ONLINE, false, "rebuilds the table around the new clustered index in place");
    } else if (change instanceof AddUnique || change instanceof CreateIndex) {
      return ChangeImpact.scan(ONLINE, false, "builds the index in place while writes continue");
    } else if (change instanceof Change.RenameSequence) {
      return ChangeImpact.metadataOnly(METADATA, "renames the table that emulates the sequence (RENAME TABLE, the data"
          + " dictionary only); its next value stays, so the ids continue");
    } else if (change instanceof Change.AlterSequence) {
      return ChangeImpact.oneRow("the emulating table keeps its next value, moved up by a larger allocation size");
    } else if (change instanceof AddForeignKey add && !add.ofNewTable()) {
      return ChangeImpact.rewrite(COPY, true, "copies the table to check every row against the referenced table (foreign_key_checks"
          + " is on) while writes wait");
    }
    return DefaultImpacts.of(change);
  }

  private static ChangeImpact alterColumn(AlterColumn alter) {
    if (alter.using().isPresent() && alter.typeChanged()) {
      return ChangeImpact.rewrite(COPY, true, "copies values through a temporary column with one UPDATE of every row,"
          + " then drops the old column, which rebuilds the table");
    }
    if (alter.typeChanged() && !inPlaceTypeChange(alter.from().type(), alter.to().type())) {
      return ChangeImpact.rewrite(COPY, true, "copies the whole table (MODIFY COLUMN) while writes wait");
    }
    if (alter.identityChanged()) {
      return ChangeImpact.rewrite(COPY, true, "adds or drops auto_increment (MODIFY COLUMN), which copies the whole table"
          + " while writes wait; a new counter starts past the largest id");
    }
    if (alter.nullabilityChanged()) {
      return ChangeImpact.rewrite(ONLINE, false, "rebuilds the table in place (MODIFY COLUMN) while writes continue");
    }
    return ChangeImpact.metadataOnly(METADATA, "changes the data dictionary only (MODIFY COLUMN)");
  }

  /**
   * A varchar that keeps its length prefix size (at most 255 bytes, or more than 255, in utf8mb4),
   * or an enum that only gains constants at the end of its (sorted) list, changes in place.
   */
  static boolean inPlaceTypeChange(ColumnType from, ColumnType to) {
    if (from.kind() != to.kind()) {
      return false;
    }
    if (to.kind() == TypeKind.VARCHAR) {
      return to.length() >= from.length() && (from.length() * 4 > 255) == (to.length() * 4 > 255);
    }
    if (to.kind() == TypeKind.ENUM_STRING) {
      var before = from.values().stream().sorted().toList();
      var after = to.values().stream().sorted().toList();
      return after.size() >= before.size() && after.subList(0, before.size()).equals(before);
    }
    return false;
  }
}
