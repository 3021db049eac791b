package dev.godwit.processor.dialect;

import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddColumn;
import dev.godwit.processor.diff.Change.AddUnique;
import dev.godwit.processor.diff.Change.AlterColumn;
import dev.godwit.processor.diff.Change.CreateIndex;
import dev.godwit.processor.diff.Change.DropColumn;
import dev.godwit.processor.diff.Change.DropIndex;
import dev.godwit.processor.diff.Change.DropUnique;
import dev.godwit.processor.diff.Change.RenameColumn;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.TypeKind;
import java.util.List;
import java.util.Optional;

/**
 * MySQL's and MariaDB's online DDL: each change the target server can run without blocking writers
 * asks for it explicitly ({@code ALGORITHM=INSTANT}, or {@code INPLACE} with {@code LOCK=NONE}), so
 * the server refuses instead of silently copying the table. Other changes keep their plain form.
 */
final class MySqlSafeForms {
  private static final String INSTANT = "algorithm=instant";
  private static final String ONLINE = "algorithm=inplace, lock=none";
  /** utf8mb4 stores up to 4 bytes a character; a VARCHAR of at most 255 bytes has a 1-byte length prefix. */
  private static final int BYTES_PER_CHAR = 4;

  private final MySqlDialect dialect;
  private final MySqlVersion server;

  MySqlSafeForms(MySqlDialect dialect, MySqlVersion server) {
    this.dialect = dialect;
    this.server = server;
  }

  List<String> statements(Change change) {
    return clause(change).map(clause -> withClause(change, clause)).orElseGet(() -> dialect.plain(change));
  }

  /** The online clause the target server accepts for this change, if any. */
  Optional<String> clause(Change change) {
    if (change instanceof AddColumn c && volatileDefault(c)) {
      // every existing row needs its own value: MariaDB 11.4 refuses INSTANT and INPLACE (measured), MySQL 8
      // takes no expression default instantly; the plain form copies the table, which the safety rules report
      return Optional.empty();
    } else if (change instanceof AddColumn c && !server.mariadb() && expressionDefault(c)) {
      // MySQL 8 refuses INSTANT, and INPLACE too, for a column added with an expression default (error 1845,
      // measured on 8.0.15; vitess#16024): without a clause the server copies the table. MariaDB takes INSTANT for a
      // non-volatile expression default (measured on 11.4)
      return Optional.empty();
    } else if (change instanceof AddColumn c && (c.backfill().isEmpty() || c.column().nullable())) {
      return Optional.of(server.instantAddColumn() ? INSTANT : ONLINE);
    } else if (change instanceof AddColumn c && PostgresSafeForms.isLiteral(c.backfill().get())) {
      return server.instantAddColumn() ? Optional.of(INSTANT) : Optional.empty();
    } else if (change instanceof DropColumn) {
      // no clause: a column inside an index cannot be dropped instantly (the server refuses it), and
      // the change carries no index information; the plain form rebuilds in place
      return Optional.empty();
    } else if (change instanceof RenameColumn) {
      return Optional.of(server.instantRenameColumn() ? INSTANT : ONLINE);
    } else if (change instanceof CreateIndex || change instanceof DropIndex
        || change instanceof AddUnique || change instanceof DropUnique || change instanceof Change.RenameInterimKey) {
      return Optional.of(ONLINE);
    } else if (change instanceof AlterColumn c && (widensVarcharInPlace(c) || onlyDropsNotNull(c))) {
      return Optional.of(ONLINE);
    }
    return Optional.empty();
  }

  /** The plain impact, made a safe form where the clause guarantees the server keeps writes flowing. */
  ChangeImpact impact(Change change) {
    ChangeImpact plain = MySqlImpacts.of(change);
    Optional<String> clause = clause(change);
    if (clause.isEmpty() || !checks(change).isEmpty()) {
      return plain; // adding a check constraint copies the table
    }
    String lock = clause.get().equals(INSTANT) ? "exclusive metadata lock, brief" : "shared metadata lock, brief exclusive at"
        + " start and end";
    // a rename stays a review: instances of the previous release still use the old name
    boolean safe = !(change instanceof RenameColumn);
    return new ChangeImpact(safe, lock, false, plain.rewritesTable() && !clause.get().equals(INSTANT),
        plain.scalesWithTable() && !clause.get().equals(INSTANT), "runs with " + clause.get().toUpperCase(java.util.Locale.ROOT)
        + (clause.get().equals(INSTANT) ? ": changes the data dictionary only" : ": works in place while writes continue")
        + "; the server refuses the statement rather than fall back to a copy that blocks writers");
  }

  private List<String> withClause(Change change, String clause) {
    if (change instanceof AddColumn c && !c.column().nullable() && c.backfill().isPresent()) {
      // a constant default is instant: existing rows read it from the dictionary; then it is dropped
      Column column = c.column();
      String table = "alter table " + dialect.quote(c.table());
      List<String> statements = new java.util.ArrayList<>(List.of(
          table + " add column " + dialect.columnDefinition(c.table(), column) + " default " + c.backfill().get() + ", " + clause,
          table + " alter column " + dialect.quote(column.name()) + " drop default, " + clause));
      statements.addAll(checks(change));
      return statements;
    }
    if (change instanceof AddColumn || change instanceof RenameColumn) {
      // only the column itself is instant; its check constraint (enum ordinals) scans the table
      List<String> plain = dialect.plain(change);
      if (plain.isEmpty()) {
        return plain; // a change of quoting alone
      }
      List<String> statements = new java.util.ArrayList<>(List.of(plain.get(0) + ", " + clause));
      statements.addAll(plain.subList(1, plain.size()));
      return statements;
    }
    if (change instanceof CreateIndex) {
      // CREATE INDEX takes the options without commas
      return dialect.plain(change).stream().map(s -> s + " " + clause.replace(",", "")).toList();
    }
    if (change instanceof DropIndex c) {
      // MariaDB's DROP INDEX takes no ALGORITHM; ALTER TABLE ... DROP INDEX does, on both servers
      return List.of("alter table " + dialect.quote(c.table()) + " drop index " + dialect.quote(c.index().name()) + ", " + clause);
    }
    return dialect.plain(change).stream().map(s -> s + ", " + clause).toList();
  }

  private List<String> checks(Change change) {
    return dialect.plain(change).stream().filter(s -> s.contains(" add constraint ") && s.contains(" check (")).toList();
  }

  /**
   * Whether the added column's default ({@code @ColumnDefault}) is what MySQL calls an expression
   * default, written in parentheses: {@code (2+5)}, {@code (uuid())}. {@code CURRENT_TIMESTAMP} is
   * none (MySQL 8.0.15 adds such a column with INSTANT, measured).
   */
  static boolean expressionDefault(AddColumn change) {
    return change.column().defaultValue().map(String::trim).filter(d -> d.startsWith("(")).isPresent();
  }

  /** Whether the target is MySQL (not MariaDB), which adds no column with an expression default instantly. */
  boolean refusesInstantFor(AddColumn change) {
    return !server.mariadb() && expressionDefault(change) && !volatileDefault(change) && !change.column().identity();
  }

  /** Whether the added column's default ({@code @ColumnDefault}) calls a volatile function such as {@code uuid()}. */
  static boolean volatileDefault(AddColumn change) {
    return !SqlWords.volatileCalls(change.column().defaultValue().orElse("")).isEmpty();
  }

  private static boolean widensVarcharInPlace(AlterColumn change) {
    Column from = change.from();
    Column to = change.to();
    return from.type().kind() == TypeKind.VARCHAR && to.type().kind() == TypeKind.VARCHAR
        && from.nullable() == to.nullable() && change.using().isEmpty()
        && to.type().length() >= from.type().length()
        && (to.type().length() * BYTES_PER_CHAR <= 255 || from.type().length() > 255);
  }

  private static boolean onlyDropsNotNull(AlterColumn change) {
    return !change.typeChanged() && change.nullabilityChanged() && change.to().nullable();
  }
}
