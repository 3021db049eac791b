package dev.godwit.lockbench;

import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddColumn;
import dev.godwit.processor.dialect.MySqlVersion;
import dev.godwit.processor.dialect.PostgresDialect;
import dev.godwit.processor.dialect.Target;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ColumnType;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Does autovacuum, started by a backfill's dead rows, make the brief-lock steps after it fail? On a
 * server whose autovacuum looks at the table every second and works slowly (as on a large table),
 * runs Godwit's migration for a new NOT NULL column filled by an expression, once as generated and
 * once without its {@code vacuum} step, and prints whether an autovacuum worker was on the table,
 * how long the migration took and how it ended. A program, like the lock benchmark; not a test.
 *
 * <p>Arguments: the table's rows (default 200000).
 */
public final class AutovacuumCheck {
  private AutovacuumCheck() {}

  public static void main(String[] args) throws Exception {
    int rows = args.length == 0 ? 200_000 : Integer.parseInt(args[0]);
    PostgresDialect godwit = new PostgresDialect(new Target(17, MySqlVersion.DEFAULT, true));
    Change change = new AddColumn("bench", new Column("handle", ColumnType.varchar(110), false, false), Optional.of("upper(name)"));
    List<String> generated = new ArrayList<>(godwit.preamble(List.of(change)));
    generated.addAll(godwit.statements(change));
    List<String> withoutVacuum = withoutVacuum(generated);
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
        .setServerConfig("autovacuum_naptime", "1").start()) {
      run(postgres, "as generated", generated, rows);
      run(postgres, "without the vacuum step", withoutVacuum, rows);
    }
  }

  /** The statements less {@code vacuum} and the two lock timeout settings around it. */
  private static List<String> withoutVacuum(List<String> statements) {
    List<String> kept = new ArrayList<>(statements);
    int vacuum = kept.indexOf(kept.stream().filter(s -> s.startsWith("vacuum")).findFirst().orElseThrow());
    kept.subList(vacuum - 1, vacuum + 2).clear();
    return kept;
  }

  private static void run(EmbeddedPostgres postgres, String label, List<String> migration, int rows) throws Exception {
    String database = "autovacuum_" + label.replaceAll("[^a-z]", "_");
    try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement statement = admin.createStatement()) {
      statement.execute("create database " + database);
    }
    DataSource dataSource = postgres.getDatabase("postgres", database);
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      // autovacuum starts after a few dead rows and then crawls, as it does through a large table
      statement.execute("create table bench (id bigint primary key, name varchar(100)) with (autovacuum_vacuum_threshold = 0,"
          + " autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_cost_delay = 100, autovacuum_vacuum_cost_limit = 1)");
      statement.execute("insert into bench select g, 'name ' || g from generate_series(1, " + rows + ") g");
      statement.execute("vacuum analyze bench");
    }
    AtomicLong autovacuumSeen = new AtomicLong(-1);
    long start = System.nanoTime();
    Thread watcher = new Thread(() -> watch(dataSource, autovacuumSeen, start), "autovacuum-watcher");
    watcher.setDaemon(true);
    watcher.start();
    String outcome;
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      for (String sql : migration) {
        statement.execute(sql);
      }
      outcome = "finished";
    } catch (SQLException e) {
      outcome = "FAILED: " + e.getMessage().lines().findFirst().orElse("");
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    watcher.interrupt();
    System.out.printf("%s, %,d rows: autovacuum on the table %s; migration %s after %,d ms%n", label, rows,
        autovacuumSeen.get() < 0 ? "not seen" : "from " + autovacuumSeen.get() + " ms", outcome, millis);
  }

  private static void watch(DataSource dataSource, AtomicLong seen, long start) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      while (seen.get() < 0 && !Thread.currentThread().isInterrupted()) {
        try (ResultSet rs = statement.executeQuery("select count(*) from pg_stat_activity"
            + " where backend_type = 'autovacuum worker' and query like '%bench%' and datname = current_database()")) {
          rs.next();
          if (rs.getInt(1) > 0) {
            seen.set((System.nanoTime() - start) / 1_000_000);
          }
        }
        Thread.sleep(20);
      }
    } catch (SQLException | InterruptedException e) {
      // the run is over
    }
  }
}
