package dev.godwit.processor.dialect;

import static dev.godwit.processor.testing.SchemaFixtures.notNull;
import static dev.godwit.processor.testing.SchemaFixtures.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddColumn;
import dev.godwit.processor.diff.Change.AlterColumn;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code godwit.postgresql.version=18} on a real PostgreSQL 18.0 (zonky's binaries, copied beside
 * the class path by the build, which holds 17's): SET NOT NULL is a NOT NULL constraint added NOT
 * VALID and validated while writes continue, and the table ends with exactly the constraints a
 * {@code CREATE TABLE} gives on 18 (which names its NOT NULL constraints), as the form for 12-17 does
 * there too; the undo makes the column nullable again.
 */
class Postgres18Test {
  private static PostgresServers postgres;
  private final PostgresDialect on18 = new PostgresDialect(new Target(18, MySqlVersion.DEFAULT, true));
  private final PostgresDialect on17 = new PostgresDialect(new Target(17, MySqlVersion.DEFAULT, true));

  @BeforeAll
  static void start() throws IOException {
    postgres = PostgresServers.start(18);
  }

  @AfterAll
  static void stop() throws IOException {
    postgres.close();
  }

  private static DataSource newDatabase() throws SQLException {
    return postgres.newDatabase();
  }

  private static List<String> migration(Dialect dialect, Change change) {
    List<String> statements = new ArrayList<>(dialect.preamble(List.of(change)));
    statements.addAll(dialect.statements(change));
    return statements;
  }

  /** The table's constraints and columns as PostgreSQL 18 keeps them. */
  private static List<String> catalog(Connection connection) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("select conname || ' ' || contype::text || ' ' || convalidated || ' '"
             + " || pg_get_constraintdef(oid) from pg_constraint where conrelid = 'customer'::regclass"
             + " union all select 'column ' || column_name || ' ' || is_nullable from information_schema.columns"
             + " where table_name = 'customer' order by 1")) {
      while (rows.next()) {
        lines.add(rows.getString(1));
      }
    }
    return lines;
  }

  private static List<String> created(String createTable) throws SQLException {
    try (Connection connection = newDatabase().getConnection()) {
      PostgresCatalog.run(connection, List.of(createTable));
      return catalog(connection);
    }
  }

  /** Every PostgreSQL golden (written for the default target) runs on 18 and ends as creating its schema there. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.godwit.processor.dialect.GoldenCases#all")
  void everyGoldenRunsOnPostgres18(GoldenCases golden) throws Exception {
    PostgresGoldenExecutionTest.upAndDown(golden, Postgres18Test::newDatabase);
  }

  @Test
  void theServerIsPostgres18() throws SQLException {
    try (Connection connection = newDatabase().getConnection()) {
      assertThat(PostgresCatalog.count(connection, "select current_setting('server_version_num')::int / 10000")).isEqualTo(18);
    }
  }

  @Test
  void setNotNullIsANotNullConstraintAddedNotValidThenValidated() throws Exception {
    Change setNotNull = new AlterColumn("customer", varchar("name", 100), notNull(varchar("name", 100)), Optional.empty());
    assertThat(on18.statements(setNotNull)).hasSize(3)
        .satisfies(steps -> assertThat(steps.get(0)).startsWith("do $godwit$")
        .contains("call pg_temp.godwit_retry($$alter table customer drop constraint customer_name_not_null$$)")).endsWith(
        "call pg_temp.godwit_retry($$alter table customer add constraint customer_name_not_null not null name not valid$$)",
        "call pg_temp.godwit_retry($$alter table customer validate constraint customer_name_not_null$$)");
    List<String> expected = created("create table customer (id bigserial primary key, name varchar(100) not null)");
    assertThat(expected).contains("customer_name_not_null n true NOT NULL name", "column name NO");

    for (PostgresDialect dialect : List.of(on18, on17)) {
      try (Connection connection = newDatabase().getConnection()) {
        PostgresCatalog.run(connection, List.of("create table customer (id bigserial primary key, name varchar(100))",
            "insert into customer (name) select 'n' || g from generate_series(1, 50000) g"));
        PostgresCatalog.run(connection, migration(dialect, setNotNull));
        assertThat(catalog(connection)).as("the form for %s", dialect == on18 ? "18" : "12-17").isEqualTo(expected);

        PostgresCatalog.run(connection, migration(dialect, setNotNull.reverse()));
        assertThat(catalog(connection)).contains("column name YES").noneMatch(line -> line.startsWith("customer_name_not_null"));
      }
    }
  }

  /** Behind a reader that keeps the table, a writer queued behind the plain SET NOT NULL waits; behind 18's form it passes. */
  @Test
  void writersPassWhileALongReaderHoldsTheTable() throws Exception {
    Change setNotNull = new AlterColumn("customer", varchar("name", 100), notNull(varchar("name", 100)), Optional.empty());
    PostgresDialect plain = new PostgresDialect(Target.PLAIN);
    for (PostgresDialect dialect : List.of(plain, on18)) {
      DataSource database = newDatabase();
      try (Connection connection = database.getConnection()) {
        PostgresCatalog.run(connection, List.of("create table customer (id bigserial primary key, name varchar(100),"
            + " email varchar(255))", "insert into customer (name) select 'n' || g from generate_series(1, 50000) g"));
      }
      assertThat(PostgresSafeFormsTest.writerWaitsBehind(database, migration(dialect, setNotNull)))
          .as(dialect == plain ? "the plain form queues writers" : "18's form lets them pass").isEqualTo(dialect == plain);
    }
  }

  @Test
  void aBatchedBackfillEndsWithTheValidatedNotNullConstraint() throws SQLException {
    Change add = new AddColumn("customer", notNull(varchar("handle", 120)), Optional.of("lower(name) || '@x'"));
    try (Connection connection = newDatabase().getConnection()) {
      PostgresCatalog.run(connection, List.of("create table customer (id bigserial primary key, name varchar(100) not null)",
          "insert into customer (name) select 'N' || g from generate_series(1, 50000) g"));
      PostgresCatalog.run(connection, migration(on18, add));
      assertThat(PostgresCatalog.count(connection, "select count(*) from customer where handle = lower(name) || '@x'"))
          .isEqualTo(50_000);
      assertThat(catalog(connection)).isEqualTo(created("create table customer (id bigserial primary key,"
          + " name varchar(100) not null, handle varchar(120) not null)"));
    }
  }
}
