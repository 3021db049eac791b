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
import java.util.List;

/**
 * What PostgreSQL does with the plain DDL Godwit writes today. Every {@code ALTER TABLE} takes
 * ACCESS EXCLUSIVE (reads and writes wait) unless noted; {@code CREATE INDEX} takes SHARE (writes
 * wait); {@code ADD FOREIGN KEY} takes SHARE ROW EXCLUSIVE on both tables.
 */
final class PostgresImpacts {
  static final String ACCESS_EXCLUSIVE = "ACCESS EXCLUSIVE";

  private PostgresImpacts() {}

  static ChangeImpact of(Change change, Dialect dialect) {
    if (change instanceof DropTable || change instanceof RenameTable || change instanceof RenameColumn
        || change instanceof DropColumn || change instanceof DropIndex || change instanceof DropUnique
        || change instanceof DropForeignKey || change instanceof Change.RenameInterimKey
        || change instanceof Change.DropCheck || change instanceof Change.AlterColumnDefault) {
      return ChangeImpact.metadataOnly(ACCESS_EXCLUSIVE, "changes the catalog only, under a brief ACCESS EXCLUSIVE lock"
          + " that still queues behind every open transaction on the table");
    } else if (change instanceof Change.CommentColumn || change instanceof Change.CommentTable) {
      return ChangeImpact.metadataOnly("SHARE UPDATE EXCLUSIVE", "changes the comment in the catalog only; reads and"
          + " writes continue");
    } else if (change instanceof Change.AddCheck) {
      return ChangeImpact.scan(ACCESS_EXCLUSIVE, true, "checks every row against the condition while reads and writes"
          + " wait");
    } else if (change instanceof Change.RenameKey) {
      return ChangeImpact.metadataOnly(ACCESS_EXCLUSIVE, "renames the key in the catalog only, under a brief lock that"
          + " still queues behind every open transaction on the table; the key holds throughout");
    } else if (change instanceof Change.RenameSequence) {
      return ChangeImpact.metadataOnly(ACCESS_EXCLUSIVE + " on the sequence", "renames the sequence in the catalog only;"
          + " its current value stays, so the ids continue");
    } else if (change instanceof Change.ExpandTable || change instanceof Change.RevertExpandTable) {
      return ChangeImpact.metadataOnly(ACCESS_EXCLUSIVE, "renames the table and creates the view with the old name in"
          + " one transaction, in the catalog only, under a brief ACCESS EXCLUSIVE lock that still queues behind every"
          + " open transaction on the table");
    } else if (change instanceof Change.ContractColumn || change instanceof Change.RevertExpandColumn) {
      return ChangeImpact.metadataOnly(ACCESS_EXCLUSIVE, "drops the sync trigger and the column in the catalog only,"
          + " under a brief ACCESS EXCLUSIVE lock that still queues behind every open transaction on the table");
    } else if (change instanceof Change.ExpandColumn || change instanceof Change.RestoreColumn) {
      return ChangeImpact.rewrite(ACCESS_EXCLUSIVE, true, "adds the column and its sync trigger, then one UPDATE writes"
          + " every row (writers to those rows wait until it commits)");
    } else if (change instanceof AddColumn add) {
      return addColumn(add, dialect);
    } else if (change instanceof AlterColumn alter) {
      return alterColumn(alter, dialect);
    } else if (change instanceof AlterPrimaryKey alter && !alter.to().isEmpty() || change instanceof AddUnique) {
      return ChangeImpact.scan(ACCESS_EXCLUSIVE, true, "builds a unique index over every row while reads and writes wait");
    } else if (change instanceof AlterPrimaryKey) {
      return ChangeImpact.metadataOnly(ACCESS_EXCLUSIVE, "drops the primary key under a brief ACCESS EXCLUSIVE lock");
    } else if (change instanceof CreateIndex) {
      return ChangeImpact.scan("SHARE", true, "builds the index over every row while writes wait (reads continue)");
    } else if (change instanceof AddForeignKey add && !add.ofNewTable()) {
      return ChangeImpact.scan("SHARE ROW EXCLUSIVE on both tables", true,
          "checks every existing row against the referenced table while writes to both tables wait");
    }
    return DefaultImpacts.of(change);
  }

  private static ChangeImpact addColumn(AddColumn add, Dialect dialect) {
    if (add.column().identity()) {
      return ChangeImpact.rewrite(ACCESS_EXCLUSIVE, true, "rewrites the table to number every row while reads and writes wait");
    }
    List<String> calls = SqlWords.volatileCalls(add.column().defaultValue().orElse(""));
    if (!calls.isEmpty()) {
      // a volatile default cannot be kept in the catalog (PostgreSQL 11's fast default is for constants only)
      return ChangeImpact.rewrite(ACCESS_EXCLUSIVE, true, "rewrites the table and its indexes, giving every existing row"
          + " its own value of the volatile default (" + String.join("(), ", calls) + "()), while reads and writes wait");
    }
    if (add.backfill().isPresent() && !add.column().nullable()) {
      return ChangeImpact.rewrite(ACCESS_EXCLUSIVE, true, "adds the column, then one UPDATE writes every row (writers to"
          + " those rows wait until it commits), then SET NOT NULL scans the table under ACCESS EXCLUSIVE");
    }
    if (dialect.hasCheck(add.column())) {
      return ChangeImpact.scan(ACCESS_EXCLUSIVE, true, "adds the column in the catalog, then its check constraint scans"
          + " every row while reads and writes wait");
    }
    return ChangeImpact.metadataOnly(ACCESS_EXCLUSIVE, "adds the column in the catalog only (existing rows read NULL)");
  }

  private static ChangeImpact alterColumn(AlterColumn alter, Dialect dialect) {
    if (alter.using().isPresent() && alter.typeChanged()
        || alter.typeChanged() && !freeTypeChange(alter.from().type(), alter.to().type())) {
      return ChangeImpact.rewrite(ACCESS_EXCLUSIVE, true, "rewrites the table and rebuilds its indexes while reads and"
          + " writes wait");
    }
    if (alter.nullabilityChanged() && !alter.to().nullable()) {
      return alter.using().isPresent()
          ? ChangeImpact.rewrite(ACCESS_EXCLUSIVE, true, "updates the rows holding NULL, then SET NOT NULL scans every"
              + " row while reads and writes wait")
          : ChangeImpact.scan(ACCESS_EXCLUSIVE, true, "scans every row for NULL (SET NOT NULL) while reads and writes wait");
    }
    if (!dialect.check(alter.from()).equals(dialect.check(alter.to())) && dialect.hasCheck(alter.to())) {
      return ChangeImpact.scan(ACCESS_EXCLUSIVE, true, "replaces the check constraint, which scans every row while"
          + " reads and writes wait");
    }
    return ChangeImpact.metadataOnly(ACCESS_EXCLUSIVE, "changes the catalog only, under a brief ACCESS EXCLUSIVE lock");
  }

  /** PostgreSQL keeps the stored bytes, without a rewrite, when a type only gets roomier. */
  static boolean freeTypeChange(ColumnType from, ColumnType to) {
    if (from.kind() != to.kind()) {
      return false;
    }
    return switch (to.kind()) {
      case VARCHAR, ENUM_STRING -> to.length() >= from.length();
      case NUMERIC -> to.scale() == from.scale() && to.precision() >= from.precision();
      case TIME, TIMESTAMP, TIMESTAMP_UTC -> to.precision() >= from.precision();
      case ENUM_ORDINAL -> true;
      default -> false;
    };
  }
}
