package dev.godwit.processor.dialect;

import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.Identifiers;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.model.Table;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Table and column names longer than a database keeps, by the dialect's own
 * {@link Dialect#fitsIdentifier} (the rule that judges constraint names too). PostgreSQL silently
 * truncates a name to 63 bytes, so Hibernate then looks for a column that is not there; MySQL and
 * MariaDB refuse names over 64 characters; H2 allows 256 characters.
 */
public final class IdentifierLimits {

  /** A name that is too long: where it is, and why. */
  public record TooLong(String table, Optional<String> column, String message) {}

  private IdentifierLimits() {}

  public static List<TooLong> check(Schema schema, Dialect dialect) {
    List<TooLong> problems = new ArrayList<>();
    java.util.Set<String> schemas = new java.util.HashSet<>();
    for (Table table : schema.tables()) {
      // the schema and the table are two names, each limited on its own
      String local = Identifiers.local(table.name());
      if (!dialect.fitsIdentifier(local)) {
        problems.add(new TooLong(table.name(), Optional.empty(), "table name " + Identifiers.bare(local) + " "
            + why(local, dialect) + "; give the entity a shorter @Table(name = ...)"));
      }
      Identifiers.schema(table.name()).filter(s -> schemas.add(s) && !dialect.fitsIdentifier(s)).ifPresent(s ->
          problems.add(new TooLong(table.name(), Optional.empty(), "schema name " + Identifiers.bare(s) + " "
              + why(s, dialect) + "; give the schema a shorter name")));
      for (Column column : table.columns()) {
        if (!dialect.fitsIdentifier(column.name())) {
          problems.add(new TooLong(table.name(), Optional.of(column.name()), "column name " + Identifiers.bare(column.name())
              + " " + why(column.name(), dialect) + "; give it a shorter @Column(name = ...)"));
        }
      }
    }
    return problems;
  }

  private static String why(String name, Dialect dialect) {
    String bare = Identifiers.bare(name);
    int characters = bare.codePointCount(0, bare.length());
    return switch (dialect.name()) {
      case "postgresql" -> "is " + bare.getBytes(StandardCharsets.UTF_8).length
          + " bytes long; PostgreSQL keeps 63 and would silently cut it to " + truncate(bare, 63);
      case "mysql" -> "is " + characters + " characters long; MySQL and MariaDB refuse names over 64";
      default -> "is " + characters + " characters long; " + dialect.name() + " allows " + dialect.identifierLimit();
    };
  }

  private static String truncate(String name, int maxBytes) {
    String cut = name;
    while (cut.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
      cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
    }
    return cut;
  }
}
