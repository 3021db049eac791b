package dev.godwit.processor.dialect;

import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddForeignKey;
import dev.godwit.processor.diff.Change.AddUnique;
import dev.godwit.processor.diff.Change.CreateIndex;
import dev.godwit.processor.diff.Change.DropForeignKey;
import dev.godwit.processor.diff.Change.DropIndex;
import dev.godwit.processor.diff.Change.DropUnique;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.Identifiers;
import dev.godwit.processor.model.IdColumn;
import dev.godwit.processor.model.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** H2 2.x as Hibernate's {@code H2Dialect} writes it. */
public final class H2Dialect extends Dialect {
  /** The longest varchar and varbinary Hibernate's H2Dialect writes; longer ones become LOBs. */
  private static final int MAX_LENGTH = 1_048_576;

  public H2Dialect() {
    super(Keywords.forDialect("h2"));
  }

  @Override
  public String name() {
    return "h2";
  }

  /**
   * H2 indexes a foreign key with an index of exactly its columns, its own unless one exists when the
   * key is added, and refuses to drop an index a key uses. An index or unique key a key relies on
   * ({@link dev.godwit.processor.diff.ReliantKeys#exact()}) therefore comes or goes with the key
   * dropped and added again around it, so H2 uses the index Hibernate's schema gives the key.
   */
  @Override
  public List<String> statements(Change change) {
    List<ForeignKey> around = change instanceof CreateIndex c ? c.reliant().exact()
        : change instanceof DropIndex c ? c.reliant().exact()
        : change instanceof AddUnique c ? c.reliant().exact()
        : change instanceof DropUnique c ? c.reliant().exact()
        : List.of();
    List<String> statements = new ArrayList<>();
    around.forEach(key -> statements.addAll(plain(new DropForeignKey(change.subject(), key, false))));
    statements.addAll(plain(change));
    around.forEach(key -> statements.addAll(plain(new AddForeignKey(change.subject(), key, false))));
    return statements;
  }

  @Override
  protected String type(ColumnType type) {
    if (isFloatWithPrecision(type)) {
      return "float(" + type.precision() + ")";
    }
    return switch (type.kind()) {
      case BOOLEAN -> "boolean";
      case TINYINT, ENUM_ORDINAL -> "tinyint";
      case SMALLINT -> "smallint";
      case INTEGER -> "integer";
      case BIGINT -> "bigint";
      case REAL -> "float(24)";
      case DOUBLE -> "float(53)";
      case NUMERIC -> "numeric(" + type.precision() + "," + type.scale() + ")";
      case VARCHAR -> type.length() <= MAX_LENGTH ? "varchar(" + type.length() + ")" : "clob";
      case CHAR -> "char(" + type.length() + ")";
      case CLOB -> "clob";
      case VARBINARY -> type.length() <= MAX_LENGTH ? "varbinary(" + type.length() + ")" : "blob";
      case BLOB -> "blob";
      case DATE -> "date";
      case TIME -> "time(" + type.precision() + ")";
      case TIMESTAMP -> "timestamp(" + type.precision() + ")";
      case TIMESTAMP_UTC -> "timestamp(" + type.precision() + ") with time zone";
      case UUID -> "uuid";
      case JSON -> "json";
      case ENUM_STRING -> "enum (" + literals(type.values().stream().sorted().toList()) + ")";
    };
  }

  @Override
  protected Optional<String> check(Column column) {
    return column.type().kind() == dev.godwit.processor.model.TypeKind.ENUM_ORDINAL
        ? EnumChecks.of(column, this)
        : Optional.empty();
  }

  @Override
  protected String defaultSchema() {
    return "PUBLIC";
  }

  /**
   * Whether {@code table} is in H2's default schema {@code PUBLIC}: unqualified, or in schema
   * {@code public} ({@code @Table(schema = "public")}, which H2 folds to {@code PUBLIC}, as it does
   * Hibernate's DDL), or {@code "PUBLIC"} quoted.
   */
  public static boolean inDefaultSchema(String table) {
    return Identifiers.schema(table).map(H2Dialect::isPublic).orElse(true);
  }

  private static boolean isPublic(String schema) {
    return Identifiers.isQuoted(schema) ? Identifiers.bare(schema).equals("PUBLIC") : schema.equalsIgnoreCase("public");
  }

  /** {@code PUBLIC} exists in every H2 database and holds Flyway's history: never created nor dropped. */
  @Override
  protected List<String> createSchema(String schema) {
    return isPublic(schema) ? List.of() : super.createSchema(schema);
  }

  @Override
  protected List<String> dropSchema(String schema) {
    return isPublic(schema) ? List.of() : super.dropSchema(schema);
  }

  /**
   * A table that goes from the default schema to {@code public} or back stays where it is (both are
   * {@code PUBLIC}); only a change of its name is a rename. A move to another schema is refused
   * before SQL is written (H2 has no {@code set schema}).
   */
  @Override
  protected List<String> moveTable(String from, String to) {
    if (inDefaultSchema(from) && inDefaultSchema(to)) {
      return Identifiers.local(from).equals(Identifiers.local(to)) ? List.of()
          : List.of("alter table " + quote(from) + " rename to " + quote(Identifiers.local(to)));
    }
    return super.moveTable(from, to);
  }

  @Override
  public ChangeImpact impact(Change change) {
    if (change instanceof Change.RenameTable move && statements(move).isEmpty()) {
      return ChangeImpact.noExistingRows("nothing: the table stays in H2's default schema PUBLIC");
    }
    return super.impact(change);
  }

  @Override
  protected String renameColumn(String table, String from, String to) {
    return "alter table " + quote(table) + " alter column " + quote(from) + " rename to " + quote(to);
  }

  /**
   * H2 cannot rename a sequence: the new one is created with the old one's settings and restarted
   * at the old one's next value, then the old one is dropped.
   */
  @Override
  protected List<String> renameSequence(Sequence from, String to) {
    List<String> statements = new ArrayList<>(createSequence(to, from.start(), from.increment()));
    statements.add("alter sequence " + quote(to) + " restart with next value for " + quote(from.name()));
    statements.add(dropSequence(from.name()));
    return statements;
  }

  /**
   * H2 keeps the next value it will return, and Hibernate's pooled optimizer hands out the block of
   * the allocation size below it: a larger allocation size would reach back into the block already
   * handed out, so a used sequence (past its start) moves up by the difference first; an unused one
   * stays at its start, where Hibernate begins with the start value itself.
   */
  @Override
  protected List<String> alterSequence(Sequence from, Sequence to) {
    int growth = to.increment() - from.increment();
    if (growth <= 0) {
      return super.alterSequence(from, to);
    }
    String schema = Identifiers.schema(to.name()).map(s -> literal(columnKey(s))).orElse("current_schema");
    List<String> statements = new ArrayList<>();
    statements.add("alter sequence " + quote(to.name()) + " restart with (select case when base_value = start_value then"
        + " start_value else base_value + " + growth + " end from information_schema.sequences where sequence_schema = "
        + schema + " and sequence_name = " + literal(columnKey(Identifiers.local(to.name()))) + ")");
    statements.addAll(super.alterSequence(from, to));
    return statements;
  }

  @Override
  protected String advanceSequence(String name, int increment, List<IdColumn> ids) {
    return "alter sequence " + quote(name) + " restart with greatest(next value for " + quote(name) + ", "
        + largestIds(increment, ids) + ")";
  }
}
