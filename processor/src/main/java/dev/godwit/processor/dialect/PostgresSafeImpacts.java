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

/**
 * What PostgreSQL does with the safe forms of {@link PostgresSafeForms}. A change is a safe form
 * when writers never wait longer than the lock timeout, whatever the table's size; changes whose
 * only form still rewrites or scans under ACCESS EXCLUSIVE (a type change that rewrites, an
 * identity column, SET NOT NULL before PostgreSQL 12) keep their plain impact.
 * "Safe" speaks of locks only: data loss and old application instances are the rules' concern.
 */
final class PostgresSafeImpacts {
  private static final String SHARE_UPDATE_EXCLUSIVE = "SHARE UPDATE EXCLUSIVE";

  private PostgresSafeImpacts() {}

  static ChangeImpact of(Change change, PostgresDialect dialect, int version, LockPolicy lock) {
    String brief = ", taken with a " + lock.timeout() + " lock timeout and retried with backoff, so writers wait at most"
        + " that long";
    ChangeImpact plain = PostgresImpacts.of(change, dialect);
    if (change instanceof CreateIndex) {
      return safeScan(SHARE_UPDATE_EXCLUSIVE, false, "builds the index concurrently (CREATE INDEX CONCURRENTLY, outside a"
          + " transaction) while reads and writes continue");
    } else if (change instanceof DropIndex) {
      return safe(SHARE_UPDATE_EXCLUSIVE, "drops the index concurrently (DROP INDEX CONCURRENTLY) while reads and writes"
          + " continue");
    } else if (change instanceof AddUnique) {
      return safeScan(SHARE_UPDATE_EXCLUSIVE + ", then ACCESS EXCLUSIVE briefly", false, "builds a unique index concurrently,"
          + " then attaches it as the constraint (ADD CONSTRAINT ... UNIQUE USING INDEX) under a brief ACCESS EXCLUSIVE lock"
          + brief);
    } else if (change instanceof AlterPrimaryKey alter && !alter.to().isEmpty()) {
      return safeScan(SHARE_UPDATE_EXCLUSIVE + ", then ACCESS EXCLUSIVE briefly", false, "builds a unique index on the new"
          + " key concurrently, then swaps the key to it in one statement (" + (alter.from().isEmpty() ? ""
          : "DROP CONSTRAINT, ") + "ADD CONSTRAINT ... PRIMARY KEY USING INDEX) under a brief ACCESS EXCLUSIVE lock" + brief);
    } else if (change instanceof AddForeignKey add && !add.ofNewTable()) {
      return safeScan("SHARE ROW EXCLUSIVE briefly, then " + SHARE_UPDATE_EXCLUSIVE, false, "adds the key NOT VALID under a"
          + " brief lock" + brief + "; VALIDATE CONSTRAINT then checks existing rows while writes continue");
    } else if (change instanceof Change.AddCheck) {
      return safeScan("ACCESS EXCLUSIVE briefly, then " + SHARE_UPDATE_EXCLUSIVE, false, "adds the check NOT VALID under a"
          + " brief lock" + brief + "; VALIDATE CONSTRAINT then checks existing rows while writes continue");
    } else if (change instanceof RenameTable || change instanceof RenameColumn) {
      // the lock is brief, but instances of the previous release still use the old name: only
      // expand/contract would make a rename safe, so it is not claimed as a safe form
      return new ChangeImpact(false, PostgresImpacts.ACCESS_EXCLUSIVE, false, false, false,
          "renames in the catalog only, under a brief ACCESS EXCLUSIVE lock" + brief);
    } else if (change instanceof Change.RenameKey) {
      return safe(change instanceof Change.RenameIndex ? SHARE_UPDATE_EXCLUSIVE : PostgresImpacts.ACCESS_EXCLUSIVE,
          "renames the key in the catalog only (RENAME CONSTRAINT, or ALTER INDEX ... RENAME), under a brief lock" + brief
          + "; the key holds throughout");
    } else if (change instanceof Change.RenameSequence) {
      return new ChangeImpact(false, PostgresImpacts.ACCESS_EXCLUSIVE + " on the sequence", false, false, false,
          "renames the sequence in the catalog only, keeping its current value, under a brief lock" + brief);
    } else if (change instanceof Change.ExpandTable || change instanceof Change.RevertExpandTable) {
      return safe(PostgresImpacts.ACCESS_EXCLUSIVE, "renames the table and creates the updatable view with the old name"
          + " in one step (one transaction), in the catalog only, under a brief ACCESS EXCLUSIVE lock" + brief
          + "; instances of the previous release read and write through the view");
    } else if (change instanceof Change.ContractTable) {
      return safe(PostgresImpacts.ACCESS_EXCLUSIVE + " on the view", "drops the view with the old name under a brief"
          + " lock on the view" + brief + "; the table is not touched");
    } else if (change instanceof DropTable || change instanceof DropColumn
        || change instanceof DropUnique || change instanceof DropForeignKey || change instanceof Change.RenameInterimKey) {
      return safe(PostgresImpacts.ACCESS_EXCLUSIVE, "changes the catalog only, under a brief ACCESS EXCLUSIVE lock" + brief);
    } else if (change instanceof Change.ContractColumn || change instanceof Change.RevertExpandColumn) {
      return safe(PostgresImpacts.ACCESS_EXCLUSIVE, "drops the sync trigger and the column in the catalog only, under a"
          + " brief ACCESS EXCLUSIVE lock" + brief);
    } else if (change instanceof Change.ExpandColumn || change instanceof Change.RestoreColumn) {
      return new ChangeImpact(true, "ROW EXCLUSIVE on the rows of one batch", false, true, true, "adds the column"
          + " nullable and a trigger that keeps it in sync with the other one (instances of the previous release write"
          + " the old column, this release the new one), each under a brief lock" + brief + "; fills it in batches of"
          + " about " + PostgresSafeForms.BATCH_MILLIS + " ms, committing after each"
          + (version >= 12 ? "; a NOT NULL is proven by a check validated while writes continue" : ""));
    } else if (change instanceof AddColumn add && !add.column().identity()) {
      return addColumn(add, plain, version, brief);
    } else if (change instanceof AlterColumn alter) {
      return alterColumn(alter, plain, version, brief);
    }
    return plain;
  }

  private static ChangeImpact addColumn(AddColumn add, ChangeImpact plain, int version, String brief) {
    if (!SqlWords.volatileCalls(add.column().defaultValue().orElse("")).isEmpty()) {
      return plain; // the rewrite holds ACCESS EXCLUSIVE once the lock is had: the lock timeout does not shorten it
    }
    if (add.column().nullable() || add.backfill().isEmpty()) {
      return plain.blocksWrites() ? checkedLater(plain, brief) : safe(PostgresImpacts.ACCESS_EXCLUSIVE,
          "adds the column in the catalog only (existing rows read NULL) under a brief ACCESS EXCLUSIVE lock" + brief);
    }
    if (PostgresSafeForms.isLiteral(add.backfill().get())) {
      return safe(PostgresImpacts.ACCESS_EXCLUSIVE, "adds the column with the constant as its default, which existing rows"
          + " read from the catalog without a rewrite, then drops the default; both under a brief ACCESS EXCLUSIVE lock" + brief);
    }
    if (version < 12) {
      return plain;
    }
    return new ChangeImpact(true, "ROW EXCLUSIVE on the rows of one batch", false, true, true, "adds the column nullable"
        + " under a brief lock" + brief + "; fills it in batches of about " + PostgresSafeForms.BATCH_MILLIS + " ms, committing"
        + " after each; " + (version >= 18 ? "adds NOT NULL NOT VALID and validates it while writes continue"
        : "proves NOT NULL with a check validated while writes continue, then sets it without a scan"));
  }

  private static ChangeImpact alterColumn(AlterColumn alter, ChangeImpact plain, int version, String brief) {
    if (alter.typeChanged() && (alter.using().isPresent()
        || !PostgresImpacts.freeTypeChange(alter.from().type(), alter.to().type()))) {
      return plain;
    }
    if (alter.nullabilityChanged() && !alter.to().nullable()) {
      if (version < 12) {
        return plain;
      }
      return new ChangeImpact(true, SHARE_UPDATE_EXCLUSIVE + ", ACCESS EXCLUSIVE briefly", false,
          alter.using().isPresent(), true, (alter.using().isPresent() ? "fills the NULLs in batches committed one by one;"
          : "") + (version >= 18 ? " adds the NOT NULL constraint NOT VALID, then validates it while writes continue"
          + " (PostgreSQL 18+)" : " adds CHECK (... IS NOT NULL) NOT VALID, validates it while writes continue, then SET"
          + " NOT NULL uses it instead of scanning (PostgreSQL 12+) and the check is dropped") + "; each brief lock" + brief);
    }
    return plain.blocksWrites() ? checkedLater(plain, brief) : safe(PostgresImpacts.ACCESS_EXCLUSIVE,
        "changes the catalog only, under a brief ACCESS EXCLUSIVE lock" + brief);
  }

  /** A new or changed check constraint is added NOT VALID and validated while writes continue. */
  private static ChangeImpact checkedLater(ChangeImpact plain, String brief) {
    return safeScan(SHARE_UPDATE_EXCLUSIVE + ", ACCESS EXCLUSIVE briefly", false, "adds the check constraint NOT VALID under"
        + " a brief lock" + brief + "; VALIDATE CONSTRAINT then scans while writes continue");
  }

  private static ChangeImpact safe(String lock, String howDone) {
    return new ChangeImpact(true, lock, false, false, false, howDone);
  }

  private static ChangeImpact safeScan(String lock, boolean rewrites, String howDone) {
    return new ChangeImpact(true, lock, false, rewrites, true, howDone);
  }
}
