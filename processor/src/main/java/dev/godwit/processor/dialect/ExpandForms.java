package dev.godwit.processor.dialect;

import dev.godwit.processor.diff.Change.AddColumn;
import dev.godwit.processor.diff.Expansion;
import dev.godwit.processor.model.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The plain statements of an expand/contract, shared by the dialects; each dialect brings its own
 * sync ({@link Dialect#createSync}). The expand adds the new column nullable, makes the old one
 * nullable (instances of the new release do not write it), starts the sync before filling so rows
 * written meanwhile are synced too, fills the new column, then sets its NOT NULL.
 */
final class ExpandForms {
  private ExpandForms() {}

  static List<String> expand(Dialect dialect, Expansion expansion) {
    String table = expansion.table();
    Column old = expansion.old();
    Column now = expansion.now();
    List<String> statements = new ArrayList<>(dialect.addColumn(new AddColumn(table, withoutDefault(now).withNullable(true),
        Optional.empty())));
    if (!old.nullable()) {
      statements.add(dialect.dropNotNull(table, old));
    }
    if (old.defaultValue().isPresent()) {
      statements.add(columnDefault(dialect, table, old.name(), Optional.empty()));
    }
    statements.addAll(dialect.createSync(expansion));
    statements.add(fill(dialect, table, now, forward(dialect, expansion)));
    if (!now.nullable()) {
      statements.add(dialect.setNotNull(table, now));
    }
    return statements;
  }

  static List<String> revertExpand(Dialect dialect, Expansion expansion) {
    List<String> statements = new ArrayList<>(dialect.dropSync(expansion));
    if (!expansion.old().nullable()) {
      statements.add(dialect.setNotNull(expansion.table(), expansion.old()));
    }
    if (expansion.old().defaultValue().isPresent()) {
      statements.add(columnDefault(dialect, expansion.table(), expansion.old().name(), expansion.old().defaultValue()));
    }
    statements.add("alter table " + dialect.quote(expansion.table()) + " drop column " + dialect.quote(expansion.now().name()));
    return statements;
  }

  static List<String> contract(Dialect dialect, Expansion expansion) {
    List<String> statements = new ArrayList<>(dialect.dropSync(expansion));
    statements.add("alter table " + dialect.quote(expansion.table()) + " drop column " + dialect.quote(expansion.old().name()));
    if (expansion.now().defaultValue().isPresent()) {
      statements.add(columnDefault(dialect, expansion.table(), expansion.now().name(), expansion.now().defaultValue()));
    }
    return statements;
  }

  /**
   * The column without its default. Between the expand and the contract neither column has one:
   * each release leaves the other's column out of its inserts, and the sync fills a column only
   * where it is NULL, so a default there would stand in for the other column's value. The
   * contract gives the new column its default; the undo of the expand gives the old one its own back.
   */
  static Column withoutDefault(Column column) {
    return column.withDefaultValue(Optional.empty());
  }

  /** {@code alter table ... alter column ... set default / drop default}: the catalog only, on every dialect. */
  static String columnDefault(Dialect dialect, String table, String column, Optional<String> value) {
    return "alter table " + dialect.quote(table) + " alter column " + dialect.quote(column)
        + value.map(d -> " set default " + d).orElse(" drop default");
  }

  /** The undo of the contract: the state after the expand again (the old column nullable, synced). */
  static List<String> restore(Dialect dialect, Expansion expansion) {
    String table = expansion.table();
    List<String> statements = new ArrayList<>();
    if (expansion.now().defaultValue().isPresent()) {
      statements.add(columnDefault(dialect, table, expansion.now().name(), Optional.empty()));
    }
    statements.addAll(dialect.addColumn(
        new AddColumn(table, withoutDefault(expansion.old()).withNullable(true), Optional.empty())));
    statements.addAll(dialect.createSync(expansion));
    statements.add(fill(dialect, table, expansion.old(), backward(dialect, expansion)));
    return statements;
  }

  private static String fill(Dialect dialect, String table, Column column, String expression) {
    return "update " + dialect.quote(table) + " set " + dialect.quote(column.name()) + " = " + expression
        + " where " + dialect.quote(column.name()) + " is null";
  }

  /** The new column's value from the row's old column, over the table's columns. */
  static String forward(Dialect dialect, Expansion expansion) {
    return expansion.forward().orElseGet(() ->
        dialect.converted(dialect.quote(expansion.old().name()), expansion.old(), expansion.now()));
  }

  /** The old column's value from the row's new column, over the table's columns. */
  static String backward(Dialect dialect, Expansion expansion) {
    return expansion.backward().orElseGet(() ->
        dialect.converted(dialect.quote(expansion.now().name()), expansion.now(), expansion.old()));
  }

  /** {@code expression} over a trigger's row: its column references prefixed, e.g. {@code new.age}. */
  static String overRow(Dialect dialect, Expansion expansion, String expression, String row) {
    return RowExpressions.overRow(expression, Set.of(expansion.old().name(), expansion.now().name()),
        column -> row + "." + dialect.quote(column));
  }
}
