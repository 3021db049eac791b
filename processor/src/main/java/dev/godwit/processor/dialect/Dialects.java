package dev.godwit.processor.dialect;

import java.util.List;
import java.util.Optional;

/** The dialects Godwit generates for, by the name used in options and folder names. */
public final class Dialects {
  public static final List<String> NAMES = List.of("postgresql", "mysql", "h2");

  private Dialects() {}

  public static Optional<Dialect> byName(String name) {
    return switch (name) {
      case "postgresql" -> Optional.of(new PostgresDialect());
      case "mysql" -> Optional.of(new MySqlDialect());
      case "h2" -> Optional.of(new H2Dialect());
      default -> Optional.empty();
    };
  }
}
