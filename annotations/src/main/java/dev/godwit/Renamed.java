package dev.godwit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity (table rename) or a persistent field or getter (column rename) whose database
 * name changed. {@link #from()} is the previous database name as recorded in the Godwit snapshot.
 * Godwit then emits a rename instead of a drop and an add, so the data is kept.
 *
 * <p>Remove the annotation once the migration that performs the rename is committed; it is only
 * read while the snapshot still holds the old name.
 *
 * <p>With {@code strategy = Strategy.EXPAND_CONTRACT} on a column, the rename is split over two
 * releases so that instances of the previous release keep working: see {@link Strategy}. Together
 * with {@link Backfill} on the same attribute it also changes the column's type, {@link Backfill#value()}
 * converting old values to the new type and {@link Backfill#reverse()} new values back.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
public @interface Renamed {
  /** The previous database name of the table or column, exactly as in the snapshot. */
  String from();

  /**
   * {@link Strategy#IN_PLACE} (default): one migration renames. {@link Strategy#EXPAND_CONTRACT}
   * (columns only): add the new column kept in sync with the old one now, drop the old one in a
   * later release.
   */
  Strategy strategy() default Strategy.IN_PLACE;
}
