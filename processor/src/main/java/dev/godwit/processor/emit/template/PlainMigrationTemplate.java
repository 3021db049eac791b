package dev.godwit.processor.emit.template;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bytecode template of a Godwit migration class for a class path without Flyway: the class file compiled from this
 * source, with its name and placeholders replaced ({@link dev.godwit.processor.emit.MigrationClassFile}),
 * is the class of a version generated in this very compilation, written to the class output as a
 * resource so that javac runs no extra round for it. It behaves exactly like the committed source
 * {@link dev.godwit.processor.emit.JavaMigrationWriter} writes (a test compares them). Never loaded
 * by the processor.
 */
public final class PlainMigrationTemplate {
  public static final int VERSION = 0x7E57AB1E;
  public static final String DESCRIPTION = "@godwit:description@";
  private static final String RESOURCE = "@godwit:resource@";
  private static final Map<String, List<String>> UP = load("up");
  private static final Map<String, List<String>> DOWN = load("down");
  /** Not a constant, so that javac keeps both branches of the code that reads it. */
  public static final boolean TRANSACTIONAL = Boolean.parseBoolean("@godwit:transactional@");

  private PlainMigrationTemplate() {}

  public static List<String> up(String dialect) {
    return select(UP, dialect);
  }

  public static List<String> down(String dialect) {
    return select(DOWN, dialect);
  }

  public static void apply(Connection connection) throws SQLException {
    run(connection, up(dialectOf(connection)));
  }

  public static void undo(Connection connection) throws SQLException {
    run(connection, down(dialectOf(connection)));
  }

  public static String dialectOf(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("postgres")) {
      return "postgresql";
    }
    if (product.contains("mysql") || product.contains("mariadb")) {
      return "mysql";
    }
    if (product.contains("h2")) {
      return "h2";
    }
    throw new SQLException("Godwit generated no migration for database " + product);
  }

  private static Map<String, List<String>> load(String direction) {
    InputStream resource = PlainMigrationTemplate.class.getResourceAsStream(RESOURCE);
    if (resource == null) {
      throw new IllegalStateException("the resource " + RESOURCE + " written with this class is missing from the class path");
    }
    Map<String, List<String>> statements = new TreeMap<>();
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(resource))) {
      for (int sections = in.readInt(); sections > 0; sections--) {
        boolean wanted = in.readUTF().equals(direction);
        String dialect = in.readUTF();
        List<String> list = new ArrayList<>();
        for (int count = in.readInt(); count > 0; count--) {
          list.add(new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8));
        }
        if (wanted) {
          statements.put(dialect, List.copyOf(list));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(statements);
  }

  private static List<String> select(Map<String, List<String>> statements, String dialect) {
    List<String> selected = statements.get(dialect);
    if (selected == null) {
      throw new IllegalArgumentException("no statements for dialect " + dialect + "; generated for " + statements.keySet());
    }
    return selected;
  }

  private static void run(Connection connection, List<String> statements) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    if (!TRANSACTIONAL && !autoCommit) {
      connection.setAutoCommit(true);
    }
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }
}
