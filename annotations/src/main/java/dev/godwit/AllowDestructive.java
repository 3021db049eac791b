package dev.godwit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Acknowledges destructive schema changes (drops, narrowing type changes) that would otherwise
 * fail the compile. Put it on any class, an entity or a {@code package-info}. Each entry names a
 * table ({@code "customer"}) or a column ({@code "customer.email"}) by its database name; an
 * acknowledgement covers only the changes it names. The reason is written into the migration.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
public @interface AllowDestructive {
  /** Database names of the tables ({@code "table"}) or columns ({@code "table.column"}) acknowledged. */
  String[] value();

  /** Why the loss is acceptable; required and non-empty, recorded in the migration header. */
  String reason();
}
