package dev.godwit.processor.dialect;

import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AlterColumn;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.UniqueKey;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** PostgreSQL as Hibernate's {@code PostgreSQLDialect} writes it. */
public final class PostgresDialect extends Dialect {

  private final Target target;
  private final PostgresSafeForms safeForms;

  public PostgresDialect() {
    this(Target.PLAIN);
  }

  public PostgresDialect(Target target) {
    super(Keywords.forDialect("postgresql"));
    this.target = target;
    this.safeForms = new PostgresSafeForms(this, target.postgresVersion());
  }

  @Override
  public List<String> statements(Change change) {
    return target.safeForms() ? safeForms.statements(change) : plain(change);
  }

  /** Every statement that waits for a lock gives up after 100 ms (and is retried) instead of queueing writers behind it. */
  @Override
  public List<String> preamble() {
    return target.safeForms() ? List.of(PostgresSafeForms.setLockTimeout()) : List.of();
  }

  /** Concurrent index builds and batched backfills commit step by step: they cannot run in one transaction. */
  @Override
  public boolean transactional(List<Change> changes) {
    return !target.safeForms() || PostgresSafeForms.createsOrDropsOnly(changes);
  }

  @Override
  public ChangeImpact impact(Change change) {
    return target.safeForms() ? PostgresSafeImpacts.of(change, this, target.postgresVersion()) : PostgresImpacts.of(change, this);
  }

  @Override
  public String name() {
    return "postgresql";
  }

  @Override
  protected String type(ColumnType type) {
    return switch (type.kind()) {
      case BOOLEAN -> "boolean";
      case TINYINT, SMALLINT, ENUM_ORDINAL -> "smallint";
      case INTEGER -> "integer";
      case BIGINT -> "bigint";
      case REAL -> "float4";
      case DOUBLE -> "float(53)";
      case NUMERIC -> "numeric(" + type.precision() + "," + type.scale() + ")";
      case VARCHAR, ENUM_STRING -> "varchar(" + type.length() + ")";
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
  private String stored(String name) {
    return quote(name).startsWith("\"") ? bare(name) : name.toLowerCase(Locale.ROOT);
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
    return "alter table " + quote(table) + " drop constraint "
        + quote(PostgresNames.constraintName(stored(table), List.of(), "pkey"));
  }

  /** The renamed table's unnamed primary key keeps its old {@code <table>_pkey} name unless renamed with it. */
  @Override
  protected List<String> renameTable(String from, String to) {
    return List.of(super.renameTable(from, to).get(0), "alter index if exists "
        + quote(PostgresNames.constraintName(stored(from), List.of(), "pkey")) + " rename to "
        + quote(PostgresNames.constraintName(stored(to), List.of(), "pkey")));
  }

  @Override
  protected List<String> changeType(AlterColumn change) {
    String sql = "alter table " + quote(change.table()) + " alter column " + quote(change.to().name())
        + " type " + type(change.to().type());
    return List.of(change.using().map(u -> sql + " using " + u).orElse(sql));
  }
}
