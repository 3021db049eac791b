package dev.godwit.processor.jpa;

import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.Identifiers;
import java.util.Comparator;
import java.util.List;

/**
 * The order of a collection table's primary key columns as Hibernate 6.6 writes them (its standard
 * column ordering strategy): by physical size in bytes (at least 4), then the very large ones
 * last, then by name. A list's integer index thus precedes a {@code bigint} owner key.
 */
final class KeyColumnOrder {
  private static final int LARGE = 2048;
  /** Hibernate's default length, which it sizes as the dialect's largest varbinary. */
  private static final int DEFAULT_LENGTH = 255;
  private static final double DECIMAL_DIGITS_PER_BYTE = Math.log(10) / Math.log(2) * 8;

  private KeyColumnOrder() {}

  static List<String> sorted(List<Column> columns) {
    return columns.stream()
        .sorted(Comparator.comparingInt((Column c) -> Math.max(size(c.type()), 4))
            .thenComparing(c -> size(c.type()) > LARGE)
            .thenComparing(c -> Identifiers.bare(c.name())))
        .map(Column::name)
        .toList();
  }

  private static int size(ColumnType type) {
    return switch (type.kind()) {
      case BOOLEAN, TINYINT, ENUM_ORDINAL -> 1;
      case SMALLINT -> 2;
      case INTEGER, REAL, DATE, TIME -> 4;
      case BIGINT, DOUBLE, TIMESTAMP, TIMESTAMP_UTC -> 8;
      case UUID -> 16;
      case NUMERIC -> (int) Math.ceil(type.precision() / DECIMAL_DIGITS_PER_BYTE);
      case VARCHAR, VARBINARY -> type.length() == DEFAULT_LENGTH ? Integer.MAX_VALUE : type.length();
      case CLOB, BLOB, ENUM_STRING -> Integer.MAX_VALUE;
    };
  }
}
