package dev.godwit.processor.dialect;

import java.util.List;
import java.util.Optional;

/** The dialects Godwit generates for, by the name used in options and folder names. */
public final class Dialects {
  public static final List<String> NAMES = List.of("postgresql", "mysql", "h2");

  private Dialects() {}

  /** The dialect writing the default {@link Target}: safe forms for PostgreSQL 14 and MySQL 8.4. */
  public static Optional<Dialect> byName(String name) {
    return byName(name, Target.DEFAULT);
  }

  public static Optional<Dialect> byName(String name, Target target) {
    return switch (name) {
      case "postgresql" -> Optional.of(new PostgresDialect(target));
      case "mysql" -> Optional.of(new MySqlDialect(target));
      case "h2" -> Optional.of(new H2Dialect());
      default -> Optional.empty();
    };
  }
}
