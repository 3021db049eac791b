package dev.godwit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Acknowledges schema changes that Godwit reports as unsafe (errors) or needing review
 * (warnings). Put it on any class, an entity or a {@code package-info}; repeat it for changes with
 * different reasons. Each entry of {@link #value()} names what the finding names: a table
 * ({@code "customer"}), a column ({@code "customer.email"}) or a constraint or index
 * ({@code "customer.uk_customer_email"}), by database name. An entry covers only the findings on
 * what it names, and where that thing has findings with different codes, {@link #code()} must say
 * which ones, so acknowledging one change never silences another. The reason is written into the
 * migration header and its review report.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Repeatable(AllowDestructive.List.class)
public @interface AllowDestructive {
  /** Database names of the tables, columns ({@code "table.column"}) or constraints ({@code "table.name"}). */
  String[] value();

  /** Why the change is acceptable; required and non-empty, recorded in the migration. */
  String reason();

  /** The finding codes acknowledged, e.g. {@code "GW402"}; empty covers the one finding named. */
  String[] code() default {};

  /** Several acknowledgements on one element. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.TYPE, ElementType.PACKAGE})
  @interface List {
    AllowDestructive[] value();
  }
}
