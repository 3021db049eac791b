package dev.godwit.processor.emit;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Godwit SQL file into statements: comment lines are skipped and a statement ends with a
 * semicolon at the end of a line outside a string literal.
 */
public final class SqlStatements {
  private SqlStatements() {}

  public static List<String> split(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean inString = false;
    for (String line : script.split("\r?\n", -1)) {
      if (!inString && (line.isBlank() || line.trim().startsWith("--"))) {
        continue;
      }
      if (current.length() > 0) {
        current.append('\n');
      }
      current.append(line);
      for (int i = 0; i < line.length(); i++) {
        if (line.charAt(i) == '\'') {
          inString = !inString;
        }
      }
      String trimmed = line.stripTrailing();
      if (!inString && trimmed.endsWith(";")) {
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
