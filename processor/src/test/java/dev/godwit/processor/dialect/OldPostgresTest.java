package dev.godwit.processor.dialect;

import static dev.godwit.processor.testing.SchemaFixtures.notNull;
import static dev.godwit.processor.testing.SchemaFixtures.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddColumn;
import dev.godwit.processor.diff.Change.AlterColumn;
import dev.godwit.processor.model.Check;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.plan.MigrationPlan;
import dev.godwit.processor.plan.ScriptRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code godwit.postgresql.version=11}, {@code 12} and {@code 13} on real PostgreSQL 11.22, 12.22 and 13.22 servers
 * (zonky's binaries, copied beside the class path by the build): every golden case rendered for that
 * target runs up and down over seeded rows and ends with exactly the catalog a fresh create gives
 * (every index valid, every constraint validated, no helper constraint left); SET NOT NULL takes the
 * form of its version; a batched backfill reads only its batch's pages; writers pass a long reader;
 * and a migration whose validation failed runs again through Flyway once the rows are fixed.
 */
class OldPostgresTest {
  private static final Map<Integer, PostgresServers> SERVERS = new HashMap<>();

  @TempDir Path dir;

  private static synchronized PostgresServers server(int version) {
    return SERVERS.computeIfAbsent(version, v -> {
      try {
        return PostgresServers.start(v);
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  @AfterAll
  static void stop() throws Exception {
    for (PostgresServers server : SERVERS.values()) {
      server.close();
    }
  }

  private static PostgresDialect dialect(int version) {
    return new PostgresDialect(new Target(version, MySqlVersion.DEFAULT, true));
  }

  private static List<String> migration(Dialect dialect, Change change) {
    List<String> statements = new ArrayList<>(dialect.preamble(List.of(change)));
    statements.addAll(dialect.statements(change));
    return statements;
  }

  private static DataSource customers(int version, int rows) throws SQLException {
    DataSource database = server(version).newDatabase();
    try (Connection connection = database.getConnection()) {
      PostgresCatalog.run(connection, List.of("create table customer (id bigserial primary key, name varchar(100),"
          + " email varchar(255))", "insert into customer (name) select 'N' || g from generate_series(1, " + rows + ") g"));
    }
    return database;
  }

  static Stream<Arguments> goldens() {
    return Stream.of(11, 12, 13).flatMap(v -> GoldenCases.all().map(c -> Arguments.of(v, c)));
  }

  @ParameterizedTest
  @ValueSource(ints = {11, 12, 13})
  void theServerIsThatVersion(int version) throws SQLException {
    try (Connection connection = server(version).newDatabase().getConnection()) {
      assertThat(PostgresCatalog.count(connection, "select current_setting('server_version_num')::int / 10000"))
          .isEqualTo(version);
    }
  }

  /** Index concurrently, NOT VALID + VALIDATE, unique via index, SET NOT NULL, backfills, lock timeout and retries. */
  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("goldens")
  void everyGoldenRenderedForTheTargetRunsOnItsServer(int version, GoldenCases golden) throws Exception {
    PostgresGoldenExecutionTest.upAndDown(golden, dialect(version), () -> server(version).newDatabase());
  }

  /** PostgreSQL 11 scans under ACCESS EXCLUSIVE (GW411); 12 skips the scan behind a validated check. */
  @ParameterizedTest
  @ValueSource(ints = {11, 12, 13})
  void setNotNullTakesTheFormOfTheVersion(int version) throws Exception {
    Change setNotNull = new AlterColumn("customer", varchar("name", 100), notNull(varchar("name", 100)), Optional.empty());
    List<String> statements = dialect(version).statements(setNotNull);
    if (version == 11) {
      assertThat(statements).containsExactly("call pg_temp.godwit_retry($$alter table customer alter column name set not null$$)");
    } else {
      assertThat(String.join("\n", statements)).contains("check (name is not null) not valid",
          "validate constraint customer_name_godwit_nn", "alter column name set not null",
          "drop constraint customer_name_godwit_nn");
    }
    assertThat(dialect(version).impact(setNotNull).safeForm()).as("an online form").isEqualTo(version >= 12);
    DataSource database = customers(version, 50_000);
    try (Connection connection = database.getConnection()) {
      PostgresCatalog.run(connection, migration(dialect(version), setNotNull));
      assertThat(PostgresCatalog.read(connection)).contains("column customer.name character varying(100) not null")
          .noneMatch(line -> line.contains("godwit_nn"));
    }
    assertThat(PostgresSafeFormsTest.writerWaitsBehind(customers(version, 1000), migration(dialect(version), setNotNull)))
        .as("each attempt waits at most the lock timeout, so a writer passes behind a long reader").isFalse();
  }

  /**
   * Before 14 a range of TIDs is read by scanning the whole table, so the batch lists its pages'
   * line pointers for a TID scan: the batch's update reads only its pages, and the rows are written
   * by many transactions.
   */
  @ParameterizedTest
  @ValueSource(ints = {11, 12, 13})
  void aBatchedBackfillReadsOnlyItsPages(int version) throws Exception {
    Change add = new AddColumn("customer", notNull(varchar("handle", 120)), Optional.of("lower(name) || '@x'"));
    DataSource database = customers(version, 100_000);
    try (Connection connection = database.getConnection()) {
      PostgresCatalog.run(connection, migration(dialect(version), add));
      assertThat(PostgresCatalog.count(connection, "select count(*) from customer where handle = lower(name) || '@x'"))
          .isEqualTo(100_000);
      assertThat(PostgresCatalog.count(connection, "select count(distinct xmin::text) from customer"))
          .as("transactions that wrote the rows").isGreaterThan(5);
      assertThat(PostgresCatalog.read(connection)).contains("column customer.handle character varying(120) not null")
          .noneMatch(line -> line.contains("godwit_nn"));

      String batched = dialect(version).statements(add).stream().filter(s -> s.startsWith("do $godwit$\ndeclare"))
          .findFirst().orElseThrow();
      assertThat(plan(connection, batchUpdate(batched))).contains("Tid Scan on customer").doesNotContain("Seq Scan");
      String from14 = dialect(14).statements(add).stream().filter(s -> s.startsWith("do $godwit$\ndeclare"))
          .findFirst().orElseThrow();
      assertThat(plan(connection, batchUpdate(from14))).as("the TID range of 14+ on this server")
          .contains("Seq Scan on customer");
    }
  }

  /** The first batch's update of a backfill, with its variables as at the start (8 pages, 8 kB blocks). */
  private static String batchUpdate(String doBlock) {
    Matcher update = Pattern.compile("\\n\\s*(update customer set .*?);\\n", Pattern.DOTALL).matcher(doBlock);
    assertThat(update.find()).as("the batch update in %s", doBlock).isTrue();
    return update.group(1).replace("first_page", "0").replace("pages", "8").replace("lines", "291");
  }

  private static String plan(Connection connection, String sql) throws SQLException {
    StringBuilder plan = new StringBuilder();
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("explain " + sql)) {
      while (rows.next()) {
        plan.append(rows.getString(1)).append('\n');
      }
    }
    return plan.toString();
  }

  /**
   * A foreign key and a check added to a populated table: Flyway runs the migration, the
   * validation fails on breaking rows and leaves the constraint NOT VALID; once the rows are fixed,
   * {@code repair} and {@code migrate} as a user would, and the migration runs again from the top.
   */
  @ParameterizedTest
  @ValueSource(ints = {11, 12, 13})
  void aMigrationWhoseValidationFailedRunsAgainOnceTheRowsAreFixed(int version) throws Exception {
    DataSource database = server(version).newDatabase();
    Dialect dialect = dialect(version);
    Path scripts = dir.resolve("v" + version);
    Files.createDirectories(scripts);
    Files.writeString(scripts.resolve("V1__create.sql"), "create table customer (id bigint primary key);\n"
        + "create table orders (id bigint primary key, customer_id bigint, amount int);\n"
        + "insert into customer select g from generate_series(1, 1000) g;\n"
        + "insert into orders select g, g, g from generate_series(1, 1000) g;\n"
        + "insert into orders values (1001, 5000, 1), (1002, 1, -1);\n");
    List<Change> changes = List.of(
        new Change.AddForeignKey("orders", new ForeignKey("fk_orders_customer", List.of("customer_id"), "customer",
            List.of("id")), false),
        new Change.AddCheck("orders", new Check(Optional.of("amount_not_negative"), Optional.of("amount"), "amount >= 0")));
    String v2 = ScriptRenderer.up(new MigrationPlan(2, "keys", changes, List.of(), List.of()), dialect);
    assertThat(dialect.transactional(changes)).as("run outside a transaction").isFalse();
    Files.writeString(scripts.resolve("V2__keys.sql"), v2);
    Files.writeString(scripts.resolve("V2__keys.sql.conf"), "executeInTransaction=false\n");
    Flyway flyway = Flyway.configure().dataSource(database).locations("filesystem:" + scripts)
        .configuration(Map.of("flyway.postgresql.transactional.lock", "false")).load();

    assertThatThrownBy(flyway::migrate).isInstanceOf(FlywayException.class)
        .hasStackTraceContaining("violates foreign key constraint \"fk_orders_customer\"");
    assertThat(constraints(database)).containsExactly("fk_orders_customer NOT VALID");

    fix(database, "delete from orders where id = 1001");
    flyway.repair();
    assertThatThrownBy(flyway::migrate).isInstanceOf(FlywayException.class)
        .hasStackTraceContaining("violated by some row");
    assertThat(constraints(database)).containsExactly("amount_not_negative NOT VALID", "fk_orders_customer valid");

    // the key was validated by the second run, the check is left NOT VALID: both are dropped and added again
    fix(database, "update orders set amount = 1 where id = 1002");
    flyway.repair();
    assertThat(flyway.migrate().migrationsExecuted).isEqualTo(1);
    assertThat(constraints(database)).containsExactly("amount_not_negative valid", "fk_orders_customer valid");
  }

  private static void fix(DataSource database, String sql) throws SQLException {
    try (Connection connection = database.getConnection()) {
      PostgresCatalog.run(connection, List.of(sql));
    }
  }

  private static List<String> constraints(DataSource database) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("select conname || case when convalidated then ' valid' else ' NOT VALID'"
             + " end from pg_constraint where conrelid = 'orders'::regclass and contype in ('f', 'c') order by 1")) {
      while (rows.next()) {
        lines.add(rows.getString(1));
      }
    }
    return lines;
  }
}
