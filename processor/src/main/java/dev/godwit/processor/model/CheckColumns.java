package dev.godwit.processor.model;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the column PostgreSQL names an unnamed table check after: the first column the condition
 * refers to. The condition is SQL text, so this reads tokens: the first identifier outside string
 * literals that is neither a function name (followed by {@code (}) nor an SQL word.
 */
public final class CheckColumns {
  private static final Set<String> WORDS = Set.of("and", "or", "not", "null", "is", "in", "between", "like",
      "ilike", "true", "false", "case", "when", "then", "else", "end", "cast", "as", "distinct", "from", "similar",
      "to", "escape", "any", "all", "some", "exists", "current_date", "current_time", "current_timestamp",
      "localtime", "localtimestamp", "interval", "date", "time", "timestamp");

  private CheckColumns() {}

  public static Optional<String> firstReference(String condition) {
    int i = 0;
    while (i < condition.length()) {
      char c = condition.charAt(i);
      if (c == '\'') {
        i = condition.indexOf('\'', i + 1);
        if (i < 0) {
          return Optional.empty();
        }
        i++;
      } else if (c == '"' || c == '`') {
        int end = condition.indexOf(c, i + 1);
        if (end < 0) {
          return Optional.empty();
        }
        return Optional.of("`" + condition.substring(i + 1, end) + "`");
      } else if (Character.isLetter(c) || c == '_') {
        int end = i;
        while (end < condition.length()
            && (Character.isLetterOrDigit(condition.charAt(end)) || condition.charAt(end) == '_')) {
          end++;
        }
        String word = condition.substring(i, end);
        int next = end;
        while (next < condition.length() && Character.isWhitespace(condition.charAt(next))) {
          next++;
        }
        boolean function = next < condition.length() && condition.charAt(next) == '(';
        if (!function && !WORDS.contains(word.toLowerCase(Locale.ROOT))) {
          return Optional.of(word);
        }
        i = end;
      } else if (Character.isDigit(c)) {
        while (i < condition.length() && (Character.isLetterOrDigit(condition.charAt(i)) || condition.charAt(i) == '.')) {
          i++;
        }
      } else {
        i++;
      }
    }
    return Optional.empty();
  }
}
