package dev.godwit.processor.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a Godwit SQL file into statements: comment lines are skipped and a statement ends with a
 * semicolon at the end of a line outside a string literal and outside a dollar-quoted body
 * (PostgreSQL: the retry procedure's {@code $godwit$} body, a step's {@code $$} quotes, a
 * {@code do $godwit$} backfill), which ends only at its own tag.
 */
public final class SqlStatements {
  private static final Pattern DOLLAR_TAG = Pattern.compile("\\$[A-Za-z_]*\\$");

  private SqlStatements() {}

  public static List<String> split(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean inString = false;
    String dollarTag = null;
    for (int start = 0; start <= script.length(); ) {
      int end = script.indexOf('\n', start);
      end = end < 0 ? script.length() : end;
      String line = script.substring(start, end > start && script.charAt(end - 1) == '\r' ? end - 1 : end);
      start = end + 1;
      if (!inString && dollarTag == null && (line.isBlank() || line.trim().startsWith("--"))) {
        continue;
      }
      if (current.length() > 0) {
        current.append('\n');
      }
      current.append(line);
      for (int i = 0; i < line.length(); i++) {
        if (dollarTag != null) {
          if (line.startsWith(dollarTag, i)) {
            i += dollarTag.length() - 1;
            dollarTag = null;
          }
        } else if (line.charAt(i) == '\'') {
          inString = !inString;
        } else if (!inString && line.charAt(i) == '$') {
          Matcher tag = DOLLAR_TAG.matcher(line).region(i, line.length());
          if (tag.lookingAt()) {
            dollarTag = tag.group();
            i += dollarTag.length() - 1;
          }
        }
      }
      String trimmed = line.stripTrailing();
      if (!inString && dollarTag == null && trimmed.endsWith(";")) {
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
}
