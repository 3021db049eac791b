package dev.godwit.processor.jpa;

import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.TypeKind;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * The column type Hibernate 6.6 assigns to a basic attribute's Java type, with the length,
 * precision and scale defaults Hibernate applies.
 */
final class TypeMapper {
  static final int DEFAULT_LENGTH = 255;
  static final int DEFAULT_PRECISION = 38;
  static final int DEFAULT_SCALE = 2;
  static final int TEMPORAL_PRECISION = 6;
  /** Hibernate turns a float's decimal {@code @Column(precision)} into binary digits: p / log10(2). */
  private static final double LOG10_OF_2 = Math.log(2) / Math.log(10);

  /**
   * The settings from {@code @Column} and friends that shape a basic column's type. {@code length}
   * is 0 without {@code @Column} (an annotation present gives its default 255, also for LOBs, as in
   * Hibernate). {@code temporal} is the {@code @Temporal} type or empty.
   */
  record Facets(int length, int precision, int scale, boolean lob, String enumType, String temporal) {

    Facets(int length, int precision, int scale, boolean lob, String enumType) {
      this(length, precision, scale, lob, enumType, "");
    }
  }

  private TypeMapper() {}

  /** The column type, or empty when Godwit does not know how Hibernate maps the Java type. */
  static Optional<ColumnType> map(TypeMirror type, Facets facets) {
    int length = facets.length() > 0 ? facets.length() : DEFAULT_LENGTH;
    if (type.getKind().isPrimitive()) {
      return primitive(type.getKind(), facets);
    }
    if (type instanceof ArrayType array) {
      String component = array.getComponentType().toString();
      if (component.equals("byte")) {
        return Optional.of(facets.lob() ? lob(TypeKind.BLOB, facets) : ColumnType.varbinary(length));
      }
      return Optional.empty();
    }
    if (!(type instanceof DeclaredType declared)) {
      return Optional.empty();
    }
    TypeElement element = (TypeElement) declared.asElement();
    if (element.getKind() == ElementKind.ENUM) {
      List<String> constants = element.getEnclosedElements().stream()
          .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
          .map(Element::getSimpleName).map(Object::toString).toList();
      return Optional.of("STRING".equals(facets.enumType())
          ? ColumnType.enumerated(TypeKind.ENUM_STRING, length, constants)
          : ColumnType.enumerated(TypeKind.ENUM_ORDINAL, 0, constants));
    }
    int precision = facets.precision() > 0 ? facets.precision() : DEFAULT_PRECISION;
    int scale = facets.scale() > 0 ? facets.scale() : DEFAULT_SCALE;
    return Optional.ofNullable(switch (element.getQualifiedName().toString()) {
      case "java.lang.Boolean" -> ColumnType.of(TypeKind.BOOLEAN);
      case "java.lang.Byte" -> ColumnType.of(TypeKind.TINYINT);
      case "java.lang.Short" -> ColumnType.of(TypeKind.SMALLINT);
      case "java.lang.Integer" -> ColumnType.of(TypeKind.INTEGER);
      case "java.lang.Long" -> ColumnType.of(TypeKind.BIGINT);
      case "java.lang.Float" -> floating(TypeKind.REAL, facets);
      case "java.lang.Double" -> floating(TypeKind.DOUBLE, facets);
      case "java.math.BigDecimal" -> ColumnType.numeric(precision, scale);
      case "java.math.BigInteger" -> ColumnType.numeric(precision, facets.scale());
      case "java.lang.String" -> facets.lob() ? lob(TypeKind.CLOB, facets) : ColumnType.varchar(length);
      case "java.lang.Character" -> character(facets);
      case "java.time.LocalDate", "java.sql.Date" -> ColumnType.of(TypeKind.DATE);
      case "java.time.LocalTime", "java.sql.Time" -> ColumnType.temporal(TypeKind.TIME, TEMPORAL_PRECISION);
      case "java.time.LocalDateTime", "java.sql.Timestamp" -> ColumnType.temporal(TypeKind.TIMESTAMP, TEMPORAL_PRECISION);
      case "java.util.Date", "java.util.Calendar" -> temporal(facets.temporal());
      case "java.time.Instant", "java.time.OffsetDateTime", "java.time.ZonedDateTime" ->
          ColumnType.temporal(TypeKind.TIMESTAMP_UTC, TEMPORAL_PRECISION);
      case "java.util.UUID" -> ColumnType.of(TypeKind.UUID);
      case "java.sql.Clob" -> lob(TypeKind.CLOB, facets);
      case "java.sql.Blob" -> lob(TypeKind.BLOB, facets);
      default -> null;
    });
  }

  /** A LOB keeps the {@code @Column} length, which only MySQL's tiny/medium/long types show. */
  private static ColumnType lob(TypeKind kind, Facets facets) {
    return new ColumnType(kind, facets.length(), 0, 0, List.of());
  }

  private static ColumnType character(Facets facets) {
    return new ColumnType(TypeKind.CHAR, facets.length() > 0 ? facets.length() : 1, 0, 0, List.of());
  }

  /** {@code java.util.Date} and {@code Calendar}: as {@code @Temporal} says, a timestamp without it. */
  private static ColumnType temporal(String temporal) {
    return switch (temporal) {
      case "DATE" -> ColumnType.of(TypeKind.DATE);
      case "TIME" -> ColumnType.temporal(TypeKind.TIME, TEMPORAL_PRECISION);
      default -> ColumnType.temporal(TypeKind.TIMESTAMP, TEMPORAL_PRECISION);
    };
  }

  /** A float or double; {@code @Column(precision)} is kept as the binary precision Hibernate writes. */
  private static ColumnType floating(TypeKind kind, Facets facets) {
    int binary = facets.precision() > 0 ? (int) Math.ceil(facets.precision() / LOG10_OF_2) : 0;
    return new ColumnType(kind, 0, binary, 0, List.of());
  }

  private static Optional<ColumnType> primitive(javax.lang.model.type.TypeKind kind, Facets facets) {
    return Optional.ofNullable(switch (kind) {
      case BOOLEAN -> ColumnType.of(TypeKind.BOOLEAN);
      case BYTE -> ColumnType.of(TypeKind.TINYINT);
      case SHORT -> ColumnType.of(TypeKind.SMALLINT);
      case INT -> ColumnType.of(TypeKind.INTEGER);
      case LONG -> ColumnType.of(TypeKind.BIGINT);
      case FLOAT -> floating(TypeKind.REAL, facets);
      case DOUBLE -> floating(TypeKind.DOUBLE, facets);
      case CHAR -> character(facets);
      default -> null;
    });
  }
}
