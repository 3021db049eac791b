package dev.godwit.fuzz;

import java.util.List;

/** The Java type of a generated field and the {@code @Column} facets that shape its column. */
record FieldType(Kind kind, int length, int precision, int scale, List<String> constants) {

  FieldType {
    constants = List.copyOf(constants);
  }

  /** The attribute kinds the generator uses. */
  enum Kind {
    STRING, INTEGER, LONG, SHORT, BOOLEAN, DECIMAL, DOUBLE, DATE, ENUM_STRING, ENUM_ORDINAL, REFERENCE;

    /** Kinds whose generated values differ from row to row, so a unique key on them holds. */
    boolean distinctValues() {
      return switch (this) {
        case STRING, INTEGER, LONG, SHORT, DECIMAL, DATE -> true;
        default -> false;
      };
    }
  }

  static FieldType of(Kind kind) {
    return new FieldType(kind, 0, 0, 0, List.of());
  }

  static FieldType string(int length) {
    return new FieldType(Kind.STRING, length, 0, 0, List.of());
  }

  static FieldType decimal(int precision, int scale) {
    return new FieldType(Kind.DECIMAL, 0, precision, scale, List.of());
  }

  static FieldType enumerated(Kind kind, List<String> constants) {
    return new FieldType(kind, 0, 0, 0, constants);
  }

  FieldType withLength(int changed) {
    return new FieldType(kind, changed, precision, scale, constants);
  }

  FieldType withPrecision(int changed) {
    return new FieldType(kind, length, changed, scale, constants);
  }

  FieldType withConstants(List<String> changed) {
    return new FieldType(kind, length, precision, scale, changed);
  }

  /** The attribute's Java type as written in the source; {@code enumName} names an enum's nested type. */
  String javaType(String enumName) {
    return switch (kind) {
      case STRING -> "String";
      case INTEGER -> "Integer";
      case LONG -> "Long";
      case SHORT -> "Short";
      case BOOLEAN -> "Boolean";
      case DECIMAL -> "java.math.BigDecimal";
      case DOUBLE -> "Double";
      case DATE -> "java.time.LocalDate";
      case ENUM_STRING, ENUM_ORDINAL -> enumName;
      case REFERENCE -> throw new IllegalStateException("a reference's type is its target class");
    };
  }
}
