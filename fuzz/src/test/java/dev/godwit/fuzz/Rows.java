package dev.godwit.fuzz;

import dev.godwit.fuzz.FieldType.Kind;
import dev.godwit.fuzz.Model.Entity;
import dev.godwit.fuzz.Model.Field;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/**
 * The rows the fuzzer puts into model A's tables, as normalized strings (null for SQL NULL). They
 * depend only on the entity, field and row number, so a shrunk evolution keeps the same data.
 * Values differ per row for kinds that may become unique, stay short enough for any narrowing
 * the generator makes, and enums use only their first two constants (which no edit removes).
 */
final class Rows {
  private Rows() {}

  static int count(Entity entity) {
    return 1 + Math.floorMod(entity.id() * 7, 5);
  }

  static String value(Model model, Field field, int row) {
    if (field.nullable() && (row + field.id()) % 3 == 0) {
      return null;
    }
    FieldType type = field.type();
    return switch (type.kind()) {
      case STRING -> "s" + row + "f" + field.id();
      case INTEGER, LONG, SHORT -> String.valueOf(row * 10 + field.id() % 10);
      case DECIMAL -> new BigDecimal(row * 10 + field.id() % 10).add(new BigDecimal("0.25"))
          .setScale(type.scale(), RoundingMode.UNNECESSARY).toPlainString();
      case DOUBLE -> String.valueOf(row + 0.5);
      case BOOLEAN -> String.valueOf(row % 2 == 0);
      case DATE -> LocalDate.of(2020, 1, 1).plusDays(row * 3L + field.id() % 3).toString();
      case ENUM_STRING -> type.constants().get(row % 2);
      case ENUM_ORDINAL -> String.valueOf(row % 2);
      case REFERENCE -> String.valueOf((row - 1) % count(model.entity(field.target().orElseThrow()).orElseThrow()) + 1);
    };
  }

  /** Binds a normalized value as the column's type expects it. */
  static void bind(PreparedStatement statement, int index, FieldType type, String value) throws SQLException {
    if (value == null) {
      statement.setNull(index, switch (type.kind()) {
        case STRING, ENUM_STRING -> Types.VARCHAR;
        case BOOLEAN -> Types.BOOLEAN;
        case DECIMAL -> Types.DECIMAL;
        case DOUBLE -> Types.DOUBLE;
        case DATE -> Types.DATE;
        case INTEGER, SHORT, ENUM_ORDINAL -> Types.INTEGER;
        case LONG, REFERENCE -> Types.BIGINT;
      });
      return;
    }
    switch (type.kind()) {
      case STRING, ENUM_STRING -> statement.setString(index, value);
      case INTEGER, SHORT, ENUM_ORDINAL -> statement.setInt(index, Integer.parseInt(value));
      case LONG, REFERENCE -> statement.setLong(index, Long.parseLong(value));
      case DECIMAL -> statement.setBigDecimal(index, new BigDecimal(value));
      case DOUBLE -> statement.setDouble(index, Double.parseDouble(value));
      case BOOLEAN -> statement.setBoolean(index, Boolean.parseBoolean(value));
      case DATE -> statement.setObject(index, LocalDate.parse(value));
    }
  }

  /** Reads a column as the normalized string {@link #value} would give. */
  static String read(ResultSet rows, int index, FieldType type) throws SQLException {
    Kind kind = type.kind();
    String value = switch (kind) {
      case STRING, ENUM_STRING -> rows.getString(index);
      case INTEGER, LONG, SHORT, ENUM_ORDINAL, REFERENCE -> String.valueOf(rows.getLong(index));
      case DECIMAL -> rows.getBigDecimal(index) == null ? null : rows.getBigDecimal(index).toPlainString();
      case DOUBLE -> String.valueOf(rows.getDouble(index));
      case BOOLEAN -> String.valueOf(rows.getBoolean(index));
      case DATE -> String.valueOf(rows.getObject(index, LocalDate.class));
    };
    return rows.wasNull() ? null : value;
  }
}
