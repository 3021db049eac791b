package dev.godwit.processor;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.jpa.EntityModel;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.OnDelete;
import dev.godwit.processor.model.Table;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * Reports the delete actions ({@code @OnDelete}) Hibernate 6.6 writes for MySQL but InnoDB does not
 * carry out as written, where {@code mysql} is configured: {@code set default}, which MySQL 8
 * refuses and MariaDB accepts but enforces as {@code restrict} (measured on MariaDB 11.4: the key
 * reports {@code DELETE_RULE} restrict), and {@code set null} on a column that cannot be null,
 * which both refuse ({@code Foreign key constraint is incorrectly formed}), so Hibernate's own DDL
 * leaves the key out. Godwit reports it on the attribute rather than write a schema that differs.
 */
final class DeleteActionCheck {
  private DeleteActionCheck() {}

  /** False if an error was reported, now or earlier. */
  static boolean buildable(EntityModel model, List<String> dialects, Reporter reporter) {
    if (!dialects.contains("mysql")) {
      return !reporter.hasErrors();
    }
    for (Table table : model.schema().tables()) {
      for (ForeignKey key : table.foreignKeys()) {
        Optional<String> problem = problem(table, key);
        if (problem.isPresent()) {
          Element element = model.origin(table.name(), key.columns().get(0)).or(() -> model.origin(table.name()))
              .orElse(null);
          reporter.error(Code.INVALID_MAPPING, "@OnDelete(action = " + key.onDelete() + ") on foreign key " + key.name()
              + " of " + table.name() + " (" + String.join(", ", key.columns()) + "): " + problem.get()
              + ", or remove mysql from -Agodwit.dialects", element);
        }
      }
    }
    return !reporter.hasErrors();
  }

  private static Optional<String> problem(Table table, ForeignKey key) {
    if (key.onDelete() == OnDelete.SET_DEFAULT) {
      return Optional.of("InnoDB does not implement SET DEFAULT (MySQL refuses the key, MariaDB enforces it as "
          + "RESTRICT). Use another action");
    }
    if (key.onDelete() == OnDelete.SET_NULL) {
      List<String> notNull = key.columns().stream().filter(c -> table.primaryKey().contains(c)
          || table.column(c).map(column -> !column.nullable()).orElse(false)).toList();
      if (!notNull.isEmpty()) {
        return Optional.of("MySQL and MariaDB refuse SET NULL on a column that cannot be null ("
            + String.join(", ", notNull) + "), and Hibernate's own DDL then has no such key. Make the column "
            + "nullable or use another action");
      }
    }
    return Optional.empty();
  }
}
