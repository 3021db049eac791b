package dev.godwit.processor.dialect;

import dev.godwit.processor.model.Column;
import java.util.Optional;

/** The check constraints Hibernate adds to enum columns on dialects without a native enum type. */
final class EnumChecks {
  private EnumChecks() {}

  static Optional<String> of(Column column, Dialect dialect) {
    String name = dialect.quote(column.name());
    return switch (column.type().kind()) {
      case ENUM_ORDINAL -> Optional.of(name + " between 0 and " + (column.type().values().size() - 1));
      case ENUM_STRING -> Optional.of(name + " in (" + Dialect.literals(column.type().values()) + ")");
      default -> Optional.empty();
    };
  }
}
