package dev.godwit.processor.dialect;

import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddColumn;
import dev.godwit.processor.diff.Expansion;
import dev.godwit.processor.model.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL's online form of an expand/contract ({@link ExpandForms} has the plain one): every
 * step that locks the table is retried under the short lock timeout, the fill runs in batches
 * that commit one by one, and NOT NULL is proven by a validated check instead of a scan. The fill
 * takes only the rows whose conversion gives a value, so it ends even where it gives NULL.
 */
final class PostgresExpandForms {
  private final PostgresDialect dialect;
  private final PostgresSafeForms safeForms;

  PostgresExpandForms(PostgresDialect dialect, PostgresSafeForms safeForms) {
    this.dialect = dialect;
    this.safeForms = safeForms;
  }

  static boolean handles(Change change) {
    return change instanceof Change.ExpandColumn || change instanceof Change.RevertExpandColumn
        || change instanceof Change.ContractColumn || change instanceof Change.RestoreColumn;
  }

  List<String> statements(Change change) {
    if (change instanceof Change.ExpandColumn c) {
      return expand(c.expansion());
    } else if (change instanceof Change.RestoreColumn c) {
      return restore(c.expansion());
    } else if (change instanceof Change.ContractColumn c) {
      return contract(c.expansion());
    } else if (change instanceof Change.RevertExpandColumn c) {
      return revertExpand(c.expansion());
    }
    throw new IllegalArgumentException("not an expand/contract step: " + change);
  }

  private List<String> expand(Expansion expansion) {
    String table = expansion.table();
    List<String> statements = new ArrayList<>(safeForms.statements(
        new AddColumn(table, ExpandForms.withoutDefault(expansion.now()).withNullable(true), Optional.empty())));
    if (!expansion.old().nullable()) {
      statements.add(PostgresSafeForms.retried(dialect.dropNotNull(table, expansion.old())));
    }
    if (expansion.old().defaultValue().isPresent()) {
      statements.add(PostgresSafeForms.retried(ExpandForms.columnDefault(dialect, table, expansion.old().name(),
          Optional.empty())));
    }
    statements.addAll(sync(expansion));
    statements.add(fill(expansion, expansion.now(), ExpandForms.forward(dialect, expansion)));
    statements.addAll(safeForms.vacuum(table));
    if (!expansion.now().nullable()) {
      statements.addAll(safeForms.setNotNull(table, expansion.now()));
    }
    return statements;
  }

  private List<String> restore(Expansion expansion) {
    List<String> statements = new ArrayList<>();
    if (expansion.now().defaultValue().isPresent()) {
      statements.add(PostgresSafeForms.retried(ExpandForms.columnDefault(dialect, expansion.table(), expansion.now().name(),
          Optional.empty())));
    }
    statements.addAll(safeForms.statements(
        new AddColumn(expansion.table(), ExpandForms.withoutDefault(expansion.old()).withNullable(true), Optional.empty())));
    statements.addAll(sync(expansion));
    statements.add(fill(expansion, expansion.old(), ExpandForms.backward(dialect, expansion)));
    statements.addAll(safeForms.vacuum(expansion.table()));
    return statements;
  }

  private List<String> contract(Expansion expansion) {
    List<String> statements = dropSync(expansion);
    statements.add(PostgresSafeForms.retried(dropColumn(expansion.table(), expansion.old())));
    if (expansion.now().defaultValue().isPresent()) {
      statements.add(PostgresSafeForms.retried(ExpandForms.columnDefault(dialect, expansion.table(), expansion.now().name(),
          expansion.now().defaultValue())));
    }
    return statements;
  }

  private List<String> revertExpand(Expansion expansion) {
    List<String> statements = dropSync(expansion);
    if (!expansion.old().nullable()) {
      statements.addAll(safeForms.setNotNull(expansion.table(), expansion.old()));
    }
    if (expansion.old().defaultValue().isPresent()) {
      statements.add(PostgresSafeForms.retried(ExpandForms.columnDefault(dialect, expansion.table(), expansion.old().name(),
          expansion.old().defaultValue())));
    }
    statements.add(PostgresSafeForms.retried(dropColumn(expansion.table(), expansion.now())));
    return statements;
  }

  /** The function needs no lock on the table; creating the trigger takes a brief SHARE ROW EXCLUSIVE. */
  private List<String> sync(Expansion expansion) {
    List<String> create = dialect.createSync(expansion);
    return List.of(create.get(0), PostgresSafeForms.retried(create.get(1)));
  }

  private List<String> dropSync(Expansion expansion) {
    List<String> drop = dialect.dropSync(expansion);
    List<String> statements = new ArrayList<>();
    statements.add(PostgresSafeForms.retried(drop.get(0)));
    statements.add(drop.get(1));
    return statements;
  }

  private String fill(Expansion expansion, Column column, String expression) {
    return safeForms.backfillWhere(expansion.table(), column.name(), expression,
        dialect.quote(column.name()) + " is null and (" + expression + ") is not null");
  }

  private String dropColumn(String table, Column column) {
    return "alter table " + dialect.quote(table) + " drop column " + dialect.quote(column.name());
  }
}
