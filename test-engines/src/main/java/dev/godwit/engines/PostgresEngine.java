package dev.godwit.engines;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Embedded PostgreSQL 17 (zonky), one server per JVM. It runs as root too: zonky then wraps initdb
 * and postgres in {@code unshare -U}, where they see an unprivileged uid.
 */
public final class PostgresEngine implements Engine, AutoCloseable {
  private final EmbeddedPostgres postgres;
  private final AtomicInteger counter = new AtomicInteger();

  private PostgresEngine(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /** Starts a new server on a free port. */
  public static PostgresEngine start() {
    try {
      // a throwaway cluster needs no durability
      return new PostgresEngine(EmbeddedPostgres.builder().setServerConfig("fsync", "off").start());
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL did not start", e);
    }
  }

  @Override
  public String label() {
    return "postgresql";
  }

  @Override
  public String migrationFolder() {
    return "postgresql";
  }

  @Override
  public String hibernateDialect() {
    return "org.hibernate.dialect.PostgreSQLDialect";
  }

  @Override
  public Database newDatabase() {
    String name = "godwit_" + counter.incrementAndGet();
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
         Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name, e);
    }
    return new Database(name, postgres.getDatabase("postgres", name));
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
