package dev.godwit.processor.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the names a {@code @Backfill} expression uses: column references (bare or quoted words
 * that are neither SQL words nor function calls) and the functions it calls. String literals are
 * skipped; a number's digits and exponent are not names. Also reads SQL default expressions
 * ({@code @ColumnDefault}), for the volatile functions they call.
 */
public final class SqlWords {
  private static final Set<String> SQL_WORDS = sqlWords();

  /**
   * Functions that give a new value per call (random numbers, UUIDs, the wall clock, sequences) on
   * PostgreSQL, MySQL/MariaDB or H2. {@code now()} and {@code CURRENT_TIMESTAMP} are not among them:
   * they are stable within a transaction.
   */
  public static final Set<String> VOLATILE = Set.of("random", "rand", "uuid", "gen_random_uuid", "random_uuid",
      "uuid_generate_v4", "clock_timestamp", "timeofday", "sysdate", "nextval", "newid", "uuid_short");

  /** Column references and called functions, in order of appearance, lower case for functions. */
  public record Names(List<String> columns, List<String> functions) {}

  private SqlWords() {}

  /** The volatile functions {@code expression} calls, each once, in order of appearance. */
  public static List<String> volatileCalls(String expression) {
    return of(expression).functions().stream().filter(VOLATILE::contains).distinct().toList();
  }

  public static Names of(String expression) {
    List<String> columns = new ArrayList<>();
    List<String> functions = new ArrayList<>();
    int i = 0;
    int n = expression.length();
    while (i < n) {
      char c = expression.charAt(i);
      if (c == '\'') {
        i = skipQuoted(expression, i, '\'');
      } else if (c == '"' || c == '`') {
        int end = skipQuoted(expression, i, c);
        columns.add(expression.substring(i + 1, Math.max(i + 1, end - 1)));
        i = end;
      } else if (Character.isDigit(c)) {
        while (i < n && (Character.isLetterOrDigit(expression.charAt(i)) || expression.charAt(i) == '.')) {
          i++;
        }
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
        boolean call = next < n && expression.charAt(next) == '(';
        boolean qualifier = next < n && expression.charAt(next) == '.';
        if (call) {
          functions.add(word.toLowerCase(Locale.ROOT));
        } else if (!qualifier && !SQL_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
          columns.add(word);
        }
      } else {
        i++;
      }
    }
    return new Names(List.copyOf(columns), List.copyOf(functions));
  }

  /** The index after the closing quote; a doubled quote inside is an escaped one. */
  static int skipQuoted(String text, int open, char quote) {
    int i = open + 1;
    while (i < text.length()) {
      if (text.charAt(i) == quote) {
        if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return text.length();
  }

  private static Set<String> sqlWords() {
    Set<String> words = new TreeSet<>();
    Dialects.NAMES.forEach(d -> words.addAll(Keywords.forDialect(d)));
    words.addAll(List.of(("and or not null true false unknown is in like ilike similar between case when then else end"
        + " cast as distinct from current_date current_time current_timestamp localtime localtimestamp current_user"
        + " date time timestamp interval with without zone integer int bigint smallint tinyint varchar char character"
        + " varying text numeric decimal boolean bool real double precision float unsigned signed year month day hour"
        + " minute second collate escape exists any all some uuid binary varbinary bytea at local leading trailing both"
        + " for nulls first last default asc desc signed string clob blob").split(" ")));
    return Set.copyOf(words);
  }
}
