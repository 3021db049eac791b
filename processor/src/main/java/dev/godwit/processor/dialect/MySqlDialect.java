package dev.godwit.processor.dialect;

import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Expansion;
import dev.godwit.processor.diff.Change.AlterColumn;
import dev.godwit.processor.model.Check;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.Index;
import dev.godwit.processor.model.UniqueKey;
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
    return target.safeForms() ? safeForms.statements(change) : plain(change);
  }

  @Override
  public ChangeImpact impact(Change change) {
    return target.safeForms() ? safeForms.impact(change) : MySqlImpacts.of(change);
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

  /** Hibernate's ordinal range check (MySQL's string enums are native {@code enum} types, without a check). */
  @Override
  protected java.util.Optional<String> check(Column column) {
    return column.type().kind() == dev.godwit.processor.model.TypeKind.ENUM_ORDINAL
        ? EnumChecks.of(column, this)
        : java.util.Optional.empty();
  }

  /** Hibernate writes the check on the column, and MariaDB names a column's check after the column. */
  @Override
  protected String checkName(String table, String column) {
    return bare(column);
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

  /** Hibernate's MySQLDialect leaves column-level checks out of the DDL; table checks stay. */
  @Override
  protected Optional<String> checkConstraint(String table, Check check) {
    return check.column().isPresent() ? Optional.empty() : super.checkConstraint(table, check);
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
   * The emulating table keeps only the next value, which must stay; Hibernate's pooled optimizer
   * applies the allocation size itself, so nothing changes in the database.
   */
  @Override
  protected List<String> alterSequence(String name, long start, int increment) {
    return List.of();
  }

  @Override
  protected String dropSequence(String name) {
    return "drop table " + quote(name);
  }

  @Override
  protected String dropForeignKey(String table, String name) {
    return "alter table " + quote(table) + " drop foreign key " + quote(name);
  }

  @Override
  protected String dropUnique(String table, UniqueKey key) {
    return "alter table " + quote(table) + " drop index " + quote(key.name());
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

  @Override
  protected List<String> changeType(AlterColumn change) {
    if (change.using().isPresent()) {
      return super.changeType(change);
    }
    return List.of(modify(change.table(), change.to().withNullable(change.from().nullable())));
  }

  private String modify(String table, Column column) {
    return "alter table " + quote(table) + " modify column " + columnDefinition(table, column);
  }
}
