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
 * Table and column names longer than a database keeps. PostgreSQL silently truncates a name to
 * 63 bytes (so Hibernate then looks for a column that is not there); MySQL and MariaDB refuse
 * names over 64 characters; H2 allows 256 characters.
 */
public final class IdentifierLimits {

  /** A name that is too long: where it is, and why. */
  public record TooLong(String table, Optional<String> column, String message) {}

  private IdentifierLimits() {}

  public static List<TooLong> check(Schema schema, String dialect) {
    List<TooLong> problems = new ArrayList<>();
    for (Table table : schema.tables()) {
      tooLong(table.name(), dialect).ifPresent(why -> problems.add(new TooLong(table.name(), Optional.empty(),
          "table name " + Identifiers.bare(table.name()) + " " + why + "; give the entity a shorter @Table(name = ...)")));
      for (Column column : table.columns()) {
        tooLong(column.name(), dialect).ifPresent(why -> problems.add(new TooLong(table.name(), Optional.of(column.name()),
            "column name " + Identifiers.bare(column.name()) + " " + why + "; give it a shorter @Column(name = ...)")));
      }
    }
    return problems;
  }

  private static Optional<String> tooLong(String name, String dialect) {
    String bare = Identifiers.bare(name);
    return switch (dialect) {
      case "postgresql" -> {
        int bytes = bare.getBytes(StandardCharsets.UTF_8).length;
        yield bytes > 63 ? Optional.of("is " + bytes + " bytes long; PostgreSQL keeps 63 and would silently cut it to "
            + truncate(bare, 63)) : Optional.empty();
      }
      case "mysql" -> bare.codePointCount(0, bare.length()) > 64
          ? Optional.of("is " + bare.codePointCount(0, bare.length()) + " characters long; MySQL and MariaDB refuse names over 64")
          : Optional.empty();
      default -> bare.codePointCount(0, bare.length()) > 256
          ? Optional.of("is " + bare.codePointCount(0, bare.length()) + " characters long; H2 refuses names over 256")
          : Optional.empty();
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
