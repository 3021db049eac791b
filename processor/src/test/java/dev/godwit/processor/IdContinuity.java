package dev.godwit.processor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * What the tests of ids continuing through a migration share: rows written through Hibernate as an
 * instance of one release, the migrations applied by Flyway up to a version, and counts of the ids.
 */
final class IdContinuity {
  private IdContinuity() {}

  /**
   * Persists {@code rows} of each of {@code entities} (simple names in {@code fixturePackage}), one
   * transaction per row, as an instance of one release; each row's first string field is set to
   * {@code name} and its number.
   */
  static void persist(SessionFactory app, ClassLoader classes, String fixturePackage, List<String> entities, int rows,
      String name) throws Exception {
    for (int i = 0; i < rows; i++) {
      try (Session session = app.openSession()) {
        session.beginTransaction();
        for (String entity : entities) {
          Class<?> type = classes.loadClass(fixturePackage + "." + entity);
          Object row = type.getDeclaredConstructor().newInstance();
          Arrays.stream(type.getFields()).filter(f -> f.getType() == String.class).findFirst().orElseThrow()
              .set(row, name + i);
          session.persist(row);
        }
        session.getTransaction().commit();
      }
    }
  }

  /** The SQL migration of {@code dialect} under {@code migrations} whose name starts with {@code prefix}. */
  static Path file(Path migrations, String dialect, String prefix) throws java.io.IOException {
    Path folder = migrations.resolve(dialect);
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.getFileName().toString().endsWith(".sql"))
          .findFirst().orElseThrow(() -> new AssertionError("no " + prefix + "* in " + folder));
    }
  }

  static void migrate(DataSource database, String location, String target) {
    Flyway.configure().dataSource(database).locations(location).target(target)
        .configuration(Map.of("flyway.postgresql.transactional.lock", "false")).load().migrate();
  }

  static void run(DataSource database, List<String> statements) throws SQLException {
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  static long count(DataSource database, String sql) throws SQLException {
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
         ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
