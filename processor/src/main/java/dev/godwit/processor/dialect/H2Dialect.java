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

  @Override
  protected String renameColumn(String table, String from, String to) {
    return "alter table " + quote(table) + " alter column " + quote(from) + " rename to " + quote(to);
  }
}
