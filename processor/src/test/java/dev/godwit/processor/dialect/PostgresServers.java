package dev.godwit.processor.dialect;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.zip.ZipFile;
import javax.sql.DataSource;

/**
 * An embedded PostgreSQL server of another major version than the class path's (17): zonky's
 * linux-amd64 binaries, which the build copies to {@code target/server-binaries} as
 * {@code postgres-<major>-linux-amd64.jar}. Each {@link #newDatabase()} is a new, empty database.
 */
public final class PostgresServers implements AutoCloseable {
  private final EmbeddedPostgres postgres;
  private final int major;
  private int databases;

  private PostgresServers(EmbeddedPostgres postgres, int major) {
    this.postgres = postgres;
    this.major = major;
  }

  public static PostgresServers start(int major) throws IOException {
    Path jarFile = Path.of(System.getProperty("godwit.server.binaries"), "postgres-" + major + "-linux-amd64.jar");
    ZipFile jar = new ZipFile(jarFile.toFile());
    return new PostgresServers(EmbeddedPostgres.builder().setServerConfig("fsync", "off")
        .setPgBinaryResolver((system, machine) -> jar.getInputStream(jar.getEntry(
            "postgres-" + system.toLowerCase(Locale.ROOT) + "-" + machine + ".txz")))
        .start(), major);
  }

  public DataSource newDatabase() throws SQLException {
    String name = "pg" + major + "_" + ++databases;
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
         Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
    }
    return postgres.getDatabase("postgres", name);
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
