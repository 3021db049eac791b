package dev.godwit.processor.jpa;

import dev.godwit.processor.dialect.Keywords;
import dev.godwit.processor.model.Identifiers;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Database names as Hibernate ORM 6.6 derives them: logical names quoted when they are SQL
 * keywords ({@code hibernate.auto_quote_keyword=true}), the physical naming strategy applied, and
 * the hashed names of implicit constraints. A quoted name is written with backticks, the way
 * Hibernate's {@code Identifier} renders it, e.g. {@code `order`}.
 */
public enum Naming {
  /** JPA's default names: as written in the entity. */
  JPA,
  /** Spring Boot's {@code CamelCaseToUnderscoresNamingStrategy}: snake_case, lower case. */
  SNAKE_CASE;

  private static final Set<String> KEYWORDS = Keywords.forDialect("h2");

  public static Naming fromOption(String value) {
    return switch (value) {
      case "jpa" -> JPA;
      case "snake_case" -> SNAKE_CASE;
      default -> throw new IllegalArgumentException(value);
    };
  }

  /**
   * The logical identifier for a name written in the source (or implied by JPA), quoted the way
   * Hibernate's {@code Identifier.toIdentifier} and {@code auto_quote_keyword} quote it: names in
   * backticks, double quotes (JPA's quoting) or brackets, SQL keywords, and names that are not
   * plain identifiers (a character other than a letter, digit or underscore, or a leading digit).
   */
  static String logical(String name) {
    String text = name.strip();
    if (Identifiers.isQuoted(text)) {
      return text;
    }
    if (text.length() > 1 && (text.startsWith("\"") && text.endsWith("\"") || text.startsWith("[") && text.endsWith("]"))) {
      return Identifiers.quoted(text.substring(1, text.length() - 1));
    }
    boolean quote = KEYWORDS.contains(text.toLowerCase(Locale.ROOT)) || !plainIdentifier(text);
    return quote ? Identifiers.quoted(text) : text;
  }

  private static boolean plainIdentifier(String text) {
    if (text.isEmpty() || !Character.isLetter(text.charAt(0)) && text.charAt(0) != '_') {
      return false;
    }
    return text.chars().skip(1).allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
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
    try {
      MessageDigest md5 = MessageDigest.getInstance("MD5");
      return new BigInteger(1, md5.digest(text.getBytes(StandardCharsets.UTF_8))).toString(35);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is required of every JVM", e);
    }
  }
}
