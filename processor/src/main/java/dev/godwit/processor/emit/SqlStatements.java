package dev.godwit.processor.emit;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Godwit SQL file into statements: comment lines are skipped and a statement ends with a
 * semicolon at the end of a line outside a string literal and outside a dollar-quoted body
 * (PostgreSQL: the retry procedure's {@code $godwit$} body, a step's {@code $$} quotes, a
 * {@code do $godwit$} backfill), which ends only at its own tag.
 */
public final class SqlStatements {
  private SqlStatements() {}

  public static List<String> split(String script) {
    // one pass over the script's lines, no copy of each line: the first migration of a large model is
    // megabytes of SQL, split again in every build for the statements resource. Only a quote or a dollar
    // sign changes the state, so the scan jumps from one to the next (String.indexOf) instead of
    // looking at every character, which kept a JIT compile of this loop in every build
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean inString = false;
    String dollarTag = null;
    int length = script.length();
    int nextQuote = -1;
    int nextDollar = -1;
    for (int start = 0; start <= length; ) {
      int next = script.indexOf('\n', start);
      next = next < 0 ? length : next;
      int lineStart = start;
      int end = next > start && script.charAt(next - 1) == '\r' ? next - 1 : next;
      start = next + 1;
      if (!inString && dollarTag == null && (blank(script, lineStart, end) || comment(script, lineStart, end))) {
        continue;
      }
      if (current.length() > 0) {
        current.append('\n');
      }
      current.append(script, lineStart, end);
      for (int i = lineStart; ; ) {
        if (nextQuote < i) {
          nextQuote = indexOrLength(script, '\'', i);
        }
        if (nextDollar < i) {
          nextDollar = indexOrLength(script, '$', i);
        }
        int at = Math.min(nextQuote, nextDollar);
        if (at >= end) {
          break;
        }
        i = at + 1;
        if (dollarTag != null) {
          if (at + dollarTag.length() <= end && script.startsWith(dollarTag, at)) {
            i = at + dollarTag.length();
            dollarTag = null;
          }
        } else if (at == nextQuote) {
          inString = !inString;
        } else if (!inString) {
          int close = at + 1;
          while (close < end && tagCharacter(script.charAt(close))) {
            close++;
          }
          if (close < end && script.charAt(close) == '$') {
            dollarTag = script.substring(at, close + 1);
            i = close + 1;
          }
        }
      }
      if (!inString && dollarTag == null && endsWithSemicolon(script, lineStart, end)) {
        String statement = current.toString().stripTrailing();
        statements.add(statement.substring(0, statement.length() - 1).strip());
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      statements.add(current.toString().strip());
    }
    return statements;
  }

  private static int indexOrLength(String script, char c, int from) {
    int found = script.indexOf(c, from);
    return found < 0 ? script.length() : found;
  }

  /** {@code String.isBlank} of the line. */
  private static boolean blank(String script, int start, int end) {
    for (int i = start; i < end; ) {
      int codePoint = script.codePointAt(i);
      if (!Character.isWhitespace(codePoint)) {
        return false;
      }
      i += Character.charCount(codePoint);
    }
    return true;
  }

  /** Whether the line, {@code trim}med, starts with {@code --}. */
  private static boolean comment(String script, int start, int end) {
    int first = start;
    while (first < end && script.charAt(first) <= ' ') {
      first++;
    }
    return first + 2 <= end && script.charAt(first) == '-' && script.charAt(first + 1) == '-';
  }

  /** Whether the line, {@code stripTrailing}ged, ends with {@code ;}. */
  private static boolean endsWithSemicolon(String script, int start, int end) {
    int kept = end;
    while (kept > start) {
      int codePoint = script.codePointBefore(kept);
      if (!Character.isWhitespace(codePoint)) {
        break;
      }
      kept -= Character.charCount(codePoint);
    }
    return kept > start && script.charAt(kept - 1) == ';';
  }

  /** A character of a dollar quote's tag, {@code [A-Za-z_]}. */
  private static boolean tagCharacter(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
  }
}
