package dev.godwit.processor;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.dialect.H2Dialect;
import dev.godwit.processor.jpa.EntityModel;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.Identifiers;
import dev.godwit.processor.model.Table;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * Reports the foreign keys Hibernate 6.6 cannot create on H2: from a table in a schema
 * ({@code @Table(schema)}) to a table of the default schema. Hibernate names the referenced table
 * unqualified, and H2 looks it up in the schema of the table the key is on, so Hibernate's own DDL
 * fails ({@code Table "CUSTOMER" not found}) and its schema has no such key. Godwit reports it on
 * the attribute rather than create a schema that differs from Hibernate's.
 */
final class CrossSchemaCheck {
  private CrossSchemaCheck() {}

  /**
   * Reports the table moves to another schema where h2 is configured: H2 has no
   * {@code alter table ... set schema} and refuses a rename into another schema, so a move there
   * would have to copy the table. False if an error was reported, now or earlier.
   */
  static boolean movable(EntityModel model, java.util.Map<String, String> tableRenames, List<String> dialects,
      Reporter reporter) {
    if (dialects.contains("h2")) {
      tableRenames.forEach((to, from) -> {
        // between the default schema and public nothing moves on H2 (both are PUBLIC there)
        if (!Identifiers.schema(to).equals(Identifiers.schema(from))
            && !(H2Dialect.inDefaultSchema(from) && H2Dialect.inDefaultSchema(to))) {
          reporter.error(Code.UNSUPPORTED_MAPPING, "table " + from + " moves to " + to + ": H2 cannot move a table "
              + "to another schema (it has no ALTER TABLE ... SET SCHEMA and renames only within a schema), and Godwit "
              + "does not copy tables yet. Keep the schema, or remove h2 from -Agodwit.dialects (PostgreSQL moves it "
              + "with SET SCHEMA, MySQL/MariaDB keep no schemas)", model.origin(to).orElse(null));
        }
      });
    }
    return !reporter.hasErrors();
  }

  /** False if an error was reported, now or earlier. */
  static boolean buildable(EntityModel model, List<String> dialects, Reporter reporter) {
    if (!dialects.contains("h2")) {
      return !reporter.hasErrors();
    }
    for (Table table : model.schema().tables()) {
      // from H2's default schema (unqualified, or public), an unqualified reference is looked up right there
      if (H2Dialect.inDefaultSchema(table.name())) {
        continue;
      }
      for (ForeignKey key : table.foreignKeys()) {
        if (Identifiers.schema(key.referencedTable()).isEmpty()) {
          Element element = model.origin(table.name(), key.columns().get(0)).or(() -> model.origin(table.name()))
              .orElse(null);
          reporter.error(Code.UNSUPPORTED_MAPPING, "foreign key " + key.name() + " of " + table.name() + " references "
              + key.referencedTable() + " in the default schema. Hibernate cannot create it on H2 (its DDL names "
              + key.referencedTable() + " unqualified, and H2 looks it up in schema "
              + Identifiers.schema(table.name()).get() + "), so Godwit does not either. Put " + key.referencedTable()
              + " into a schema too (@Table(schema = ...)), or remove h2 from -Agodwit.dialects", element);
        }
      }
    }
    return !reporter.hasErrors();
  }
}
