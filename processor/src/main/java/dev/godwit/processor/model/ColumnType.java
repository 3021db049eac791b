package dev.godwit.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * A column's type: its kind plus the length, precision and scale that apply to it (0 where none
 * applies) and, for enums, the accepted constant names in declaration order.
 */
public record ColumnType(TypeKind kind, int length, int precision, int scale, List<String> values) {

  public ColumnType {
    Objects.requireNonNull(kind, "kind");
    values = List.copyOf(values);
  }

  public static ColumnType of(TypeKind kind) {
    return new ColumnType(kind, 0, 0, 0, List.of());
  }

  public static ColumnType varchar(int length) {
    return new ColumnType(TypeKind.VARCHAR, length, 0, 0, List.of());
  }

  public static ColumnType varbinary(int length) {
    return new ColumnType(TypeKind.VARBINARY, length, 0, 0, List.of());
  }

  public static ColumnType numeric(int precision, int scale) {
    return new ColumnType(TypeKind.NUMERIC, 0, precision, scale, List.of());
  }

  public static ColumnType temporal(TypeKind kind, int precision) {
    return new ColumnType(kind, 0, precision, 0, List.of());
  }

  public static ColumnType enumerated(TypeKind kind, int length, List<String> values) {
    return new ColumnType(kind, length, 0, 0, values);
  }

  /** A short human description, e.g. {@code varchar(255)} or {@code numeric(38,2)}. */
  public String describe() {
    String name = kind.name().toLowerCase(java.util.Locale.ROOT);
    return switch (kind) {
      case VARCHAR, CHAR, VARBINARY, CLOB, BLOB -> length > 0 ? name + "(" + length + ")" : name;
      case NUMERIC -> name + "(" + precision + "," + scale + ")";
      case TIME, TIMESTAMP, TIMESTAMP_UTC -> name + "(" + precision + ")";
      case ENUM_STRING, ENUM_ORDINAL -> name + values;
      default -> name;
    };
  }

  // written out: see Column.equals
  @Override
  public boolean equals(Object other) {
    return other instanceof ColumnType that
        && length == that.length
        && precision == that.precision
        && scale == that.scale
        && kind.equals(that.kind)
        && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, length, precision, scale, values);
  }
}
