package dev.godwit.processor.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A check constraint from Hibernate's {@code @Check}: on a column when {@code column} is present,
 * otherwise on the table. {@code name} is the user's name; without one the database chooses it.
 */
public record Check(Optional<String> name, Optional<String> column, String condition) {

  public Check {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(condition, "condition");
  }

  /** Identifies the check: equal keys, equal checks. */
  public String key() {
    return column.orElse("") + "\u0000" + name.orElse("") + "\u0000" + condition;
  }

  /**
   * The column an unnamed check is named after: its own column, else the first column its
   * condition refers to (PostgreSQL's rule); empty for a table check that names no column.
   */
  public Optional<String> namingColumn() {
    return column.or(() -> CheckColumns.firstReference(condition));
  }

  public String describe() {
    return name.map(n -> n + " ").orElse("") + "check (" + condition + ")";
  }
}
