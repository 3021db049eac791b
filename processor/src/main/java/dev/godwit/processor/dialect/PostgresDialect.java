package dev.godwit.processor.dialect;

import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AlterColumn;
import dev.godwit.processor.diff.Change.RenameTable;
import dev.godwit.processor.diff.Expansion;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.Identifiers;
import dev.godwit.processor.model.UniqueKey;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** PostgreSQL as Hibernate's {@code PostgreSQLDialect} writes it. */
public final class PostgresDialect extends Dialect {
  /** PostgreSQL's longest varchar; Hibernate writes {@code text} beyond it. */
  private static final int MAX_VARCHAR = 10_485_760;

  private final Target target;
  private final PostgresSafeForms safeForms;
  private final PostgresRerunnable rerunnable = new PostgresRerunnable(this);
  private final PostgresExpandForms expandForms;

  public PostgresDialect() {
    this(Target.PLAIN);
  }

  public PostgresDialect(Target target) {
    super(Keywords.forDialect("postgresql"));
    this.target = target;
    this.safeForms = new PostgresSafeForms(this, target.postgresVersion(), target.lock());
    this.expandForms = new PostgresExpandForms(this, safeForms);
  }

  @Override
  public List<String> statements(Change change) {
    if (!target.safeForms()) {
      return plain(change);
    }
    if (change instanceof Change.ExpandTable || change instanceof Change.RevertExpandTable) {
      // one step: between the rename and the view (or the drop of the view and the rename back) the
      // old name must never be missing for the instances of the previous release
      return List.of(PostgresSafeForms.retried(String.join(";\n", plain(change))));
    }
    if (change instanceof Change.RenameKey) {
      // a brief step of its own under the short lock timeout (ACCESS EXCLUSIVE on the table for a
      // constraint, SHARE UPDATE EXCLUSIVE for an index)
      return plain(change).stream().map(PostgresSafeForms::retried).toList();
    }
    return PostgresExpandForms.handles(change) ? expandForms.statements(change) : safeForms.statements(change);
  }

  /** A migration outside a transaction keeps the steps done before a failure, so each step can run again. */
  @Override
  public List<String> statements(Change change, boolean transactional) {
    return transactional ? statements(change) : rerunnable.of(statements(change));
  }

  @Override
  public boolean keepsOldTableName() {
    return true;
  }

  /**
   * Every statement that waits for a lock gives up after the lock timeout (100 ms unless
   * {@code godwit.postgresql.lockTimeout} says otherwise) and is retried, instead of queueing
   * writers behind it; the retry procedure those steps call is defined once, where one is retried.
   */
  @Override
  public List<String> preamble(List<Change> changes) {
    if (!target.safeForms()) {
      return List.of();
    }
    boolean retries = changes.stream().flatMap(c -> statements(c).stream()).anyMatch(PostgresSafeForms::isRetried);
    return retries ? List.of(safeForms.setLockTimeout(), safeForms.retryProcedure())
        : List.of(safeForms.setLockTimeout());
  }

  /** Concurrent index builds and batched backfills commit step by step: they cannot run in one transaction. */
  @Override
  public boolean transactional(List<Change> changes) {
    return !target.safeForms() || PostgresSafeForms.createsOrDropsOnly(changes);
  }

  @Override
  public ChangeImpact impact(Change change) {
    return target.safeForms() ? PostgresSafeImpacts.of(change, this, target.postgresVersion(), target.lock()) : PostgresImpacts.of(change, this);
  }

  /** PostgreSQL silently truncates longer names to 63 bytes, so the name Godwit records no longer matches. */
  @Override
  public boolean fitsIdentifier(String name) {
    return bare(name).getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 63;
  }

  @Override
  public String identifierLimit() {
    return "63 bytes, longer names are silently truncated";
  }

  @Override
  public String name() {
    return "postgresql";
  }

  @Override
  public boolean syncsExpansions() {
    return true;
  }

  /** One trigger, and a function of the same name. */
  @Override
  public List<String> syncTriggers(Expansion expansion) {
    return List.of(syncName(expansion, ""));
  }

  /**
   * One row trigger before insert and update. An insert sets the column its writer left NULL (the
   * previous release writes only the old column, this one only the new). An update copies the
   * column that changed to the other, unless the other already holds the matching value (so the
   * fill's own update does not convert the value back and forth); a row not yet filled is filled.
   */
  @Override
  protected List<String> createSync(Expansion expansion) {
    String name = quote(syncName(expansion, ""));
    String old = quote(expansion.old().name());
    String now = quote(expansion.now().name());
    String toNew = ExpandForms.overRow(this, expansion, ExpandForms.forward(this, expansion), "new");
    String toOld = ExpandForms.overRow(this, expansion, ExpandForms.backward(this, expansion), "new");
    return List.of("create or replace function " + name + "() returns trigger language plpgsql as $godwit$\n"
            + "begin\n"
            + "  if tg_op = 'INSERT' then\n"
            + "    if new." + now + " is null then\n"
            + "      new." + now + " := " + toNew + ";\n"
            + "    elsif new." + old + " is null then\n"
            + "      new." + old + " := " + toOld + ";\n"
            + "    end if;\n"
            + "  elsif new." + old + " is distinct from old." + old + " and new." + now + " is not distinct from old." + now
            + " then\n"
            + "    new." + now + " := " + toNew + ";\n"
            + "  elsif new." + now + " is distinct from old." + now + " and new." + old + " is not distinct from old." + old
            + " then\n"
            + "    if new." + now + " is distinct from " + toNew + " then\n"
            + "      new." + old + " := " + toOld + ";\n"
            + "    end if;\n"
            + "  elsif new." + now + " is null then\n"
            + "    new." + now + " := " + toNew + ";\n"
            + "  end if;\n"
            + "  return new;\n"
            + "end $godwit$",
        "create trigger " + name + " before insert or update on " + quote(expansion.table())
            + " for each row execute function " + name + "()");
  }

  @Override
  protected List<String> dropSync(Expansion expansion) {
    String name = quote(syncName(expansion, ""));
    return List.of("drop trigger if exists " + name + " on " + quote(expansion.table()),
        "drop function if exists " + name + "()");
  }

  @Override
  protected String type(ColumnType type) {
    if (isFloatWithPrecision(type)) {
      return type.precision() <= 24 ? "float4" : "float(" + type.precision() + ")";
    }
    return switch (type.kind()) {
      case BOOLEAN -> "boolean";
      case TINYINT, SMALLINT, ENUM_ORDINAL -> "smallint";
      case INTEGER -> "integer";
      case BIGINT -> "bigint";
      case REAL -> "float4";
      case DOUBLE -> "float(53)";
      case NUMERIC -> "numeric(" + type.precision() + "," + type.scale() + ")";
      case VARCHAR -> type.length() <= MAX_VARCHAR ? "varchar(" + type.length() + ")" : "text";
      case ENUM_STRING -> "varchar(" + type.length() + ")";
      case CHAR -> "char(" + type.length() + ")";
      case JSON -> "jsonb";
      case CLOB, BLOB -> "oid";
      case VARBINARY -> "bytea";
      case DATE -> "date";
      case TIME -> "time(" + type.precision() + ")";
      case TIMESTAMP -> "timestamp(" + type.precision() + ")";
      case TIMESTAMP_UTC -> "timestamp(" + type.precision() + ") with time zone";
      case UUID -> "uuid";
    };
  }

  @Override
  protected Optional<String> check(Column column) {
    return EnumChecks.of(column, this);
  }

  /** The name PostgreSQL gives a constraint, from names as they are stored (unquoted ones fold to lower case). */
  @Override
  protected String storedName(String name) {
    return stored(name);
  }

  private String stored(String name) {
    String local = Identifiers.local(name);
    return quote(local).startsWith("\"") ? bare(local) : local.toLowerCase(Locale.ROOT);
  }

  /**
   * {@code ADD GENERATED BY DEFAULT AS IDENTITY} keeps the values; the identity's own sequence
   * starts at 1, so it is set past the largest id ({@code pg_get_serial_sequence} finds it by the
   * table's name as written and the column's as stored).
   */
  @Override
  protected List<String> changeIdentity(Change.AlterColumn change) {
    String table = quote(change.table());
    String column = quote(change.to().name());
    String alter = "alter table " + table + " alter column " + column;
    if (!change.to().identity()) {
      return List.of(alter + " drop identity if exists");
    }
    return List.of(alter + " add generated by default as identity",
        "select setval(pg_get_serial_sequence(" + literal(table) + ", " + literal(stored(change.to().name())) + "), "
            + "coalesce(max(" + column + "), 0) + 1, false) from " + table);
  }

  @Override
  protected String checkName(String table, String column) {
    return PostgresNames.constraintName(stored(table), List.of(stored(column)), "check");
  }

  @Override
  protected String uniqueName(String table, UniqueKey key) {
    return key.implicitName()
        ? PostgresNames.constraintName(stored(table), key.columns().stream().map(this::stored).toList(), "key")
        : key.name();
  }

  /** PostgreSQL names an unnamed primary key {@code <table>_pkey}. */
  @Override
  protected String dropPrimaryKey(String table) {
    return "alter table " + quote(table) + " drop constraint " + quote(primaryKeyName(table));
  }

  String primaryKeyName(String table) {
    return PostgresNames.constraintName(stored(table), List.of(), "pkey");
  }

  /** The name of the unique index a safe primary key change builds first; it takes the key's name when attached. */
  String primaryKeyIndexName(String table, List<String> columns) {
    return PostgresNames.constraintName(stored(table), columns.stream().map(this::stored).toList(), "godwit_pkey");
  }

  /** The renamed table's unnamed primary key keeps its old {@code <table>_pkey} name unless renamed with it. */
  /**
   * {@code public}, PostgreSQL's default schema ({@code @Table(schema = "public")}), exists in every
   * database and holds Flyway's history: never created, and never dropped by an undo (a
   * {@code restrict} drop would fail on that history table).
   */
  @Override
  protected List<String> createSchema(String schema) {
    return isPublic(schema) ? List.of() : super.createSchema(schema);
  }

  @Override
  protected List<String> dropSchema(String schema) {
    return isPublic(schema) ? List.of() : super.dropSchema(schema);
  }

  private static boolean isPublic(String schema) {
    return Identifiers.isQuoted(schema) ? Identifiers.bare(schema).equals("public") : schema.equalsIgnoreCase("public");
  }

  @Override
  protected List<String> renameTable(RenameTable change) {
    List<String> statements = new java.util.ArrayList<>(super.renameTable(change));
    if (!stored(change.from()).equals(stored(change.to()))) {
      // renamed within its old schema, before a move to another one
      statements.add(1, "alter index if exists " + indexName(change.from(),
          PostgresNames.constraintName(stored(change.from()), List.of(), "pkey")) + " rename to "
          + quote(PostgresNames.constraintName(stored(change.to()), List.of(), "pkey")));
    }
    return statements;
  }

  /** Unquoted names fold to lower case. */
  @Override
  protected String columnKey(String name) {
    return stored(name);
  }

  @Override
  protected List<String> changeType(AlterColumn change) {
    String column = quote(change.to().name());
    String sql = "alter table " + quote(change.table()) + " alter column " + column + " type " + type(change.to().type());
    if (change.using().isPresent()) {
      return List.of(sql + " using " + change.using().get());
    }
    // PostgreSQL casts only within a family without USING (integer to boolean or varchar to integer
    // need one, even on an empty table); this is what the undo of a @Backfill conversion runs
    boolean sameFamily = family(change.from().type()) == family(change.to().type());
    return List.of(sameFamily ? sql : sql + " using " + column + "::" + type(change.to().type()));
  }

  private static int family(ColumnType type) {
    return switch (type.kind()) {
      case TINYINT, SMALLINT, INTEGER, BIGINT, ENUM_ORDINAL, REAL, DOUBLE, NUMERIC -> 1;
      case VARCHAR, ENUM_STRING, CLOB -> 2;
      case TIME, TIMESTAMP, TIMESTAMP_UTC, DATE -> 3;
      default -> type.kind().ordinal() + 10;
    };
  }
}
