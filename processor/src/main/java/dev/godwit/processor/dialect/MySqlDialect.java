package dev.godwit.processor.dialect;

import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Expansion;
import dev.godwit.processor.diff.Change.AlterColumn;
import dev.godwit.processor.model.Check;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.IdColumn;
import dev.godwit.processor.model.Index;
import dev.godwit.processor.model.Sequence;
import dev.godwit.processor.model.UniqueKey;
import dev.godwit.processor.diff.TableExpansion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * MySQL 8 as Hibernate's {@code MySQLDialect} writes it (also what Godwit runs on MariaDB):
 * backtick quoting, InnoDB tables, native enums, no sequences (a one-row table per sequence).
 */
public final class MySqlDialect extends Dialect {
  /** The longest varchar Hibernate writes for MySQL 8 (65535 bytes of 4-byte characters). */
  private static final int MAX_VARCHAR = 16_383;
  private static final int MAX_VARBINARY = 65_535;
  private static final int TINY = 255;
  private static final int MEDIUM = 16_777_215;

  private final Target target;
  private final MySqlSafeForms safeForms;

  public MySqlDialect() {
    this(Target.PLAIN);
  }

  public MySqlDialect(Target target) {
    super(Keywords.forDialect("mysql"));
    this.target = target;
    this.safeForms = new MySqlSafeForms(this, target.mysql());
  }

  @Override
  public List<String> statements(Change change) {
    List<ForeignKey> served = createdIndexReliedOnBy(change);
    if (!served.isEmpty()) {
      // the new index replaces each key's own, which InnoDB drops by itself only when it generated
      // it; one statement, so the keys are never without an index
      StringBuilder sql = new StringBuilder("alter table " + quote(change.subject()));
      served.forEach(key -> sql.append(" drop index ").append(quote(key.name())).append(","));
      sql.append(' ').append(addIndexClause(change));
      return List.of(target.safeForms() ? safeForms.clause(change).map(c -> sql + ", " + c).orElse(sql.toString()) : sql.toString());
    }
    List<String> statements = new java.util.ArrayList<>();
    for (ForeignKey key : droppedIndexReliedOnBy(change)) {
      // InnoDB refuses to drop the last index a foreign key can use; the key gets the index it
      // would have had without this one, named as InnoDB names it
      statements.addAll(statements(new Change.CreateIndex(change.subject(), new Index(key.name(), key.columns(), false))));
    }
    statements.addAll(target.safeForms() ? safeForms.statements(change) : plain(change));
    return statements;
  }

  private static List<ForeignKey> createdIndexReliedOnBy(Change change) {
    if (change instanceof Change.CreateIndex create) {
      return create.reliant().leading();
    } else if (change instanceof Change.AddUnique add) {
      return add.reliant().leading();
    }
    return List.of();
  }

  /** The {@code alter table} clause that adds the index or unique key. */
  private String addIndexClause(Change change) {
    if (change instanceof Change.CreateIndex create) {
      return "add " + (create.index().unique() ? "unique " : "") + "index " + quote(create.index().name())
          + " (" + indexColumns(create.index()) + ")";
    }
    Change.AddUnique add = (Change.AddUnique) change;
    return "add " + uniqueConstraint(add.table(), add.key());
  }

  /** The foreign keys left without an index by a dropped index or unique key (InnoDB drops its own index for them when one is created). */
  private static List<ForeignKey> droppedIndexReliedOnBy(Change change) {
    if (change instanceof Change.DropIndex drop) {
      return drop.reliant().leading();
    } else if (change instanceof Change.DropUnique drop) {
      return drop.reliant().leading();
    }
    return List.of();
  }

  @Override
  public ChangeImpact impact(Change change) {
    if (change instanceof Change.RenameTable move && statements(move).isEmpty()) {
      return ChangeImpact.noExistingRows("nothing: MySQL keeps no schemas, the table stays where it is");
    }
    if (change instanceof Change.CreateSchema || change instanceof Change.DropSchema) {
      return ChangeImpact.noExistingRows("nothing: MySQL keeps no schemas (Hibernate puts every table in the connection's"
          + " database), so no statement is written");
    }
    ChangeImpact impact = target.safeForms() ? safeForms.impact(change) : MySqlImpacts.of(change);
    if (change instanceof Change.AddColumn add && safeForms.refusesInstantFor(add)) {
      return ChangeImpact.rewrite("ALGORITHM=COPY: writes wait for the whole copy", true, "copies the table while writes"
          + " wait: MySQL adds a column with an expression default neither instantly nor in place (it refuses"
          + " ALGORITHM=INSTANT and INPLACE, error 1845)");
    }
    if (!impact.rewritesTable() && !(change instanceof Change.AddCheck) && !(change instanceof Change.CreateTable)
        && statements(change).stream().anyMatch(s -> s.contains(" add constraint ") && s.contains(" check ("))) {
      // an enum's ordinal range: the column change itself is metadata only, its check is not
      return ChangeImpact.rewrite("ALGORITHM=COPY: writes wait for the whole copy", true, impact.howDone()
          + ", then " + (change instanceof Change.RenameColumn ? "drops the column's check constraint (the enum's ordinal"
          + " range) and adds it again under the new name" : "adds the column's check constraint (the enum's ordinal range)")
          + ", which copies the table to check every row while writes wait");
    }
    return impact;
  }

  /**
   * Hibernate's {@code MySQLDialect} qualifies names by catalog only ({@code NameQualifierSupport.CATALOG}):
   * it drops {@code @Table(schema)} and puts the table into the connection's database.
   */
  @Override
  protected String qualify(String schema, String quotedName) {
    return quotedName;
  }

  @Override
  public boolean keepsSchemas() {
    return false;
  }

  /** No schemas: Hibernate creates none on MySQL ({@code canCreateSchema()} is false). */
  @Override
  protected List<String> createSchema(String schema) {
    return List.of();
  }

  @Override
  protected List<String> dropSchema(String schema) {
    return List.of();
  }

  @Override
  protected String indexName(String table, String index) {
    return quote(index);
  }

  /** A move to another schema leaves the table where it is; only a change of its name is a rename. */
  @Override
  protected List<String> moveTable(String from, String to) {
    return quote(from).equals(quote(to)) ? List.of()
        : List.of("alter table " + quote(from) + " rename to " + quote(to));
  }

  @Override
  public boolean fitsIdentifier(String name) {
    return bare(name).codePointCount(0, bare(name).length()) <= 64;
  }

  @Override
  public String identifierLimit() {
    return "64 characters, longer names are refused";
  }

  @Override
  public String name() {
    return "mysql";
  }

  @Override
  protected String quoted(String bare) {
    return "`" + bare + "`";
  }

  @Override
  protected String type(ColumnType type) {
    if (isFloatWithPrecision(type)) {
      return "float(" + type.precision() + ")";
    }
    return switch (type.kind()) {
      case BOOLEAN -> "bit";
      case TINYINT, ENUM_ORDINAL -> "tinyint";
      case SMALLINT -> "smallint";
      case INTEGER -> "integer";
      case BIGINT -> "bigint";
      case REAL -> "float(23)";
      case DOUBLE -> "float(53)";
      case NUMERIC -> "decimal(" + type.precision() + "," + type.scale() + ")";
      case VARCHAR -> type.length() <= MAX_VARCHAR ? "varchar(" + type.length() + ")" : text(type.length(), "text");
      case CHAR -> "char(" + type.length() + ")";
      case CLOB -> type.length() > 0 && type.length() <= TINY ? "tinytext" : text(type.length(), "text");
      case VARBINARY -> type.length() <= MAX_VARBINARY ? "varbinary(" + type.length() + ")" : text(type.length(), "blob");
      case BLOB -> type.length() > 0 && type.length() <= TINY ? "tinyblob" : text(type.length(), "blob");
      case JSON -> "json";
      case DATE -> "date";
      case TIME -> "time(" + type.precision() + ")";
      case TIMESTAMP, TIMESTAMP_UTC -> "datetime(" + type.precision() + ")";
      case UUID -> "binary(16)";
      case ENUM_STRING -> "enum (" + literals(type.values().stream().sorted().toList()) + ")";
    };
  }

  /**
   * Hibernate's ordinal range check (MySQL's string enums are native {@code enum} types, without a
   * check), a column check, which Hibernate's MySQLDialect writes from MySQL 8.0.16 only.
   */
  @Override
  protected java.util.Optional<String> check(Column column) {
    return column.type().kind() == dev.godwit.processor.model.TypeKind.ENUM_ORDINAL && target.mysql().columnChecks()
        ? EnumChecks.of(column, this)
        : java.util.Optional.empty();
  }

  /** Hibernate writes the check on the column, and MariaDB names a column's check after the column. */
  @Override
  protected String checkName(String table, String column) {
    return bare(column);
  }

  @Override
  public boolean keepsOldTableName() {
    return true;
  }

  /**
   * MySQL has no transactional DDL, so the table and the views swap names in one atomic
   * {@code RENAME TABLE}: first a view with the new name over the table and, over that one, the
   * future view with the old name (MySQL resolves a view's tables by name when it is used, and
   * creating a view needs its tables to exist); then the swap, after which the old name's view reads
   * the renamed table; then the helper view goes. The old name never stops answering.
   */
  @Override
  protected List<String> expandTable(TableExpansion expansion) {
    String columns = quoteAll(expansion.columnNames());
    String helper = helperView(expansion.to());
    String future = helperView(expansion.from());
    return List.of(
        "create or replace view " + quote(expansion.to()) + " as select " + columns + " from " + quote(expansion.from()),
        "create or replace view " + quote(future) + " as select " + columns + " from " + quote(expansion.to()),
        "rename table " + quote(expansion.to()) + " to " + quote(helper) + ", " + quote(expansion.from()) + " to "
            + quote(expansion.to()) + ", " + quote(future) + " to " + quote(expansion.from()),
        "drop view " + quote(helper));
  }

  /** The view and the table swap back in one {@code RENAME TABLE}, then the view goes. */
  @Override
  protected List<String> revertExpandTable(TableExpansion expansion) {
    String helper = helperView(expansion.from());
    return List.of("rename table " + quote(expansion.from()) + " to " + quote(helper) + ", " + quote(expansion.to())
        + " to " + quote(expansion.from()), "drop view " + quote(helper));
  }

  /**
   * Unique keys and indexes: {@code RENAME INDEX}, in place and without blocking writes. MySQL and
   * MariaDB cannot rename a foreign key, so it is dropped and added again in one statement (both
   * servers take a drop and an add of a foreign key together in place), with its own index renamed in
   * the same statement. {@code foreign_key_checks = 0} for that statement only: with it, adding a
   * foreign key runs in place, in the data dictionary, without reading the rows (otherwise only as a
   * copy of the table); skipping that check is correct because the same key held until the statement
   * replaced it, and other sessions keep checking (the setting is the migration's session's).
   * Measured on MariaDB 11.4: the index keeps its id (not rebuilt).
   */
  @Override
  protected List<String> renameKey(Change.RenameKey change) {
    if (change.fromName().equals(change.toName())) {
      return List.of();
    }
    String table = "alter table " + quote(change.table());
    String online = ", algorithm=inplace, lock=none";
    if (change instanceof Change.RenameForeignKey c) {
      return List.of("set foreign_key_checks = 0",
          table + " drop foreign key " + quote(c.from().name())
              + (c.ownIndex() ? ", rename index " + quote(c.from().name()) + " to " + quote(c.to().name()) : "")
              + ", add " + foreignKeyClause(c.table(), c.to()) + online,
          "set foreign_key_checks = 1");
    }
    return List.of(table + " rename index " + quote(change.fromName()) + " to " + quote(change.toName()) + online);
  }

  /** A name for a view that lives only during one migration step, within MySQL's 64 characters. */
  private static String helperView(String table) {
    String base = bare(table);
    return (base.length() > 52 ? base.substring(0, 52) : base) + "_godwit_view";
  }

  /** MariaDB cannot rename a check: it is dropped and added again, which checks every row. */
  @Override
  protected List<String> renameCheck(String table, String from, String to, String condition) {
    List<String> statements = new ArrayList<>(dropCheck(table, from));
    statements.add("alter table " + quote(table) + " add constraint " + quote(to) + " check (" + condition + ")");
    return statements;
  }

  /**
   * MySQL parses {@code DROP CONSTRAINT} from 8.0.19 and {@code DROP CHECK} from 8.0.16; before, it
   * parsed checks and kept none, so there is nothing to drop. MariaDB has {@code DROP CONSTRAINT}.
   */
  @Override
  protected List<String> dropCheck(String table, String name) {
    MySqlVersion server = target.mysql();
    if (server.mariadb() || server.atLeast(8, 0, 19)) {
      return super.dropCheck(table, name);
    }
    return server.columnChecks() ? List.of("alter table " + quote(table) + " drop check " + quote(name)) : List.of();
  }

  /** Column names are compared ignoring case. */
  @Override
  protected String columnKey(String name) {
    return bare(name).toLowerCase(java.util.Locale.ROOT);
  }

  /** MySQL's LOB sizes: {@code text}/{@code blob} up to 64 KiB, then medium, then long; no length means long. */
  private static String text(int length, String base) {
    if (length > 0 && length <= MAX_VARBINARY) {
      return base;
    }
    return (length > 0 && length <= MEDIUM ? "medium" : "long") + base;
  }

  @Override
  protected boolean inlineComments() {
    return true;
  }

  @Override
  protected String tableOptions(Optional<String> comment) {
    return comment.map(c -> " comment=" + literal(c)).orElse("");
  }

  @Override
  protected List<String> commentTable(String table, Optional<String> comment) {
    return List.of("alter table " + quote(table) + " comment=" + literal(comment.orElse("")));
  }

  @Override
  protected List<String> commentColumn(String table, Column column) {
    return List.of(modify(table, column));
  }

  /**
   * Hibernate's MySQLDialect writes a column's {@code @Check} on the column from MySQL 8.0.16 (every
   * MariaDB it supports reports a later version) and leaves it out before; table checks stay.
   */
  @Override
  protected Optional<String> checkConstraint(String table, Check check) {
    return check.column().isPresent() && !target.mysql().columnChecks() ? Optional.empty()
        : super.checkConstraint(table, check);
  }

  /** An unnamed column check is named after its column, as MariaDB names a column's check. */
  @Override
  protected String userCheckName(String table, Check check) {
    return check.name().isEmpty() && check.column().isPresent() ? checkName(table, check.column().get())
        : super.userCheckName(table, check);
  }

  @Override
  protected String identityClause() {
    return "not null auto_increment";
  }

  @Override
  protected String tableSuffix() {
    return " engine=InnoDB";
  }

  @Override
  protected List<String> createSequence(String name, long start, int increment) {
    return List.of(
        "create table " + quote(name) + " (next_val bigint)" + tableSuffix(),
        "insert into " + quote(name) + " values ( " + start + " )");
  }

  /**
   * The emulating table keeps the next value Hibernate reads, and Hibernate's pooled optimizer hands
   * out the block of the allocation size below it: a larger allocation size would reach back into
   * the block already handed out, so the next value of a used sequence grows by the difference. A smaller one needs
   * nothing (a few ids are skipped), nor does a changed start.
   */
  @Override
  protected List<String> alterSequence(Sequence from, Sequence to) {
    int growth = to.increment() - from.increment();
    // an unused sequence stays at its start, where Hibernate begins with the start value itself
    return growth <= 0 ? List.of() : List.of("update " + quote(to.name()) + " set next_val = next_val + " + growth
        + " where next_val > " + from.start());
  }

  @Override
  protected String dropSequence(String name) {
    return "drop table " + quote(name);
  }

  /** The emulating table keeps its row, the next value; MySQL and MariaDB rename a table alike. */
  @Override
  protected List<String> renameSequence(Sequence from, String to) {
    return List.of("rename table " + quote(from.name()) + " to " + quote(to));
  }

  /** Hibernate reads {@code next_val} as the sequence's next value; it only ever grows. */
  @Override
  protected String advanceSequence(String name, int increment, List<IdColumn> ids) {
    return "update " + quote(name) + " set next_val = greatest(next_val, " + largestIds(increment, ids) + ")";
  }

  @Override
  protected String dropForeignKey(String table, String name) {
    return "alter table " + quote(table) + " drop foreign key " + quote(name);
  }

  @Override
  protected String dropUnique(String table, UniqueKey key) {
    return "alter table " + quote(table) + " drop index " + quote(key.name());
  }

  /** A unique key is its index on MySQL (RENAME INDEX: MySQL 5.7, MariaDB 10.5.2). */
  @Override
  protected String renameIndex(Change.RenameInterimKey change) {
    return "alter table " + quote(change.table()) + " rename index " + quote(change.from()) + " to " + quote(change.to());
  }

  @Override
  protected String dropIndex(String table, Index index) {
    return "drop index " + quote(index.name()) + " on " + quote(table);
  }

  @Override
  public boolean syncsExpansions() {
    return true;
  }

  @Override
  public List<String> syncTriggers(Expansion expansion) {
    return List.of(syncName(expansion, "_i"), syncName(expansion, "_u"));
  }

  /**
   * Two row triggers (MySQL has one event per trigger), each a single {@code SET} so that no
   * {@code BEGIN ... END} block needs a client-side delimiter. They do what PostgreSQL's function
   * does: an insert fills the column its writer left NULL; an update copies the changed column to
   * the other unless that one already matches, and fills a row not yet filled.
   */
  @Override
  protected List<String> createSync(Expansion expansion) {
    String table = quote(expansion.table());
    String old = quote(expansion.old().name());
    String now = quote(expansion.now().name());
    String toNew = ExpandForms.overRow(this, expansion, ExpandForms.forward(this, expansion), "new");
    String toOld = ExpandForms.overRow(this, expansion, ExpandForms.backward(this, expansion), "new");
    return List.of(
        "create trigger " + quote(syncName(expansion, "_i")) + " before insert on " + table + " for each row set new."
            + now + " = if(new." + now + " is null, " + toNew + ", new." + now + "), new." + old + " = if(new." + old
            + " is null, " + toOld + ", new." + old + ")",
        "create trigger " + quote(syncName(expansion, "_u")) + " before update on " + table + " for each row set new."
            + now + " = if(new." + now + " <=> old." + now + " and (not (new." + old + " <=> old." + old + ") or new." + now
            + " is null), " + toNew + ", new." + now + "), new." + old + " = if(not (new." + now + " <=> old." + now
            + ") and new." + old + " <=> old." + old + " and not (new." + now + " <=> " + toNew + "), " + toOld + ", new."
            + old + ")");
  }

  @Override
  protected List<String> dropSync(Expansion expansion) {
    return List.of("drop trigger if exists " + quote(syncName(expansion, "_i")),
        "drop trigger if exists " + quote(syncName(expansion, "_u")));
  }

  /** MySQL converts on assignment; its CAST knows only a few target types (no varchar). */
  @Override
  protected String converted(String expression, Column from, Column to) {
    return expression;
  }

  @Override
  protected String setNotNull(String table, Column column) {
    return modify(table, column.withNullable(false));
  }

  @Override
  protected String dropNotNull(String table, Column column) {
    return modify(table, column.withNullable(true));
  }

  /**
   * MariaDB before 10.5.2 cannot parse {@code RENAME COLUMN}: {@code CHANGE COLUMN} renames the
   * column and restates its definition, which is the column's own, so only the name changes.
   */
  @Override
  protected String renameColumn(String table, String from, Column renamed) {
    if (target.mysql().renameColumnSyntax()) {
      return super.renameColumn(table, from, renamed);
    }
    return "alter table " + quote(table) + " change column " + quote(from) + " " + columnDefinition(table, renamed);
  }

  @Override
  protected List<String> changeType(AlterColumn change) {
    if (change.using().isPresent()) {
      return super.changeType(change);
    }
    return List.of(modify(change.table(), change.to().withNullable(change.from().nullable())));
  }

  /**
   * {@code MODIFY COLUMN} with or without {@code auto_increment}; InnoDB sets the counter past the
   * largest id itself. Nothing more when the type change already restated the column.
   */
  @Override
  protected List<String> changeIdentity(AlterColumn change) {
    if (change.typeChanged() && change.using().isEmpty()) {
      return List.of();
    }
    return List.of(modify(change.table(), change.to()));
  }

  private String modify(String table, Column column) {
    return "alter table " + quote(table) + " modify column " + columnDefinition(table, column);
  }
}
