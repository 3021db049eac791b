package dev.godwit.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Runs a Godwit undo file ({@code U<N>__*.sql}) with plain JDBC, since Flyway's community edition
 * ignores undo migrations: statements end with {@code ;} at the end of a line (outside a PostgreSQL
 * dollar-quoted body such as Godwit's retry procedure, its {@code $$}-quoted steps and its
 * {@code do $godwit$} backfills), {@code --} lines are
 * comments. Pair it with {@link GodwitVerification#compare} to check that an undo restores the
 * previous version's schema.
 */
public final class UndoScript {
  private static final java.util.regex.Pattern DOLLAR_TAG = java.util.regex.Pattern.compile("\\$[A-Za-z_]*\\$");

  private UndoScript() {}

  /** The statements of {@code file}, without their {@code ;}. */
  public static List<String> statements(Path file) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    String dollarTag = null; // inside a PostgreSQL dollar-quoted body ({@code do $godwit$ ... $godwit$})
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String trimmed = line.strip();
        if (dollarTag == null && (trimmed.startsWith("--") || (trimmed.isEmpty() && current.isEmpty()))) {
          continue;
        }
        current.append(current.isEmpty() ? "" : "\n").append(line);
        dollarTag = dollarTagAfter(line, dollarTag);
        if (dollarTag == null && trimmed.endsWith(";")) {
          String statement = current.toString().strip();
          statements.add(statement.substring(0, statement.length() - 1));
          current.setLength(0);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!current.toString().isBlank()) {
      throw new IllegalStateException(file.getFileName() + " ends with a statement without ';': " + current);
    }
    return statements;
  }

  /**
   * The dollar-quote tag open at the end of {@code line}, given the one open at its start: an open
   * body ends only at its own tag ({@code $step$select x$$step$} ends at the last six characters).
   */
  private static String dollarTagAfter(String line, String open) {
    int i = 0;
    while (i < line.length()) {
      if (open != null) {
        int end = line.indexOf(open, i);
        if (end < 0) {
          return open;
        }
        i = end + open.length();
        open = null;
      } else {
        java.util.regex.Matcher tag = DOLLAR_TAG.matcher(line);
        if (!tag.find(i)) {
          return null;
        }
        open = tag.group();
        i = tag.end();
      }
    }
    return open;
  }

  /** Runs every statement of {@code file} on {@code dataSource}, in auto-commit; stops at the first failure, naming it. */
  public static void run(Path file, DataSource dataSource) {
    try (Connection connection = dataSource.getConnection(); Statement jdbc = connection.createStatement()) {
      connection.setAutoCommit(true);
      for (String statement : statements(file)) {
        try {
          jdbc.execute(statement);
        } catch (SQLException e) {
          throw new IllegalStateException(file.getFileName() + ": statement failed: " + statement + "\n  " + e.getMessage(), e);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(file.getFileName() + ": " + e.getMessage(), e);
    }
  }
}
