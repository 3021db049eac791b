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

  /** The settings from {@code @Column} and friends that shape a basic column's type. */
  record Facets(int length, int precision, int scale, boolean lob, String enumType) {}

  private TypeMapper() {}

  /** The column type, or empty when Godwit does not know how Hibernate maps the Java type. */
  static Optional<ColumnType> map(TypeMirror type, Facets facets) {
    int length = facets.length() > 0 ? facets.length() : DEFAULT_LENGTH;
    if (type.getKind().isPrimitive()) {
      return primitive(type.getKind());
    }
    if (type instanceof ArrayType array) {
      String component = array.getComponentType().toString();
      if (component.equals("byte") || component.equals("java.lang.Byte")) {
        return Optional.of(facets.lob() ? ColumnType.of(TypeKind.BLOB) : ColumnType.varbinary(length));
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
      case "java.lang.Float" -> ColumnType.of(TypeKind.REAL);
      case "java.lang.Double" -> ColumnType.of(TypeKind.DOUBLE);
      case "java.math.BigDecimal" -> ColumnType.numeric(precision, scale);
      case "java.math.BigInteger" -> ColumnType.numeric(precision, 0);
      case "java.lang.String" -> facets.lob() ? ColumnType.of(TypeKind.CLOB) : ColumnType.varchar(length);
      case "java.time.LocalDate" -> ColumnType.of(TypeKind.DATE);
      case "java.time.LocalTime" -> ColumnType.temporal(TypeKind.TIME, TEMPORAL_PRECISION);
      case "java.time.LocalDateTime" -> ColumnType.temporal(TypeKind.TIMESTAMP, TEMPORAL_PRECISION);
      case "java.time.Instant", "java.time.OffsetDateTime", "java.time.ZonedDateTime" ->
          ColumnType.temporal(TypeKind.TIMESTAMP_UTC, TEMPORAL_PRECISION);
      case "java.util.UUID" -> ColumnType.of(TypeKind.UUID);
      default -> null;
    });
  }

  private static Optional<ColumnType> primitive(javax.lang.model.type.TypeKind kind) {
    return Optional.ofNullable(switch (kind) {
      case BOOLEAN -> ColumnType.of(TypeKind.BOOLEAN);
      case BYTE -> ColumnType.of(TypeKind.TINYINT);
      case SHORT -> ColumnType.of(TypeKind.SMALLINT);
      case INT -> ColumnType.of(TypeKind.INTEGER);
      case LONG -> ColumnType.of(TypeKind.BIGINT);
      case FLOAT -> ColumnType.of(TypeKind.REAL);
      case DOUBLE -> ColumnType.of(TypeKind.DOUBLE);
      default -> null;
    });
  }
}
