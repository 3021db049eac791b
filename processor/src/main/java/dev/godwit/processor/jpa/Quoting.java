package dev.godwit.processor.jpa;

import dev.godwit.processor.dialect.Keywords;
import dev.godwit.processor.model.Identifiers;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which names Hibernate quotes: the keyword list of one extraction ({@code auto_quote_keyword}).
 * Hibernate's lists differ per dialect and grow at run time by the words the JDBC driver reports;
 * the model's names are read with the words every dialect quotes ({@link #common}), and once more
 * per dialect whose extra words the entities use ({@link #used}).
 */
final class Quoting {
  private final Set<String> keywords;
  /** Words this extraction met that some dialect quotes and it does not, lower case. */
  private final Set<String> used = new TreeSet<>();

  Quoting(Set<String> keywords) {
    this.keywords = Set.copyOf(keywords);
  }

  /** The words Hibernate quotes on every dialect (its H2 list, which the other dialects' lists contain). */
  static Quoting common() {
    return new Quoting(Keywords.forDialect("h2"));
  }

  /** The quoting of Hibernate run with a connection to a database of that dialect. */
  static Quoting atRunTime(String dialect) {
    return new Quoting(Keywords.atRunTime(dialect));
  }

  /**
   * The logical identifier for a name written in the source (or implied by JPA), quoted the way
   * Hibernate's {@code Identifier.toIdentifier} and {@code auto_quote_keyword} quote it: names in
   * backticks, double quotes (JPA's quoting) or brackets, SQL keywords, and names that are not
   * plain identifiers (a character other than a letter, digit or underscore, or a leading digit).
   */
  String logical(String name) {
    String text = name.strip();
    if (Identifiers.isQuoted(text)) {
      return text;
    }
    if (text.length() > 1 && (text.startsWith("\"") && text.endsWith("\"") || text.startsWith("[") && text.endsWith("]"))) {
      return Identifiers.quoted(text.substring(1, text.length() - 1));
    }
    String word = text.toLowerCase(Locale.ROOT);
    boolean keyword = keywords.contains(word);
    if (!keyword) {
      used.add(word);
    }
    boolean quote = keyword || !plainIdentifier(text);
    return quote ? Identifiers.quoted(text) : text;
  }

  /** Whether this extraction left unquoted a name that {@code other} quotes. */
  boolean quotesLessThan(Quoting other) {
    return used.stream().anyMatch(other.keywords::contains);
  }

  private static boolean plainIdentifier(String text) {
    if (text.isEmpty() || !Character.isLetter(text.charAt(0)) && text.charAt(0) != '_') {
      return false;
    }
    return text.chars().skip(1).allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
  }
}
