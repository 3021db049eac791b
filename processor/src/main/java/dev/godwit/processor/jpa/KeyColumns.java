package dev.godwit.processor.jpa;

import dev.godwit.processor.jpa.TableParts.KeyColumn;
import java.util.List;
import javax.lang.model.element.Element;

/** The primary key of an entity's table as a foreign key referring to the entity sees it. */
interface KeyColumns {

  /**
   * The key columns in Hibernate's order; empty after an error, reported on {@code referrer} when
   * the entity has no key to refer to.
   */
  List<KeyColumn> of(Entity entity, Element referrer);

  /** The database name of the table holding the entity's rows (a SINGLE_TABLE parent's for a subclass). */
  String table(Entity entity);

  /** That table's logical name. */
  String logicalTable(Entity entity);

  /**
   * Runs {@code action} once every entity table is complete (its attributes mapped): join columns
   * naming non-key columns of another table find them then, as Hibernate binds them in a second pass.
   */
  void afterTables(Runnable action);

  /** The table holding the entity's rows; complete in an {@link #afterTables} action. */
  TableParts tableOf(Entity entity);
}
