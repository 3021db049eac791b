package dev.godwit.processor.jpa;

import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.Identifiers;
import java.util.Comparator;

/**
 * The order Hibernate 6.6 gives the columns of a primary key ({@code ColumnOrderingStrategyStandard}):
 * by physical size in bytes (at least 4), then whether that exceeds 2048, then by name. Foreign
 * keys referring to a composite key follow this order.
 */
final class ConstraintColumnOrder {
  /** What Hibernate's dialects report as the longest varchar/varbinary, for a column of default length. */
  private static final long DIALECT_MAX_LENGTH = 1_000_000_000L;
  private static final double DECIMAL_DIGITS_PER_BYTE = Math.log(10) / Math.log(2) * 8;

  static final Comparator<Column> HIBERNATE = Comparator
      .comparingLong((Column c) -> Math.max(size(c.type()), 4))
      .thenComparing(c -> size(c.type()) > 2048)
      .thenComparing(c -> Identifiers.bare(c.name()));

  private ConstraintColumnOrder() {}

  private static long size(ColumnType type) {
    return switch (type.kind()) {
      case BOOLEAN, TINYINT -> 1;
      case SMALLINT -> 2;
      case INTEGER, REAL, DATE, TIME -> 4;
      case BIGINT, DOUBLE, TIMESTAMP, TIMESTAMP_UTC -> 8;
      case NUMERIC -> (long) Math.ceil(type.precision() / DECIMAL_DIGITS_PER_BYTE);
      case VARCHAR, VARBINARY -> type.length() == TypeMapper.DEFAULT_LENGTH ? DIALECT_MAX_LENGTH : type.length();
      case UUID -> 16;
      case ENUM_ORDINAL -> type.values().size() <= 127 ? 1 : 2;
      case CLOB, BLOB, ENUM_STRING -> Integer.MAX_VALUE;
    };
  }
}
