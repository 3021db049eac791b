package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.TypeKind;
import java.util.List;
import java.util.Optional;

/**
 * Hibernate's {@code @JdbcTypeCode} (matched by name): the {@code SqlTypes} codes Godwit knows how
 * Hibernate writes per dialect. Any other code is reported, never guessed.
 */
final class JdbcTypeCodes {
  static final int CHAR = 1;
  static final int VARCHAR = 12;
  static final int UUID = 3000;
  static final int JSON = 3001;

  private JdbcTypeCodes() {}

  static boolean isJson(ReadContext context, Attribute attribute) {
    return context.mirrors.exact(attribute.element(), "org.hibernate.annotations.JdbcTypeCode")
        .map(code -> code.integer("value") == JSON).orElse(false);
  }

  static Optional<ColumnType> apply(ReadContext context, Attribute attribute, ColumnType type,
      TypeMapper.Facets facets, boolean report) {
    var annotation = context.mirrors.exact(attribute.element(), "org.hibernate.annotations.JdbcTypeCode");
    if (annotation.isEmpty()) {
      return Optional.of(type);
    }
    int code = annotation.get().integer("value");
    boolean text = type.kind() == TypeKind.VARCHAR || type.kind() == TypeKind.CHAR;
    Optional<ColumnType> result = switch (code) {
      case JSON -> Optional.of(ColumnType.of(TypeKind.JSON));
      case CHAR -> text ? Optional.of(new ColumnType(TypeKind.CHAR,
          facets.length() > 0 ? facets.length() : type.length(), 0, 0, List.of())) : Optional.empty();
      case VARCHAR -> type.kind() == TypeKind.VARCHAR ? Optional.of(type) : Optional.empty();
      case UUID -> type.kind() == TypeKind.UUID ? Optional.of(type) : Optional.empty();
      default -> Optional.empty();
    };
    if (result.isEmpty() && report) {
      context.error(Code.UNSUPPORTED_MAPPING, "@JdbcTypeCode(" + code + ") on " + attribute.name() + " ("
          + attribute.type() + ") is not supported by Godwit yet; supported: SqlTypes.JSON on any attribute, "
          + "SqlTypes.CHAR and SqlTypes.VARCHAR on strings and characters, SqlTypes.UUID on UUID", attribute.element());
    }
    return result;
  }
}
