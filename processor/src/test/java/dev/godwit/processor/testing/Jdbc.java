package dev.godwit.processor.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** What the tests that run migrations on real engines do with a database and the migration files. */
public final class Jdbc {
  private Jdbc() {}

  public static void run(DataSource database, String... statements) throws SQLException {
    run(database, List.of(statements));
  }

  public static void run(DataSource database, List<String> statements) throws SQLException {
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  /** The first column of every row {@code sql} selects. */
  public static List<String> rows(DataSource database, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
         ResultSet rs = statement.executeQuery(sql)) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }

  /** The number the first row of {@code sql} selects, e.g. a {@code count(*)}. */
  public static long count(DataSource database, String sql) throws SQLException {
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
         ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The message of the error {@code sql} fails with; an assertion error when it succeeds. */
  public static String fails(DataSource database, String sql) {
    try {
      run(database, sql);
    } catch (SQLException e) {
      return e.getMessage();
    }
    throw new AssertionError("succeeded: " + sql);
  }

  /**
   * Flyway up to {@code target}, without PostgreSQL's transactional lock, so a migration that runs
   * outside a transaction ({@code CREATE INDEX CONCURRENTLY}) does not wait for the lock's own.
   */
  public static void migrate(DataSource database, String location, String target) {
    Flyway.configure().dataSource(database).locations(location).target(target)
        .configuration(Map.of("flyway.postgresql.transactional.lock", "false")).load().migrate();
  }

  /** The SQL migration in {@code folder} whose name starts with {@code prefix} ({@code V2__}). */
  public static Path migration(Path folder, String prefix) throws IOException {
    return migration(folder, prefix, ".sql");
  }

  /** The file in {@code folder} named {@code prefix...extension} ({@code V2__}, {@code .md}). */
  public static Path migration(Path folder, String prefix, String extension) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.getFileName().toString().endsWith(extension))
          .findFirst().orElseThrow(() -> new AssertionError("no " + prefix + "*" + extension + " in " + folder));
    }
  }
}
