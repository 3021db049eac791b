package dev.godwit.processor.dialect;

import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddColumn;
import dev.godwit.processor.diff.Change.AddForeignKey;
import dev.godwit.processor.diff.Change.AddUnique;
import dev.godwit.processor.diff.Change.AlterColumn;
import dev.godwit.processor.diff.Change.AlterPrimaryKey;
import dev.godwit.processor.diff.Change.CreateIndex;
import dev.godwit.processor.diff.Change.CreateSequence;
import dev.godwit.processor.diff.Change.CreateTable;
import dev.godwit.processor.diff.Change.DropColumn;
import dev.godwit.processor.diff.Change.DropForeignKey;
import dev.godwit.processor.diff.Change.DropIndex;
import dev.godwit.processor.diff.Change.DropSequence;
import dev.godwit.processor.diff.Change.DropTable;
import dev.godwit.processor.diff.Change.DropUnique;
import dev.godwit.processor.diff.Change.RenameColumn;
import dev.godwit.processor.diff.Change.RenameTable;
import dev.godwit.processor.diff.Change.AddCheck;
import dev.godwit.processor.diff.Change.AlterColumnDefault;
import dev.godwit.processor.diff.Change.CommentColumn;
import dev.godwit.processor.diff.Change.CommentTable;
import dev.godwit.processor.diff.Change.DropCheck;
import dev.godwit.processor.diff.Expansion;
import dev.godwit.processor.diff.TableExpansion;
import dev.godwit.processor.model.Check;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.GeneratorRow;
import dev.godwit.processor.model.IdColumn;
import dev.godwit.processor.model.Identifiers;
import dev.godwit.processor.model.Index;
import dev.godwit.processor.model.Sequence;
import dev.godwit.processor.model.Table;
import dev.godwit.processor.model.UniqueKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns schema changes into SQL statements for one database, writing types, names and constraints
 * exactly as Hibernate ORM 6.6's dialect for that database does in {@code hbm2ddl create}. The
 * base class holds the SQL the three dialects share; each subclass overrides what differs.
 */
public abstract class Dialect {

  private final Set<String> keywords;

  protected Dialect(Set<String> keywords) {
    this.keywords = keywords;
  }

  /** The folder name, equal to Spring Boot's {@code {vendor}} value. */
  public abstract String name();

  /** The DDL type Hibernate writes for this column type. */
  protected abstract String type(ColumnType type);

  /** A float with {@code @Column(precision)}, held as binary digits as Hibernate converts them. */
  protected static boolean isFloatWithPrecision(ColumnType type) {
    return (type.kind() == dev.godwit.processor.model.TypeKind.REAL || type.kind() == dev.godwit.processor.model.TypeKind.DOUBLE)
        && type.precision() > 0;
  }

  /**
   * The SQL statements (without terminating semicolons) that perform {@code change}: the plain DDL
   * unless the dialect writes a safe form for it.
   */
  public List<String> statements(Change change) {
    return plain(change);
  }

  /**
   * The statements of {@code change} in a migration that runs in one transaction or, when
   * {@code transactional} is false, step by step: those steps can be run again after a failure.
   */
  public List<String> statements(Change change, boolean transactional) {
    return statements(change);
  }

  /** Statements run once before a migration of these changes, e.g. a lock timeout. */
  public List<String> preamble(List<Change> changes) {
    return List.of();
  }

  /**
   * Whether a migration of these changes runs inside one transaction. Safe forms that build
   * concurrently or commit between batches cannot; Flyway is then told so next to the script.
   */
  public boolean transactional(List<Change> changes) {
    return true;
  }

  /** The DDL Hibernate itself would run for {@code change}. */
  protected final List<String> plain(Change change) {
    if (change instanceof CreateTable c) {
      return createTable(c.table());
    } else if (change instanceof Change.CreateSchema c) {
      return createSchema(c.schema());
    } else if (change instanceof Change.DropSchema c) {
      return dropSchema(c.schema());
    } else if (change instanceof DropTable c) {
      return List.of("drop table " + quote(c.table().name()));
    } else if (change instanceof RenameTable c) {
      return renameTable(c);
    } else if (change instanceof AddColumn c) {
      return addColumn(c);
    } else if (change instanceof DropColumn c) {
      return List.of("alter table " + quote(c.table()) + " drop column " + quote(c.column().name()));
    } else if (change instanceof RenameColumn c) {
      return renameColumn(c);
    } else if (change instanceof AlterColumn c) {
      return alterColumn(c);
    } else if (change instanceof AlterPrimaryKey c) {
      List<String> statements = new ArrayList<>();
      if (!c.from().isEmpty()) {
        statements.add(dropPrimaryKey(c.table()));
      }
      if (!c.to().isEmpty()) {
        statements.add("alter table " + quote(c.table()) + " add primary key (" + quoteAll(c.to()) + ")");
      }
      return statements;
    } else if (change instanceof AddUnique c) {
      return List.of("alter table " + quote(c.table()) + " add " + uniqueConstraint(c.table(), c.key()));
    } else if (change instanceof DropUnique c) {
      return List.of(dropUnique(c.table(), c.key()));
    } else if (change instanceof CreateIndex c) {
      return List.of(createIndex(c.table(), c.index()));
    } else if (change instanceof DropIndex c) {
      return List.of(dropIndex(c.table(), c.index()));
    } else if (change instanceof Change.RenameInterimKey c) {
      return List.of(renameIndex(c));
    } else if (change instanceof AddForeignKey c) {
      return List.of("alter table " + quote(c.table()) + " add " + foreignKeyClause(c.table(), c.key()));
    } else if (change instanceof DropForeignKey c) {
      return List.of(dropForeignKey(c.table(), c.key().name()));
    } else if (change instanceof CreateSequence c) {
      List<String> statements = new ArrayList<>(
          createSequence(c.sequence().name(), c.sequence().start(), c.sequence().increment()));
      if (!c.continues().isEmpty()) {
        statements.add(advanceSequence(c.sequence().name(), c.sequence().increment(), c.continues()));
      }
      return statements;
    } else if (change instanceof Change.AdvanceSequence c) {
      return List.of(advanceSequence(c.sequence().name(), c.sequence().increment(), c.continues()));
    } else if (change instanceof Change.RenameSequence c) {
      return renameSequence(c.from(), c.to());
    } else if (change instanceof DropSequence c) {
      return List.of(dropSequence(c.sequence().name()));
    } else if (change instanceof AlterColumnDefault c) {
      return List.of("alter table " + quote(c.table()) + " alter column " + quote(c.column())
          + c.to().map(d -> " set default " + d).orElse(" drop default"));
    } else if (change instanceof CommentColumn c) {
      return commentColumn(c.table(), c.column());
    } else if (change instanceof CommentTable c) {
      return commentTable(c.table(), c.to());
    } else if (change instanceof AddCheck c) {
      return checkConstraint(c.table(), c.check())
          .map(constraint -> List.of("alter table " + quote(c.table()) + " add " + constraint)).orElse(List.of());
    } else if (change instanceof DropCheck c) {
      return checkConstraint(c.table(), c.check())
          .map(constraint -> dropCheck(c.table(), userCheckName(c.table(), c.check()))).orElse(List.of());
    } else if (change instanceof Change.AlterSequence c) {
      return alterSequence(c.from(), c.to());
    } else if (change instanceof Change.InsertGeneratorRow c) {
      return List.of("insert into " + quote(c.row().table()) + " (" + quote(c.row().segmentColumn()) + ", "
          + quote(c.row().valueColumn()) + ") values (" + literal(c.row().segment()) + ", "
          + pastIds(c.row(), String.valueOf(c.row().value()), c.continues()) + ")");
    } else if (change instanceof Change.AdvanceGeneratorRow c) {
      String value = quote(c.row().valueColumn());
      return List.of("update " + quote(c.row().table()) + " set " + value + " = " + pastIds(c.row(), value, c.continues())
          + " where " + quote(c.row().segmentColumn()) + " = " + literal(c.row().segment()));
    } else if (change instanceof Change.ResizeGeneratorRow c) {
      int growth = c.to().increment() - c.from().increment();
      return growth <= 0 ? List.of() : List.of("update " + quote(c.to().table()) + " set " + quote(c.to().valueColumn())
          + " = " + quote(c.to().valueColumn()) + " + " + growth + " where " + quote(c.to().segmentColumn()) + " = "
          + literal(c.to().segment()) + " and " + quote(c.to().valueColumn()) + " > " + c.from().value());
    } else if (change instanceof Change.ReleaseGeneratorRow || change instanceof Change.ReleaseSequence) {
      return List.of(); // only its undo moves the generator
    } else if (change instanceof Change.DeleteGeneratorRow c) {
      return List.of("delete from " + quote(c.row().table()) + " where " + quote(c.row().segmentColumn()) + " = "
          + literal(c.row().segment()));
    } else if (change instanceof Change.ExpandColumn c) {
      return ExpandForms.expand(this, c.expansion());
    } else if (change instanceof Change.RevertExpandColumn c) {
      return ExpandForms.revertExpand(this, c.expansion());
    } else if (change instanceof Change.ContractColumn c) {
      return ExpandForms.contract(this, c.expansion());
    } else if (change instanceof Change.RestoreColumn c) {
      return ExpandForms.restore(this, c.expansion());
    } else if (change instanceof Change.RenameKey c) {
      return renameKey(c);
    } else if (change instanceof Change.ExpandTable c) {
      return expandTable(c.expansion());
    } else if (change instanceof Change.RevertExpandTable c) {
      return revertExpandTable(c.expansion());
    } else if (change instanceof Change.ContractTable c) {
      return keepsOldTableName() ? List.of(dropView(c.expansion().from())) : List.of();
    } else if (change instanceof Change.RestoreTable c) {
      return keepsOldTableName() ? List.of(createView(c.expansion())) : List.of();
    }
    throw new IllegalArgumentException("unknown change " + change);
  }

  /**
   * A key renamed in place (a table's expand): the constraint, or the index, gets its new name in
   * the catalog; the rows are not read. Nothing where the database's name stays the same.
   */
  protected List<String> renameKey(Change.RenameKey change) {
    if (change instanceof Change.RenameIndex c) {
      return c.from().name().equals(c.to().name()) ? List.of()
          : List.of("alter index " + indexName(c.table(), c.from().name()) + " rename to " + quote(c.to().name()));
    }
    String from = change instanceof Change.RenameUnique c ? uniqueName(c.fromTable(), c.from()) : change.fromName();
    String to = change instanceof Change.RenameUnique c ? uniqueName(c.toTable(), c.to()) : change.toName();
    return from.equals(to) ? List.of()
        : List.of("alter table " + quote(change.table()) + " rename constraint " + quote(from) + " to " + quote(to));
  }

  /**
   * The foreign key clause of {@code alter table table add ...}, with its {@code on delete} action
   * as Hibernate 6.6 writes it on every dialect Godwit targets (all support it: InnoDB on MySQL).
   */
  protected String foreignKeyClause(String table, ForeignKey key) {
    return "constraint " + quote(key.name()) + " foreign key (" + quoteAll(key.columns()) + ") references "
        + referenced(table, key.referencedTable()) + " (" + quoteAll(key.referencedColumns()) + ")"
        + key.onDelete().clause();
  }

  /**
   * Whether this dialect keeps a renamed table's old name working during an expand/contract, as an
   * updatable view over the table. H2's views are read-only (it would need Java triggers).
   */
  public boolean keepsOldTableName() {
    return false;
  }

  /**
   * The expand of a table: the rename, then (where {@link #keepsOldTableName()}) the view with the
   * old name over the renamed table, which PostgreSQL and MySQL update through (a view over one table
   * listing its columns is updatable). Where the view cannot exist, the plain rename.
   */
  protected List<String> expandTable(TableExpansion expansion) {
    List<String> statements = new ArrayList<>(renameTable(rename(expansion)));
    if (keepsOldTableName()) {
      statements.add(createView(expansion));
    }
    return statements;
  }

  /** The undo of {@link #expandTable}: the view dropped, then the table renamed back. */
  protected List<String> revertExpandTable(TableExpansion expansion) {
    List<String> statements = new ArrayList<>();
    if (keepsOldTableName()) {
      statements.add(dropView(expansion.from()));
    }
    statements.addAll(renameTable((RenameTable) rename(expansion).reverse()));
    return statements;
  }

  protected static RenameTable rename(TableExpansion expansion) {
    return new RenameTable(expansion.from(), expansion.to(), expansion.columns());
  }

  /** The view with the table's old name, listing the columns it had, over the renamed table. */
  protected String createView(TableExpansion expansion) {
    return "create view " + quote(expansion.from()) + " as select " + quoteAll(expansion.columnNames()) + " from "
        + quote(expansion.to());
  }

  protected String dropView(String name) {
    return "drop view if exists " + quote(name);
  }

  /**
   * Whether this dialect keeps the old and the new column of an expand/contract in sync with a
   * trigger of its own SQL. H2's triggers are Java classes, which a migration cannot bring along.
   */
  public boolean syncsExpansions() {
    return false;
  }

  /** The names of the triggers that keep an expansion's columns in sync; none where {@link #syncsExpansions()} is false. */
  public List<String> syncTriggers(Expansion expansion) {
    return List.of();
  }

  /** The statements that create the sync of an expansion (triggers); none where {@link #syncsExpansions()} is false. */
  protected List<String> createSync(Expansion expansion) {
    return List.of();
  }

  /** The statements that drop what {@link #createSync} created. */
  protected List<String> dropSync(Expansion expansion) {
    return List.of();
  }

  /** {@code expression}, a value of column {@code from}'s type, as a value of {@code to}'s type. */
  protected String converted(String expression, Column from, Column to) {
    boolean sameType = from.type().equals(to.type()) && from.definition().equals(to.definition());
    return sameType ? expression : "cast(" + expression + " as " + sqlType(to) + ")";
  }

  /** The name of the trigger (and function) that syncs an expansion, within PostgreSQL's 63 bytes. */
  protected final String syncName(Expansion expansion, String suffix) {
    return PostgresNames.constraintName(storedName(expansion.table()), List.of(storedName(expansion.now().name())),
        "sync" + suffix);
  }

  /**
   * How this dialect performs {@code change} with the SQL {@link #statements} writes: locks,
   * rewrite, whether it grows with the table, and whether the SQL is an online (safe) form.
   */
  public ChangeImpact impact(Change change) {
    return DefaultImpacts.of(change);
  }

  /** Whether the database keeps {@code name} (a table, column, constraint or index name) whole. */
  public boolean fitsIdentifier(String name) {
    return bare(name).length() <= 256;
  }

  /** The identifier limit {@link #fitsIdentifier} applies, for messages, e.g. {@code "63 bytes"}. */
  public String identifierLimit() {
    return "256 characters";
  }

  /** Whether this dialect puts a check constraint on the column (enums where it has no enum type). */
  final boolean hasCheck(Column column) {
    return check(column).isPresent();
  }

  /**
   * A name as it must appear in SQL: quoted when Hibernate quotes it, otherwise as written; a table
   * or sequence in a schema with the schema, as the dialect qualifies it ({@link #qualify}).
   */
  public String quote(String name) {
    Optional<String> schema = Identifiers.schema(name);
    if (schema.isPresent()) {
      return qualify(schema.get(), quote(Identifiers.local(name)));
    }
    if (Identifiers.isQuoted(name)) {
      return quoted(Identifiers.bare(name));
    }
    return keywords.contains(name.toLowerCase(Locale.ROOT)) ? quoted(name) : name;
  }

  protected String quoted(String bare) {
    return "\"" + bare + "\"";
  }

  /** Whether the database keeps tables in schemas; MySQL does not (Hibernate drops {@code @Table(schema)}). */
  public boolean keepsSchemas() {
    return true;
  }

  /**
   * A quoted name in {@code schema}: {@code schema.name}, the schema quoted as Hibernate quotes it
   * (a keyword or a quoted name). PostgreSQL and H2 keep the schema; MySQL drops it.
   */
  protected String qualify(String schema, String quotedName) {
    return quote(schema) + "." + quotedName;
  }

  /**
   * An index of {@code table} as statements other than {@code create index} name it: PostgreSQL
   * and H2 keep indexes in the table's schema, so its name is qualified by it.
   */
  protected String indexName(String table, String index) {
    return quote(Identifiers.qualified(Identifiers.schema(table), index));
  }

  /**
   * The name without Hibernate's backtick quoting marks, and without its schema: the name the
   * database derives names from and limits in length.
   */
  protected static String bare(String name) {
    return Identifiers.bare(Identifiers.local(name));
  }

  /** The statements that create {@code schema} unless it exists; none where schemas are not kept (MySQL). */
  protected List<String> createSchema(String schema) {
    return List.of("create schema if not exists " + quote(schema));
  }

  /**
   * The statements that drop {@code schema}, which the migration they undo created: only when it is
   * empty ({@code restrict}), so a schema that holds objects Godwit does not manage fails the undo
   * rather than losing them.
   */
  protected List<String> dropSchema(String schema) {
    return List.of("drop schema if exists " + quote(schema) + " restrict");
  }

  protected final String quoteAll(List<String> names) {
    return names.stream().map(this::quote).collect(Collectors.joining(", "));
  }

  protected List<String> createTable(Table table) {
    List<String> parts = new ArrayList<>();
    for (Column column : table.columns()) {
      parts.add(columnDefinition(table.name(), column));
    }
    if (!table.primaryKey().isEmpty()) {
      parts.add("primary key (" + quoteAll(table.primaryKey()) + ")");
    }
    parts.addAll(tableChecks(table));
    for (UniqueKey key : table.uniqueKeys()) {
      parts.add(uniqueConstraint(table.name(), key));
    }
    for (Check check : table.checks()) {
      checkConstraint(table.name(), check).ifPresent(parts::add);
    }
    List<String> statements = new ArrayList<>();
    statements.add("create table " + quote(table.name()) + " (" + String.join(", ", parts) + ")"
        + tableOptions(table.comment()) + tableSuffix());
    if (!inlineComments()) {
      table.comment().ifPresent(comment -> statements.addAll(commentTable(table.name(), Optional.of(comment))));
      for (Column column : table.columns()) {
        column.comment().ifPresent(comment -> statements.addAll(commentColumn(table.name(), column)));
      }
    }
    for (Index index : table.indexes()) {
      statements.add(createIndex(table.name(), index));
    }
    return statements;
  }

  /** Appended to {@code create table}, e.g. MySQL's storage engine. */
  protected String tableSuffix() {
    return "";
  }

  /** Options between {@code create table (...)} and the suffix, e.g. MySQL's table comment. */
  protected String tableOptions(Optional<String> comment) {
    return "";
  }

  /** Whether comments are part of the column and table definitions (MySQL) or statements of their own. */
  protected boolean inlineComments() {
    return false;
  }

  /** Sets or removes a table comment, as {@code comment on} (PostgreSQL, H2). */
  protected List<String> commentTable(String table, Optional<String> comment) {
    return List.of("comment on table " + quote(table) + " is " + comment.map(Dialect::literal).orElse("null"));
  }

  /** Sets or removes a column comment, as {@code comment on} (PostgreSQL, H2). */
  protected List<String> commentColumn(String table, Column column) {
    return List.of("comment on column " + quote(table) + "." + quote(column.name()) + " is "
        + column.comment().map(Dialect::literal).orElse("null"));
  }

  /**
   * A user check constraint ({@code @Check}) as Hibernate writes it, always named so it can be
   * dropped later: the user's name, or the name PostgreSQL gives an unnamed one. Empty where
   * Hibernate's dialect leaves the check out.
   */
  protected Optional<String> checkConstraint(String table, Check check) {
    return Optional.of("constraint " + quote(userCheckName(table, check)) + " check (" + check.condition() + ")");
  }

  /** The name of a user check: its own, or PostgreSQL's {@code <table>_<column>_check}. */
  protected String userCheckName(String table, Check check) {
    if (check.name().isPresent()) {
      return check.name().get();
    }
    return check.namingColumn().map(c -> PostgresNames.constraintName(storedName(table), List.of(storedName(c)), "check"))
        .orElseGet(() -> PostgresNames.constraintName(storedName(table), List.of(), "check"));
  }

  /** The name as the database stores it, for names the database derives from it. */
  protected String storedName(String name) {
    return bare(name);
  }

  /** Table-level check constraints (enum ordinals and names), named so they can be changed later. */
  protected List<String> tableChecks(Table table) {
    List<String> checks = new ArrayList<>();
    for (Column column : table.columns()) {
      check(column).ifPresent(condition -> checks.add(
          "constraint " + quote(checkName(table.name(), column.name())) + " check (" + condition + ")"));
    }
    return checks;
  }

  /** The check condition Hibernate puts on this column, if any. */
  protected java.util.Optional<String> check(Column column) {
    return java.util.Optional.empty();
  }

  protected String checkName(String table, String column) {
    return PostgresNames.constraintName(bare(table), List.of(bare(column)), "check");
  }

  protected String columnDefinition(String table, Column column) {
    StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(sqlType(column));
    if (column.identity()) {
      sql.append(' ').append(identityClause());
    } else {
      column.defaultValue().ifPresent(d -> sql.append(" default ").append(d));
      if (!column.nullable()) {
        sql.append(" not null");
      }
    }
    if (inlineComments()) {
      column.comment().ifPresent(c -> sql.append(" comment ").append(literal(c)));
    }
    return sql.toString();
  }

  /** The column's type in DDL: its {@code columnDefinition} verbatim, else the dialect's type. */
  protected final String sqlType(Column column) {
    return column.definition().orElseGet(() -> type(column.type()));
  }

  /**
   * A string literal. Hibernate writes comments between quotes without escaping them (a quote in a
   * comment breaks its DDL); Godwit doubles quotes so the database stores the comment as written.
   */
  protected static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  protected String identityClause() {
    return "generated by default as identity";
  }

  protected String uniqueConstraint(String table, UniqueKey key) {
    return "constraint " + quote(uniqueName(table, key)) + " unique (" + quoteAll(key.columns()) + ")";
  }

  /** The constraint name the database ends up with for Hibernate's unique key. */
  protected String uniqueName(String table, UniqueKey key) {
    return key.name();
  }

  protected String dropUnique(String table, UniqueKey key) {
    return "alter table " + quote(table) + " drop constraint " + quote(uniqueName(table, key));
  }

  protected String createIndex(String table, Index index) {
    return "create " + (index.unique() ? "unique " : "") + "index " + quote(index.name()) + " on " + quote(table)
        + " (" + indexColumns(index) + ")";
  }

  /** The index's columns as {@code create index} lists them, with their order suffix. */
  protected final String indexColumns(Index index) {
    return index.columns().stream().map(this::indexColumn).collect(Collectors.joining(", "));
  }

  private String indexColumn(String column) {
    int space = column.indexOf(' ');
    return space < 0 ? quote(column) : quote(column.substring(0, space)) + column.substring(space);
  }

  /** PostgreSQL renames a unique key's index with it; H2 keeps the two apart but renames the constraint alike. */
  protected String renameIndex(Change.RenameInterimKey change) {
    return change.constraint()
        ? "alter table " + quote(change.table()) + " rename constraint " + quote(change.from()) + " to " + quote(change.to())
        : "alter index " + indexName(change.table(), change.from()) + " rename to " + quote(change.to());
  }

  protected String dropIndex(String table, Index index) {
    return "drop index " + indexName(table, index.name());
  }

  protected String dropPrimaryKey(String table) {
    return "alter table " + quote(table) + " drop primary key";
  }

  /** Drops the check constraint {@code name}: {@code DROP CONSTRAINT}, which PostgreSQL, H2 and MariaDB parse. */
  protected List<String> dropCheck(String table, String name) {
    return List.of("alter table " + quote(table) + " drop constraint " + quote(name));
  }

  protected String dropForeignKey(String table, String name) {
    return "alter table " + quote(table) + " drop constraint " + quote(name);
  }

  /** Renames the table, and the checks the database names after it, which would keep the old name. */
  protected List<String> renameTable(RenameTable change) {
    List<String> statements = new ArrayList<>();
    statements.addAll(moveTable(change.from(), change.to()));
    for (Column column : change.columns()) {
      renameCheck(change.to(), checkName(change.from(), column.name()), checkName(change.to(), column.name()), column)
          .forEach(statements::add);
    }
    return statements;
  }

  /**
   * Renames and/or moves the table to another schema. A rename names the table within its
   * schema; a move ({@code set schema}) keeps the name.
   */
  protected List<String> moveTable(String from, String to) {
    List<String> statements = new ArrayList<>();
    String renamed = Identifiers.qualified(Identifiers.schema(from), Identifiers.local(to));
    if (!Identifiers.local(from).equals(Identifiers.local(to))) {
      statements.add("alter table " + quote(from) + " rename to " + quote(Identifiers.local(to)));
    }
    if (!Identifiers.schema(from).equals(Identifiers.schema(to))) {
      statements.add("alter table " + quote(renamed) + " set schema " + quote(Identifiers.schema(to).orElse(defaultSchema())));
    }
    return statements;
  }

  /** The table a foreign key of {@code table} references, as its {@code references} clause names it. */
  protected String referenced(String table, String referencedTable) {
    return quote(referencedTable);
  }

  /** The schema a table without {@code @Table(schema)} is in, as SQL names it. */
  protected String defaultSchema() {
    return "public";
  }

  /**
   * Renames the column, and its check, which the database names after it and would keep the old
   * name. A change of quoting alone is nothing where the database stores both spellings alike.
   */
  private List<String> renameColumn(RenameColumn change) {
    if (change.quotingOnly() && columnKey(change.from()).equals(columnKey(change.to()))) {
      return List.of();
    }
    List<String> statements = new ArrayList<>();
    statements.add(renameColumn(change.table(), change.from(), change.column()));
    statements.addAll(renameCheck(change.table(), checkName(change.table(), change.from()),
        checkName(change.table(), change.to()), change.column()));
    return statements;
  }

  /** Renames {@code column}'s check from {@code from} to {@code to}, if it has one and the name changes. */
  private List<String> renameCheck(String table, String from, String to, Column column) {
    Optional<String> condition = check(column);
    if (condition.isEmpty() || from.equals(to)) {
      return List.of();
    }
    return renameCheck(table, from, to, condition.get());
  }

  /** PostgreSQL and H2 rename a constraint in place. */
  protected List<String> renameCheck(String table, String from, String to, String condition) {
    return List.of("alter table " + quote(table) + " rename constraint " + quote(from) + " to " + quote(to));
  }

  /**
   * A column name as the database compares it: H2 folds unquoted names to upper case and keeps
   * quoted ones as written.
   */
  protected String columnKey(String name) {
    return Identifiers.isQuoted(name) ? bare(name) : name.toUpperCase(Locale.ROOT);
  }

  /** Renames column {@code from} to {@code renamed}'s name; {@code renamed} is the column as it is, under its new name. */
  protected String renameColumn(String table, String from, Column renamed) {
    return renameColumn(table, from, renamed.name());
  }

  protected String renameColumn(String table, String from, String to) {
    return "alter table " + quote(table) + " rename column " + quote(from) + " to " + quote(to);
  }

  protected List<String> createSequence(String name, long start, int increment) {
    return List.of("create sequence " + quote(name) + " start with " + start + " increment by " + increment);
  }

  /** Sets the start (used only by a restart) and the increment; the current value stays. */
  protected List<String> alterSequence(Sequence from, Sequence to) {
    return List.of("alter sequence " + quote(to.name()) + " start with " + to.start() + " increment by " + to.increment());
  }

  /**
   * Renames the sequence and/or moves it to another schema, as {@link #moveTable}: its current
   * value stays.
   */
  protected List<String> renameSequence(Sequence from, String to) {
    List<String> statements = new ArrayList<>();
    String renamed = Identifiers.qualified(Identifiers.schema(from.name()), Identifiers.local(to));
    if (!Identifiers.local(from.name()).equals(Identifiers.local(to))) {
      statements.add("alter sequence " + quote(from.name()) + " rename to " + quote(Identifiers.local(to)));
    }
    if (!Identifiers.schema(from.name()).equals(Identifiers.schema(to))) {
      statements.add("alter sequence " + quote(renamed) + " set schema " + quote(Identifiers.schema(to).orElse(defaultSchema())));
    }
    return statements;
  }

  /**
   * Moves the sequence past the ids in {@code ids}, never back: its next value becomes the larger
   * of the one it would give and the largest id plus the allocation size. Hibernate's pooled
   * optimizer takes the value a sequence gives as the top of a block of {@code increment} ids,
   * so the block then starts above every id there. Taking the sequence's own next value costs one
   * value, which nothing has used.
   */
  protected String advanceSequence(String name, int increment, List<IdColumn> ids) {
    return "select setval(" + literal(quote(name)) + ", greatest(nextval(" + literal(quote(name)) + "), "
        + largestIds(increment, ids) + "), false)";
  }

  /**
   * One scalar subquery per id column: its largest id plus {@code increment}, 0 in an empty table
   * (so a sequence over empty tables stays exactly as created, as Hibernate creates it).
   */
  protected String largestIds(int increment, List<IdColumn> ids) {
    return ids.stream().map(id -> "(select coalesce(max(" + quote(id.column()) + ") + " + increment + ", 0) from "
        + quote(id.table()) + ")").collect(Collectors.joining(", "));
  }

  /**
   * The value a table generator's row must hold to come after the ids in {@code ids}: the larger of
   * {@code value} and each column's largest id plus {@link GeneratorRow#pastLargestId()}; an empty
   * table leaves {@code value}, so a row over empty tables is exactly as Hibernate exports it.
   */
  protected String pastIds(GeneratorRow row, String value, List<IdColumn> ids) {
    if (ids.isEmpty()) {
      return value;
    }
    return "greatest(" + value + ", " + ids.stream().map(id -> "coalesce((select max(" + quote(id.column()) + ") from "
        + quote(id.table()) + ") + " + row.pastLargestId() + ", " + value + ")").collect(Collectors.joining(", ")) + ")";
  }

  protected String dropSequence(String name) {
    return "drop sequence " + quote(name);
  }

  protected List<String> addColumn(AddColumn change) {
    String table = quote(change.table());
    Column column = change.column();
    List<String> statements = new ArrayList<>();
    if (change.backfill().isPresent() && !column.nullable()) {
      statements.add("alter table " + table + " add column " + columnDefinition(change.table(), column.withNullable(true)));
      statements.add("update " + table + " set " + quote(column.name()) + " = " + change.backfill().get());
      statements.add(setNotNull(change.table(), column));
    } else {
      statements.add("alter table " + table + " add column " + columnDefinition(change.table(), column));
    }
    check(column).ifPresent(condition -> statements.add("alter table " + table + " add constraint "
        + quote(checkName(change.table(), column.name())) + " check (" + condition + ")"));
    if (!inlineComments() && column.comment().isPresent()) {
      statements.addAll(commentColumn(change.table(), column));
    }
    return statements;
  }

  protected String setNotNull(String table, Column column) {
    return "alter table " + quote(table) + " alter column " + quote(column.name()) + " set not null";
  }

  protected String dropNotNull(String table, Column column) {
    return "alter table " + quote(table) + " alter column " + quote(column.name()) + " drop not null";
  }

  protected List<String> alterColumn(AlterColumn change) {
    String table = change.table();
    Column to = change.to();
    List<String> statements = new ArrayList<>();
    boolean checkChanged = !check(change.from()).equals(check(to));
    if (checkChanged && check(change.from()).isPresent()) {
      statements.addAll(dropCheck(table, checkName(table, to.name())));
    }
    if (change.typeChanged()) {
      statements.addAll(changeType(change));
    }
    if (change.nullabilityChanged()) {
      if (to.nullable()) {
        statements.add(dropNotNull(table, to));
      } else {
        change.using().filter(u -> !change.typeChanged()).ifPresent(u -> statements.add(
            "update " + quote(table) + " set " + quote(to.name()) + " = " + u + " where " + quote(to.name()) + " is null"));
        statements.add(setNotNull(table, to));
      }
    }
    if (change.identityChanged()) {
      statements.addAll(changeIdentity(change));
    }
    if (checkChanged && check(to).isPresent()) {
      statements.add("alter table " + quote(table) + " add constraint " + quote(checkName(table, to.name()))
          + " check (" + check(to).get() + ")");
    }
    return statements;
  }

  /**
   * Makes the column an identity or a plain column again (an id switched to or from IDENTITY). A new
   * identity starts at 1, below the ids already in the table, so it is restarted past the largest
   * one (H2: {@code restart with} takes a subquery); dropping it keeps the values.
   */
  protected List<String> changeIdentity(AlterColumn change) {
    String alter = "alter table " + quote(change.table()) + " alter column " + quote(change.to().name());
    if (!change.to().identity()) {
      return List.of(alter + " drop identity");
    }
    return List.of(alter + " set generated by default",
        alter + " restart with (select coalesce(max(" + quote(change.to().name()) + "), 0) + 1 from "
            + quote(change.table()) + ")");
  }

  /**
   * Changes the column's type, keeping its old nullability (a nullability change follows as its
   * own statement). A conversion expression is applied through a temporary column where the
   * database has no {@code USING} clause.
   */
  protected List<String> changeType(AlterColumn change) {
    String table = quote(change.table());
    Column from = change.from();
    Column to = change.to();
    if (change.using().isEmpty()) {
      return List.of("alter table " + table + " alter column " + quote(to.name()) + " set data type " + sqlType(to));
    }
    String temporary = bare(to.name()) + "_godwit_tmp";
    List<String> statements = new ArrayList<>(List.of(
        "alter table " + table + " add column " + quote(temporary) + " " + sqlType(to),
        "update " + table + " set " + quote(temporary) + " = " + change.using().get(),
        "alter table " + table + " drop column " + quote(from.name()),
        renameColumn(change.table(), temporary, to.withNullable(true))));
    if (!from.nullable()) {
      statements.add(setNotNull(change.table(), to.withNullable(false)));
    }
    return statements;
  }

  /** Renders a string literal list for enum types and checks, e.g. {@code 'A','B'}. */
  protected static String literals(List<String> values) {
    return values.stream().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(","));
  }
}
