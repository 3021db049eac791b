package dev.godwit.processor.dialect;

import static dev.godwit.processor.testing.SchemaFixtures.notNull;
import static dev.godwit.processor.testing.SchemaFixtures.schema;
import static dev.godwit.processor.testing.SchemaFixtures.table;
import static dev.godwit.processor.testing.SchemaFixtures.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.godwit.engines.Engines;
import dev.godwit.engines.PostgresEngine;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddColumn;
import dev.godwit.processor.diff.Change.AddUnique;
import dev.godwit.processor.diff.Change.RenameColumn;
import dev.godwit.processor.emit.SqlStatements;
import dev.godwit.processor.model.UniqueKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the PostgreSQL safe forms promise beyond the final schema (which
 * {@link PostgresGoldenExecutionTest} checks): a step blocked by a long reader steps aside for the
 * writers queued behind it and succeeds once the reader is gone; a backfill commits batch by batch;
 * a unique constraint whose concurrent build failed can simply be run again.
 */
@ExtendWith(Engines.class)
class PostgresSafeFormsTest {
  private final PostgresDialect safe = new PostgresDialect(Target.DEFAULT);
  private final PostgresDialect plain = new PostgresDialect();

  private static DataSource customers(PostgresEngine engine, int rows) throws SQLException {
    DataSource database = engine.newDatabase().dataSource();
    try (Connection connection = database.getConnection()) {
      PostgresCatalog.run(connection, SqlStatements.split(GoldenCases.create(
          schema(table("customer").column(notNull(varchar("name", 100))).column(varchar("email", 255)).build()),
          new PostgresDialect())));
      PostgresCatalog.run(connection, List.of("insert into customer (name, email) select 'n' || g, 'e' || (g % 100)"
          + " from generate_series(1, " + rows + ") g"));
    }
    return database;
  }

  private List<String> migration(Dialect dialect, Change change) {
    List<String> statements = new ArrayList<>(dialect.preamble(List.of(change)));
    statements.addAll(dialect.statements(change));
    return statements;
  }

  @Test
  void aRetriedStepLetsWritersPassWhileALongReaderHoldsTheTable(PostgresEngine engine) throws Exception {
    DataSource database = customers(engine, 1000);
    Change rename = new RenameColumn("customer", "name", "full_name", varchar("full_name", 100));
    assertThat(writerWaitsBehind(database, migration(plain, rename))).as("a plain rename queues writers behind it").isTrue();
    assertThat(writerWaitsBehind(database, migration(safe, new RenameColumn("customer", "email", "mail", varchar("mail", 100)))))
        .as("the safe rename lets them pass").isFalse();
    try (Connection connection = database.getConnection()) {
      assertThat(PostgresCatalog.read(connection)).contains("column customer.mail character varying(255)",
          "column customer.full_name character varying(100) not null");
    }
  }

  /**
   * Starts {@code migration} while another transaction reads the table, then an insert: whether the
   * insert is still waiting a second later. The reader then ends and the migration must finish.
   */
  static boolean writerWaitsBehind(DataSource database, List<String> migration) throws Exception {
    try (Connection reader = database.getConnection(); Connection ddl = database.getConnection();
         Connection writer = database.getConnection()) {
      reader.setAutoCommit(false);
      try (Statement statement = reader.createStatement()) {
        statement.execute("select count(*) from customer");
      }
      CompletableFuture<Void> migrating = CompletableFuture.runAsync(() -> run(ddl, migration));
      Thread.sleep(300);
      CompletableFuture<Void> inserting = CompletableFuture.runAsync(() -> run(writer,
          List.of("insert into customer values (default, 'written during the migration', null)")));
      boolean waiting;
      try {
        inserting.get(1, TimeUnit.SECONDS);
        waiting = false;
      } catch (TimeoutException e) {
        waiting = true;
      }
      assertThat(migrating).as("the migration waits for the reader").isNotDone();
      reader.commit();
      migrating.get(30, TimeUnit.SECONDS);
      inserting.get(30, TimeUnit.SECONDS);
      return waiting;
    }
  }

  private static void run(Connection connection, List<String> statements) {
    try {
      PostgresCatalog.run(connection, statements);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The primary key moves to another column through a unique index built concurrently and one brief
   * swap: behind a long reader, writers pass (the plain form queues them), and the table ends with
   * the key and index PostgreSQL would have named itself.
   */
  @Test
  void aPrimaryKeyMovesToAConcurrentlyBuiltIndexWhileWritersPass(PostgresEngine engine) throws Exception {
    Change move = new Change.AlterPrimaryKey("customer", List.of("id"), List.of("name"));
    assertThat(migration(safe, move)).contains("create unique index concurrently customer_name_godwit_pkey on customer (name)",
        "call pg_temp.godwit_retry($$alter table customer drop constraint customer_pkey,"
            + " add constraint customer_pkey primary key using index customer_name_godwit_pkey$$)");
    assertThat(writerWaitsBehind(customers(engine, 1000), migration(plain, move)))
        .as("the plain form queues writers behind it").isTrue();
    DataSource database = customers(engine, 100_000);
    assertThat(writerWaitsBehind(database, migration(safe, move))).as("the safe form lets them pass").isFalse();
    try (Connection connection = database.getConnection()) {
      assertThat(PostgresCatalog.read(connection)).contains("constraint customer.customer_pkey PRIMARY KEY (name)",
          "index CREATE UNIQUE INDEX customer_pkey ON public.customer USING btree (name)")
          .noneMatch(line -> line.contains("godwit") || line.contains("(id)"));
    }
  }

  /**
   * A check (@Check) added to an existing table: NOT VALID, then validated under SHARE UPDATE
   * EXCLUSIVE. Behind a long reader the plain form queues writers, the safe form lets them pass, and
   * the constraint ends validated; a row that breaks it makes the validation fail, not the rows.
   */
  @Test
  void aCheckIsAddedNotValidThenValidatedWhileWritersPass(PostgresEngine engine) throws Exception {
    Change check = new Change.AddCheck("customer", new dev.godwit.processor.model.Check(Optional.of("ck_name"),
        Optional.empty(), "length(name) > 0"));
    assertThat(writerWaitsBehind(customers(engine, 1000), migration(plain, check)))
        .as("the plain form queues writers behind it").isTrue();
    DataSource database = customers(engine, 100_000);
    assertThat(writerWaitsBehind(database, migration(safe, check))).as("the safe form lets them pass").isFalse();
    try (Connection connection = database.getConnection()) {
      assertThat(PostgresCatalog.read(connection)).contains("constraint customer.ck_name CHECK ((length((name)::text) > 0))");
    }
    DataSource broken = customers(engine, 1000);
    try (Connection connection = broken.getConnection()) {
      PostgresCatalog.run(connection, List.of("update customer set name = '' where id = 7"));
      assertThatThrownBy(() -> PostgresCatalog.run(connection, migration(safe, check))).hasMessageContaining("ck_name");
      assertThat(PostgresCatalog.read(connection)).as("added, not validated: new rows are checked already")
          .contains("constraint customer.ck_name CHECK ((length((name)::text) > 0)) NOT VALID NOT VALIDATED");
    }
  }

  /**
   * What GW409 leaves out on PostgreSQL is free there: a longer varchar and more numeric precision at
   * the same scale keep the table's file (no rewrite), where int -> bigint and a smaller scale write
   * a new one; the impact says the same.
   */
  @Test
  void freeTypeChangesKeepTheTableOthersRewriteIt(PostgresEngine engine) throws Exception {
    try (Connection connection = engine.newDatabase().dataSource().getConnection()) {
      PostgresCatalog.run(connection, List.of("create table invoice (id bigint primary key, note varchar(50),"
              + " total numeric(10,2), n integer)",
          "insert into invoice select g, 'n' || g, g / 100.0, g from generate_series(1, 2000) g"));
      record Case(Change change, boolean rewrites) {}
      List<Case> cases = List.of(
          new Case(new Change.AlterColumn("invoice", varchar("note", 50), varchar("note", 100), Optional.empty()), false),
          new Case(new Change.AlterColumn("invoice", dev.godwit.processor.testing.SchemaFixtures.numeric("total", 10, 2),
              dev.godwit.processor.testing.SchemaFixtures.numeric("total", 12, 2), Optional.empty()), false),
          new Case(new Change.AlterColumn("invoice", dev.godwit.processor.testing.SchemaFixtures.integer("n"),
              dev.godwit.processor.testing.SchemaFixtures.bigint("n"), Optional.empty()), true),
          new Case(new Change.AlterColumn("invoice", dev.godwit.processor.testing.SchemaFixtures.numeric("total", 12, 2),
              dev.godwit.processor.testing.SchemaFixtures.numeric("total", 14, 3), Optional.empty()), true));
      for (Case c : cases) {
        long before = PostgresCatalog.count(connection, "select relfilenode from pg_class where relname = 'invoice'");
        PostgresCatalog.run(connection, migration(safe, c.change()));
        long after = PostgresCatalog.count(connection, "select relfilenode from pg_class where relname = 'invoice'");
        assertThat(after != before).as("%s rewrites the table", c.change().describe()).isEqualTo(c.rewrites());
        assertThat(safe.impact(c.change()).rewritesTable()).as(c.change().describe()).isEqualTo(c.rewrites());
      }
    }
  }

  @Test
  void aMigrationDefinesTheRetryProcedureOnceAndEachStepIsOneCall() {
    Change rename = new RenameColumn("customer", "email", "mail", varchar("mail", 100));
    List<String> statements = migration(safe, rename);
    assertThat(statements).containsExactly("set lock_timeout = '100ms'", safe.preamble(List.of(rename)).get(1),
        "call pg_temp.godwit_retry($$alter table customer rename column email to mail$$)");
    assertThat(safe.preamble(List.of(new Change.CreateIndex("customer",
        new dev.godwit.processor.model.Index("idx_customer_email", List.of("email"), false)))))
        .as("a concurrent build is not retried: no procedure").containsExactly("set lock_timeout = '100ms'");
    assertThat(plain.preamble(List.of(rename))).isEmpty();
  }

  /**
   * The lock policy reaches the SQL and the server: behind a reader that keeps the table, a step
   * tried twice with 1 s attempts fails after at least 2 s and a writer queued behind an attempt
   * waits most of a second; with 50 ms attempts it fails within a fraction of that and writers
   * pass quickly. Either way the failure names the configured number of attempts. (The step is a
   * LOCK TABLE, whose table the procedure does not look for: each attempt queues.)
   */
  @Test
  void theConfiguredLockTimeoutAndAttemptsBoundEachAttempt(PostgresEngine engine) throws Exception {
    DataSource database = customers(engine, 1000);
    PostgresDialect slow = new PostgresDialect(Target.DEFAULT.withLock(new LockPolicy(1000, 2)));
    PostgresDialect quick = new PostgresDialect(Target.DEFAULT.withLock(new LockPolicy(50, 2)));
    Change rename = new RenameColumn("customer", "email", "mail", varchar("mail", 100));
    assertThat(migration(quick, rename)).startsWith("set lock_timeout = '50ms'");
    String step = PostgresSafeForms.retried("lock table customer in access exclusive mode");

    BlockedRun slowRun = behindAReader(database, withStep(slow.preamble(List.of(rename)), step), false);
    assertThat(slowRun.failure()).contains("Godwit: no lock after 2 attempts");
    assertThat(slowRun.millis()).as("two attempts of 1 s").isGreaterThanOrEqualTo(2000);
    assertThat(slowRun.longestWriteMillis()).as("a writer queued behind a 1 s attempt").isGreaterThanOrEqualTo(500);

    BlockedRun quickRun = behindAReader(database, withStep(quick.preamble(List.of(rename)), step), false);
    assertThat(quickRun.failure()).contains("Godwit: no lock after 2 attempts");
    assertThat(quickRun.millis()).as("two attempts of 50 ms and the backoff between them").isLessThan(2000);
    assertThat(quickRun.longestWriteMillis()).as("writers wait at most about one 50 ms attempt").isLessThan(500);
  }

  /**
   * A step on a table that a transaction has held since a lock timeout ago waits for it outside the
   * lock queue: with the same 1 s attempts, writers are not held up while the reader stays, and the
   * rename runs once it is gone.
   */
  @Test
  void aStepWaitsForALongHolderOutsideTheLockQueue(PostgresEngine engine) throws Exception {
    DataSource database = customers(engine, 1000);
    PostgresDialect slow = new PostgresDialect(Target.DEFAULT.withLock(new LockPolicy(1000, 30)));
    BlockedRun run = behindAReader(database, migration(slow, new RenameColumn("customer", "email", "mail",
        varchar("mail", 100))), true);
    assertThat(run.failure()).isEmpty();
    assertThat(run.millis()).as("the rename waited for the reader").isGreaterThanOrEqualTo(2500);
    assertThat(run.longestWriteMillis()).as("no writer queued behind a 1 s attempt").isLessThan(500);
    try (Connection connection = database.getConnection()) {
      assertThat(PostgresCatalog.read(connection)).contains("column customer.mail character varying(255)");
    }
  }

  /**
   * A reader does not keep a step from a lock that it does not conflict with: a sync trigger's
   * SHARE ROW EXCLUSIVE is granted beside the reader's ACCESS SHARE, so the procedure does not wait
   * for the reader (with two attempts it would fail if it did).
   */
  @Test
  void aTriggerIsCreatedBesideALongReader(PostgresEngine engine) throws Exception {
    DataSource database = customers(engine, 1000);
    PostgresDialect twoAttempts = new PostgresDialect(Target.DEFAULT.withLock(new LockPolicy(100, 2)));
    List<String> migration = new ArrayList<>(twoAttempts.preamble(List.of(new RenameColumn("customer", "email", "mail",
        varchar("mail", 100)))));
    migration.add("create function customer_sync() returns trigger language plpgsql as $f$ begin return new; end $f$");
    migration.add(PostgresSafeForms.retried(
        "create trigger customer_sync before insert or update on customer for each row execute function customer_sync()"));
    try (Connection reader = database.getConnection(); Connection ddl = database.getConnection()) {
      reader.setAutoCommit(false);
      try (Statement statement = reader.createStatement()) {
        statement.execute("select count(*) from customer");
      }
      PostgresCatalog.run(ddl, migration);
      try (Statement statement = ddl.createStatement();
           java.sql.ResultSet rs = statement.executeQuery("select count(*) from pg_trigger where tgname = 'customer_sync'")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(1);
      }
      reader.commit();
    }
  }

  private static List<String> withStep(List<String> preamble, String step) {
    List<String> statements = new ArrayList<>(preamble);
    statements.add(step);
    return statements;
  }

  record BlockedRun(String failure, long millis, long longestWriteMillis) {}

  /**
   * Runs {@code migration} while a reader keeps the table and a writer inserts row after row, until
   * it ends; with {@code readerEnds} the reader commits after 2.5 s.
   */
  private static BlockedRun behindAReader(DataSource database, List<String> migration, boolean readerEnds)
      throws Exception {
    try (Connection reader = database.getConnection(); Connection ddl = database.getConnection();
         Connection writer = database.getConnection()) {
      reader.setAutoCommit(false);
      try (Statement statement = reader.createStatement()) {
        statement.execute("select count(*) from customer");
      }
      java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
      java.util.concurrent.atomic.AtomicLong longest = new java.util.concurrent.atomic.AtomicLong();
      CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
        try (Statement statement = writer.createStatement()) {
          while (!done.get()) {
            long began = System.nanoTime();
            statement.execute("insert into customer values (default, 'written during the migration', null)");
            longest.accumulateAndGet((System.nanoTime() - began) / 1_000_000, Math::max);
            Thread.sleep(5);
          }
        } catch (SQLException | InterruptedException e) {
          throw new IllegalStateException(e);
        }
      });
      if (readerEnds) {
        CompletableFuture.delayedExecutor(2500, TimeUnit.MILLISECONDS).execute(() -> {
          try {
            reader.commit();
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
      }
      long began = System.nanoTime();
      String failure = "";
      try {
        PostgresCatalog.run(ddl, migration);
      } catch (SQLException e) {
        failure = e.getMessage();
      }
      long millis = (System.nanoTime() - began) / 1_000_000;
      done.set(true);
      writing.get(30, TimeUnit.SECONDS);
      if (!readerEnds) {
        reader.commit();
      }
      return new BlockedRun(failure, millis, longest.get());
    }
  }

  @Test
  void aStepIsQuotedWithATagItDoesNotContain() {
    assertThat(PostgresSafeForms.retried("select 'a$$b'")).isEqualTo("call pg_temp.godwit_retry($step$select 'a$$b'$step$)");
    assertThat(PostgresSafeForms.retried("select '$step$$$'"))
        .isEqualTo("call pg_temp.godwit_retry($godwit_step$select '$step$$$'$godwit_step$)");
    assertThat(PostgresSafeForms.retried("select 1 as x$")).as("a $ right before the closing tag would end it early")
        .isEqualTo("call pg_temp.godwit_retry($step$select 1 as x$$step$)");
    assertThat(PostgresSafeForms.retried("select '$$ $step$ $godwit_step$'"))
        .isEqualTo("call pg_temp.godwit_retry('select ''$$ $step$ $godwit_step$''')");
  }

  @Test
  void stepsWithDollarsAndQuotesRunAsWritten(PostgresEngine engine) throws Exception {
    DataSource database = customers(engine, 100);
    Change add = new AddColumn("customer", notNull(varchar("price", 20)), Optional.of("'it''s $$5; or $step$'"));
    List<String> statements = migration(safe, add);
    assertThat(statements).anyMatch(s -> s.startsWith("call pg_temp.godwit_retry($godwit_step$"));
    try (Connection connection = database.getConnection()) {
      PostgresCatalog.run(connection, SqlStatements.split(String.join(";\n", statements) + ";\n"));
      assertThat(PostgresCatalog.count(connection, "select count(*) from customer where price = 'it''s $$5; or $step$'"))
          .isEqualTo(100);
      assertThat(PostgresCatalog.count(connection, "select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace"
          + " where p.proname = 'godwit_retry' and n.nspname not like 'pg_temp%'")).as("nothing left outside the session").isZero();
    }
  }

  @Test
  void aBackfillCommitsBatchByBatch(PostgresEngine engine) throws Exception {
    DataSource database = customers(engine, 100_000);
    Change add = new AddColumn("customer", notNull(varchar("handle", 120)), Optional.of("lower(name) || '@x'"));
    try (Connection connection = database.getConnection()) {
      PostgresCatalog.run(connection, migration(safe, add));
      assertThat(PostgresCatalog.count(connection, "select count(*) from customer where handle = lower(name) || '@x'"))
          .isEqualTo(100_000);
      assertThat(PostgresCatalog.count(connection, "select count(distinct xmin::text) from customer"))
          .as("transactions that wrote the rows").isGreaterThan(5);
      assertThat(PostgresCatalog.read(connection)).contains("column customer.handle character varying(120) not null")
          .noneMatch(line -> line.contains("godwit_nn"));
      // (n_dead_tup is no proof: the backfill's counts can reach the statistics after the vacuum's)
      assertThat(PostgresCatalog.count(connection, "select count(*) from pg_stat_user_tables where relname = 'customer'"
          + " and last_vacuum is not null and last_analyze is not null"))
          .as("vacuumed and analyzed after the backfill, before the brief locks").isEqualTo(1);
    }
  }

  @Test
  void aUniqueConstraintWhoseConcurrentBuildFailedCanBeRunAgain(PostgresEngine engine) throws Exception {
    DataSource database = customers(engine, 1000);
    Change unique = new AddUnique("customer", new UniqueKey("uk_customer_email", List.of("email"), false));
    try (Connection connection = database.getConnection()) {
      assertThatThrownBy(() -> PostgresCatalog.run(connection, migration(safe, unique)))
          .hasMessageContaining("could not create unique index \"uk_customer_email\"");
      assertThat(PostgresCatalog.read(connection)).as("a failed concurrent build leaves an invalid index")
          .contains("index CREATE UNIQUE INDEX uk_customer_email ON public.customer USING btree (email) INVALID");

      PostgresCatalog.run(connection, List.of("update customer set email = 'e' || id"));
      PostgresCatalog.run(connection, migration(safe, unique));

      assertThat(PostgresCatalog.read(connection)).contains(
          "constraint customer.uk_customer_email UNIQUE (email)",
          "index CREATE UNIQUE INDEX uk_customer_email ON public.customer USING btree (email)");
      assertThat(PostgresCatalog.count(connection, "select count(*) from pg_constraint"
          + " where conname = 'uk_customer_email' and conindid = 'uk_customer_email'::regclass")).isEqualTo(1);
    }
  }
}
