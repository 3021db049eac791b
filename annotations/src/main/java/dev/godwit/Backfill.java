package dev.godwit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The SQL expression that gives existing rows a value when a NOT NULL column is added to a table
 * that already exists, or that converts existing values when a column's type changes.
 *
 * <p>Examples: {@code @Backfill("'active'")}, {@code @Backfill("lower(email)")},
 * {@code @Backfill("CAST(age AS INTEGER)")}. The expression is written into the migration as is,
 * so it must be valid on every dialect Godwit generates for.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface Backfill {
  /** SQL expression evaluated per existing row. */
  String value();

  /** Rows updated per batch where the migration form supports batching. */
  int batchSize() default 1000;

  /**
   * Only with {@code @Renamed(strategy = Strategy.EXPAND_CONTRACT)} and a type change: the SQL
   * expression that converts a value of the new column back to the old column's type, for the
   * trigger that keeps the old column up to date while instances of the previous release still
   * read it; it may name only the new column. Empty: a cast to the old column's type, written as
   * each dialect writes it.
   */
  String reverse() default "";
}
