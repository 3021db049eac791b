package dev.godwit.processor.dialect;

import dev.godwit.processor.model.Identifiers;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Rewrites a {@code @Backfill} expression written over the table's columns ({@code CAST(age AS
 * INTEGER)}) into one over a trigger's row ({@code CAST(new.age AS INTEGER)}): every bare or
 * quoted word that names a column of the table, and is neither a function call nor qualified, gets
 * the row prefix. String literals are left alone.
 */
final class RowExpressions {
  private RowExpressions() {}

  /**
   * @param columns the table's column names (database names)
   * @param reference how a column of the row is written, e.g. {@code c -> "new." + quote(c)}
   */
  static String overRow(String expression, Set<String> columns, UnaryOperator<String> reference) {
    Set<String> known = columns.stream().map(c -> Identifiers.bare(c).toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    StringBuilder out = new StringBuilder();
    int i = 0;
    int n = expression.length();
    while (i < n) {
      char c = expression.charAt(i);
      if (c == '\'') {
        int end = SqlWords.skipQuoted(expression, i, '\'');
        out.append(expression, i, end);
        i = end;
      } else if (c == '"' || c == '`') {
        int end = SqlWords.skipQuoted(expression, i, c);
        String name = expression.substring(i + 1, Math.max(i + 1, end - 1));
        boolean qualified = i > 0 && expression.charAt(i - 1) == '.';
        out.append(!qualified && known.contains(name.toLowerCase(Locale.ROOT)) ? reference.apply(name) : expression.substring(i, end));
        i = end;
      } else if (Character.isLetter(c) || c == '_') {
        int start = i;
        while (i < n && (Character.isLetterOrDigit(expression.charAt(i)) || "_$".indexOf(expression.charAt(i)) >= 0)) {
          i++;
        }
        String word = expression.substring(start, i);
        int next = i;
        while (next < n && Character.isWhitespace(expression.charAt(next))) {
          next++;
        }
        boolean call = next < n && (expression.charAt(next) == '(' || expression.charAt(next) == '.');
        boolean qualified = start > 0 && expression.charAt(start - 1) == '.';
        out.append(!call && !qualified && known.contains(word.toLowerCase(Locale.ROOT)) ? reference.apply(word) : word);
      } else if (Character.isDigit(c)) {
        int start = i;
        while (i < n && (Character.isLetterOrDigit(expression.charAt(i)) || expression.charAt(i) == '.')) {
          i++;
        }
        out.append(expression, start, i);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
