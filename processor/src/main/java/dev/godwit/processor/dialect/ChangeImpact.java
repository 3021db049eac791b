package dev.godwit.processor.dialect;

import java.util.Objects;

/**
 * How one dialect performs one planned change with the SQL Godwit writes for it: the lock it takes,
 * whether that lock keeps writers waiting for as long as the statement runs, whether the table is
 * rewritten, and whether the work grows with the number of rows. Safety rules read it to classify a
 * change per dialect; the review report prints it.
 *
 * @param safeForm Godwit writes an online form for this change (concurrent build, NOT VALID then
 *     VALIDATE, ALGORITHM=INSTANT ...), so it needs no review on this dialect
 * @param lock the lock taken, in the database's own words, e.g. {@code "ACCESS EXCLUSIVE"}
 * @param blocksWrites writers wait for the whole statement, not only for a brief metadata step
 * @param rewritesTable every row is written again (a table copy or rebuild, or an update of all rows)
 * @param scalesWithTable the time the statement runs grows with the table's size
 * @param howDone one line for messages and the report, e.g. {@code "builds the index while writes wait"}
 */
public record ChangeImpact(
    boolean safeForm, String lock, boolean blocksWrites, boolean rewritesTable, boolean scalesWithTable,
    String howDone) {

  public ChangeImpact {
    Objects.requireNonNull(lock, "lock");
    Objects.requireNonNull(howDone, "howDone");
  }

  /** Nothing existing is touched: a new table, a new sequence. */
  public static ChangeImpact noExistingRows(String howDone) {
    return new ChangeImpact(true, "none on existing tables", false, false, false, howDone);
  }

  /** One row written or deleted (a table generator's row): a row lock, nothing else waits. */
  public static ChangeImpact oneRow(String howDone) {
    return new ChangeImpact(true, "one row", false, false, false, howDone);
  }

  /** A catalog-only change under a lock that is held briefly, whatever the table's size. */
  public static ChangeImpact metadataOnly(String lock, String howDone) {
    return new ChangeImpact(false, lock, false, false, false, howDone);
  }

  /** A statement that reads every row (a scan or index build) while holding {@code lock}. */
  public static ChangeImpact scan(String lock, boolean blocksWrites, String howDone) {
    return new ChangeImpact(false, lock, blocksWrites, false, true, howDone);
  }

  /** A statement that writes every row again while holding {@code lock}. */
  public static ChangeImpact rewrite(String lock, boolean blocksWrites, String howDone) {
    return new ChangeImpact(false, lock, blocksWrites, true, true, howDone);
  }

  /** Whether writers wait for a time that grows with the table: the case a review is about. */
  public boolean stallsWritersWithTableSize() {
    return !safeForm && blocksWrites && scalesWithTable;
  }

  public ChangeImpact asSafeForm() {
    return new ChangeImpact(true, lock, blocksWrites, rewritesTable, scalesWithTable, howDone);
  }
}
