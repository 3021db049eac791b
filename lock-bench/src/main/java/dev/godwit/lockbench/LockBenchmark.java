package dev.godwit.lockbench;

import dev.godwit.engines.PostgresEngine;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.dialect.Dialect;
import dev.godwit.processor.dialect.LockPolicy;
import dev.godwit.processor.dialect.MySqlVersion;
import dev.godwit.processor.dialect.PostgresDialect;
import dev.godwit.processor.dialect.Target;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lock benchmark: on embedded PostgreSQL, a populated table with four writers updating random
 * rows; for each change, the longest single update while Godwit's safe form runs, against the
 * plain DDL for the same change and against the same time with no migration (the noise). Writes
 * the results table to {@code docs/safety-locks.md}.
 *
 * <p>Arguments: table sizes (default {@code 100000 1000000}); {@code -Dlockbench.output=<file>};
 * {@code -Dlockbench.only=<part of a change's name>|<another>} runs only those changes;
 * {@code -Dlockbench.trace=true} prints each step's time and who each long writer wait waited for;
 * {@code -Dlockbench.repeat=<n>} runs each change n times (a row each); {@code -Dlockbench.lockTimeout=<ms>}
 * writes Godwit's forms with that lock timeout (option {@code godwit.postgresql.lockTimeout}).
 */
public final class LockBenchmark {
  static final int WRITERS = 4;
  static final long READER_MILLIS = 3000;

  private LockBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = args.length == 0 ? List.of(100_000, 1_000_000) : Arrays.stream(args).map(Integer::valueOf).toList();
    Path output = Path.of(System.getProperty("lockbench.output", "docs/safety-locks.md"));
    List<Result> results = new ArrayList<>();
    String loadBefore = Report.loadAverage();
    try (PostgresEngine engine = PostgresEngine.start()) {
      String adminUrl;
      try (Connection connection = engine.newDatabase().dataSource().getConnection()) {
        adminUrl = connection.getMetaData().getURL();
      }
      Databases databases = new Databases(adminUrl);
      String version = databases.serverVersion();
      for (int rows : sizes) {
        String base = databases.template(rows);
        java.util.Map<List<Change>, String> templates = new java.util.HashMap<>(java.util.Map.of(List.of(), base));
        for (Scenario scenario : Scenario.all()) {
          if (Arrays.stream(System.getProperty("lockbench.only", "").split("\\|")).noneMatch(scenario.name()::contains)) {
            continue;
          }
          String template = templates.get(scenario.setup());
          if (template == null) {
            template = databases.derive(base, templates.size(), setup(new PostgresDialect(), scenario.setup()));
            templates.put(scenario.setup(), template);
          }
          for (int repeat = 0; repeat < Integer.getInteger("lockbench.repeat", 1); repeat++) {
            Run plain = run(databases, template, rows, scenario, new PostgresDialect(), 0);
            Run safe = run(databases, template, rows, scenario, new PostgresDialect(new Target(17, MySqlVersion.DEFAULT, true,
                LockPolicy.DEFAULT.withTimeoutMillis(Integer.getInteger("lockbench.lockTimeout", 100)))), 0);
            // the longest update grows with the time watched on a loaded machine: watch as long as Godwit's run took
            long noise = run(databases, template, rows, scenario, null, Math.max(READER_MILLIS, safe.millis())).stallMillis();
            Result result = new Result(scenario.name(), rows, noise, plain, safe, Report.loadAverage());
            System.out.println(result.row());
            results.add(result);
          }
        }
      }
      Files.createDirectories(output.toAbsolutePath().getParent());
      Files.writeString(output, Report.markdown(results, version, loadBefore), StandardCharsets.UTF_8);
      System.out.println("wrote " + output.toAbsolutePath());
    }
  }

  /** One run on a fresh copy of the table: the migration (or, without a dialect, a pause of {@code noiseMillis}). */
  private static Run run(Databases databases, String template, int rows, Scenario scenario, Dialect dialect, long noiseMillis)
      throws Exception {
    String url = databases.copy(template);
    boolean trace = Boolean.getBoolean("lockbench.trace") && dialect != null && !dialect.preamble(scenario.changes()).isEmpty();
    try (Writers writers = new Writers(url, WRITERS, rows, scenario.writerTable());
         Connection migration = DriverManager.getConnection(url, "postgres", "postgres");
         Connection reader = DriverManager.getConnection(url, "postgres", "postgres")) {
      Thread.sleep(1000); // warm up
      writers.reset();
      long start = System.nanoTime();
      Thread readerThread = null;
      if (scenario.longReader()) {
        readerThread = holdTable(reader);
        Thread.sleep(200);
      }
      LockTrace tracer = trace ? new LockTrace(url, start) : null;
      if (dialect == null) {
        Thread.sleep(noiseMillis);
      } else {
        migrate(migration, dialect, scenario, trace ? start : -1);
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      if (readerThread != null) {
        readerThread.join();
      }
      Thread.sleep(200); // the writers' last updates finish
      if (tracer != null) {
        System.out.println("  " + scenario.name() + " (Godwit): longest update " + writers.longestMillis() + " ms, started at "
            + (writers.longestStartNanos() - start) / 1_000_000 + " ms");
        tracer.close();
      }
      return new Run(writers.longestMillis(), millis);
    } finally {
      databases.drop(url);
    }
  }

  /** Plain DDL runs as Flyway runs a script by default, in one transaction; Godwit's safe forms statement by statement. */
  private static void migrate(Connection connection, Dialect dialect, Scenario scenario, long traceStart) throws SQLException {
    boolean transactional = dialect.transactional(scenario.changes());
    connection.setAutoCommit(!transactional);
    try (Statement statement = connection.createStatement()) {
      for (String sql : dialect.preamble(scenario.changes())) {
        statement.execute(sql);
      }
      for (String sql : scenario.changes().stream().flatMap(c -> dialect.statements(c).stream()).toList()) {
        long began = System.nanoTime();
        statement.execute(sql);
        if (traceStart >= 0 && Boolean.getBoolean("lockbench.notices")) {
          for (java.sql.SQLWarning w = statement.getWarnings(); w != null; w = w.getNextWarning()) {
            System.out.println("      notice " + w.getMessage());
          }
          statement.clearWarnings();
        }
        if (traceStart >= 0) {
          System.out.printf("    %6d ms +%5d ms  %s%n", (began - traceStart) / 1_000_000, (System.nanoTime() - began) / 1_000_000,
              sql.lines().filter(l -> !l.isBlank()).skip(sql.startsWith("do") ? 1 : 0).findFirst().orElse("").strip());
        }
      }
    }
    if (transactional) {
      connection.commit();
    }
  }

  /** The statements of {@code changes} in {@code dialect}, preamble first. */
  private static List<String> setup(Dialect dialect, List<Change> changes) {
    List<String> statements = new ArrayList<>(dialect.preamble(changes));
    changes.forEach(c -> statements.addAll(dialect.statements(c)));
    return statements;
  }

  /** A reporting query that keeps its transaction (and ACCESS SHARE lock) open for three seconds. */
  private static Thread holdTable(Connection reader) throws SQLException {
    reader.setAutoCommit(false);
    try (Statement statement = reader.createStatement()) {
      statement.execute("select count(*) from bench");
    }
    Thread thread = new Thread(() -> {
      try {
        Thread.sleep(READER_MILLIS);
        reader.commit();
      } catch (InterruptedException | SQLException e) {
        throw new IllegalStateException(e);
      }
    }, "reader");
    thread.start();
    return thread;
  }

  record Run(long stallMillis, long millis) {}

  record Result(String change, int rows, long noiseMillis, Run plain, Run safe, String load) {
    String row() {
      return "| " + change + " | " + String.format("%,d", rows) + " | " + load + " | " + noiseMillis + " | "
          + plain.stallMillis() + " | " + plain.millis() + " | " + safe.stallMillis() + " | " + safe.millis() + " | "
          + Math.max(0, safe.stallMillis() - noiseMillis) + " |";
    }
  }
}
