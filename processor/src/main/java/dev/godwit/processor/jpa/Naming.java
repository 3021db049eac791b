package dev.godwit.processor.jpa;

import dev.godwit.processor.model.Identifiers;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Database names as Hibernate ORM 6.6 derives them from logical names (quoted by {@link Quoting}):
 * the physical naming strategy applied, and the hashed names of implicit constraints. A quoted name is written with backticks, the way
 * Hibernate's {@code Identifier} renders it, e.g. {@code `order`}.
 */
public enum Naming {
  /** JPA's default names: as written in the entity. */
  JPA,
  /** Spring Boot's {@code CamelCaseToUnderscoresNamingStrategy}: snake_case, lower case. */
  SNAKE_CASE;

  public static Naming fromOption(String value) {
    return switch (value) {
      case "jpa" -> JPA;
      case "snake_case" -> SNAKE_CASE;
      default -> throw new IllegalArgumentException(value);
    };
  }

  /** The physical name for a logical identifier; quoting is kept. */
  String physical(String logical) {
    if (this == JPA) {
      return logical;
    }
    boolean quoted = Identifiers.isQuoted(logical);
    String text = Identifiers.bare(logical);
    StringBuilder builder = new StringBuilder(text.replace('.', '_'));
    for (int i = 1; i < builder.length() - 1; i++) {
      if (Character.isLowerCase(builder.charAt(i - 1))
          && Character.isUpperCase(builder.charAt(i))
          && Character.isLowerCase(builder.charAt(i + 1))) {
        builder.insert(i++, '_');
      }
    }
    String snake = builder.toString().toLowerCase(Locale.ROOT);
    return quoted ? Identifiers.quoted(snake) : snake;
  }

  static String foreignKeyName(String table, String referencedTable, List<String> columns) {
    return "FK" + hash("table`" + table + "`references`" + referencedTable + "`" + columnPart(columns));
  }

  /** Hibernate's implicit unique key ({@code "UK"}) and index ({@code "IDX"}) names. */
  static String constraintName(String prefix, String table, List<String> columns) {
    return prefix + hash("table`" + table + "`" + columnPart(columns));
  }

  private static String columnPart(List<String> columns) {
    StringBuilder text = new StringBuilder();
    columns.stream()
        .sorted(Comparator.comparing(Naming::canonical))
        .forEach(c -> text.append("column`").append(c).append("`"));
    return text.toString();
  }

  private static String canonical(String name) {
    return Identifiers.isQuoted(name) ? Identifiers.bare(name) : name.toLowerCase(Locale.ROOT);
  }

  private static String hash(String text) {
    MessageDigest md5;
    try {
      md5 = (MessageDigest) MD5.clone(); // much cheaper than looking the algorithm up for every name
    } catch (CloneNotSupportedException e) {
      md5 = md5();
    }
    return new BigInteger(1, md5.digest(text.getBytes(StandardCharsets.UTF_8))).toString(35);
  }

  /** Never used itself: each hash digests with a clone. */
  private static final MessageDigest MD5 = md5();

  private static MessageDigest md5() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is required of every JVM", e);
    }
  }
}
