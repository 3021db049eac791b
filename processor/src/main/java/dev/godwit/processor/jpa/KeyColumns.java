package dev.godwit.processor.jpa;

import dev.godwit.processor.jpa.TableParts.KeyColumn;
import java.util.List;

/** The primary key of an entity's table as a foreign key referring to the entity sees it. */
interface KeyColumns {

  /** The key columns in Hibernate's order; empty after an error reported elsewhere. */
  List<KeyColumn> of(Entity entity);

  /** The database name of the table holding the entity's rows (a SINGLE_TABLE parent's for a subclass). */
  String table(Entity entity);

  /** That table's logical name. */
  String logicalTable(Entity entity);
}
