package dev.godwit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.godwit.engines.Engines;
import dev.godwit.engines.PostgresEngine;
import dev.godwit.processor.dialect.PostgresServers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import javax.tools.JavaFileObject;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The safe forms end to end: an index added to an existing table is written as a concurrent build
 * in a PostgreSQL script that Flyway is told to run outside a transaction, its Java class says the
 * same, and Flyway runs it on embedded PostgreSQL over a populated table; a project whose history
 * predates the safe forms keeps plain DDL for the versions before {@code godwit.safeFormsFrom}.
 */
@ExtendWith(Engines.class)
class SafeMigrationFilesTest {
  private static final String V2 = "V2__index_customer_idx_customer_email";

  @TempDir Path dir;

  private Compilation compile(String variant, String... extra) {
    List<String> options = new ArrayList<>(List.of("-Agodwit.snapshot=" + dir.resolve("snapshot.json"),
        "-Agodwit.output=" + dir.resolve("migration")));
    options.addAll(List.of(extra));
    JavaFileObject source = JavaFileObjects.forResource(variant.equals("base")
        ? "fixtures/errors/base/Customer.java" : "fixtures/safe/" + variant + "/Customer.java");
    return Compiler.javac().withProcessors(new GodwitProcessor()).withOptions(options).compile(source);
  }

  @Test
  void indexOnAnExistingTableIsBuiltConcurrentlyOutsideATransaction() throws IOException {
    assertThat(compile("base")).succeeded();
    Compilation compilation = compile("indexed");
    assertThat(compilation).succeeded();

    Path postgres = dir.resolve("migration/postgresql");
    assertThat(Files.readString(postgres.resolve(V2 + ".sql")))
        .contains("set lock_timeout = '100ms';", "create index concurrently idx_customer_email on Customer (email);");
    assertThat(postgres.resolve(V2 + ".sql.conf")).hasContent("executeInTransaction=false");
    assertThat(postgres.resolve("V1__create_customer.sql.conf")).doesNotExist();
    assertThat(Files.readString(dir.resolve("migration/mysql/" + V2 + ".sql")))
        .contains("create index idx_customer_email on Customer (email) algorithm=inplace lock=none;");
    assertThat(dir.resolve("migration/mysql/" + V2 + ".sql.conf")).doesNotExist();
    assertThat(Files.readString(dir.resolve("migration/java/db/godwit/" + V2 + ".java")))
        .contains("public static final boolean TRANSACTIONAL = false;", "public boolean canExecuteInTransaction()");
    assertThat(Files.readString(dir.resolve("migration/java/db/godwit/V1__create_customer.java")))
        .contains("public static final boolean TRANSACTIONAL = true;");
  }

  @Test
  void versionsBeforeSafeFormsFromKeepThePlainForm() throws IOException {
    assertThat(compile("base", "-Agodwit.safeFormsFrom=3")).succeeded();
    assertThat(compile("indexed", "-Agodwit.safeFormsFrom=3")).succeeded();
    assertThat(Files.readString(dir.resolve("migration/postgresql/" + V2 + ".sql")))
        .contains("create index idx_customer_email on Customer (email);").doesNotContain("concurrently", "lock_timeout");
    assertThat(dir.resolve("migration/postgresql/" + V2 + ".sql.conf")).doesNotExist();
  }

  @Test
  void flywayRunsTheConcurrentBuildOnPostgresAndTheIndexIsValid(PostgresEngine engine) throws Exception {
    assertThat(compile("base")).succeeded();
    assertThat(compile("indexed")).succeeded();
    DataSource database = engine.newDatabase().dataSource();
    String location = "filesystem:" + dir.resolve("migration/postgresql");
    Flyway.configure().dataSource(database).locations(location).target("1").load().migrate();
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("insert into Customer (name, email) select 'n' || g, 'e' || g from generate_series(1, 20000) g");
    }

    // Flyway's default transactional advisory lock is an open transaction that a concurrent build would wait for
    var result = Flyway.configure().dataSource(database).locations(location)
        .configuration(java.util.Map.of("flyway.postgresql.transactional.lock", "false")).load().migrate();

    assertThat(result.migrationsExecuted).isEqualTo(1);
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
         ResultSet rs = statement.executeQuery("select i.indisvalid, pg_get_indexdef(i.indexrelid) from pg_index i"
             + " where i.indexrelid = 'idx_customer_email'::regclass")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getBoolean(1)).as("index valid").isTrue();
      assertThat(rs.getString(2)).isEqualTo("CREATE INDEX idx_customer_email ON public.customer USING btree (email)");
    }
  }

  /**
   * Retried steps call a procedure in the session's temporary schema, defined at the top of each
   * script: Flyway runs a non-transactional script on one connection, and a second script of the
   * same run replaces the procedure; nothing is left in the database's own schemas.
   */
  @Test
  void flywayRunsRetriedStepsOfTwoScriptsInOneRun(PostgresEngine engine) throws Exception {
    assertThat(compile("base")).succeeded();
    assertThat(compile("phone")).succeeded();
    assertThat(compile("phone_note")).succeeded();
    Path postgres = dir.resolve("migration/postgresql");
    for (String script : List.of("V2__add_customer_phone", "V3__add_customer_note")) {
      String sql = Files.readString(postgres.resolve(script + ".sql"));
      assertThat(sql).containsOnlyOnce("create or replace procedure pg_temp.godwit_retry(step text)")
          .contains("call pg_temp.godwit_retry($$alter table Customer add column ");
      assertThat(postgres.resolve(script + ".sql.conf")).hasContent("executeInTransaction=false");
    }
    DataSource database = engine.newDatabase().dataSource();
    String location = "filesystem:" + postgres;
    Flyway.configure().dataSource(database).locations(location).target("1").load().migrate();
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("insert into Customer (name, email) select 'n' || g, 'e' || g from generate_series(1, 1000) g");
    }

    var result = Flyway.configure().dataSource(database).locations(location)
        .configuration(java.util.Map.of("flyway.postgresql.transactional.lock", "false")).load().migrate();

    assertThat(result.migrationsExecuted).isEqualTo(2);
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
         ResultSet rs = statement.executeQuery("select (select count(*) from information_schema.columns"
             + " where table_name = 'customer' and column_name in ('phone', 'note')), (select count(*) from pg_proc p"
             + " join pg_namespace n on n.oid = p.pronamespace where p.proname = 'godwit_retry'"
             + " and n.nspname not like 'pg_temp%')")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).as("columns added").isEqualTo(2);
      assertThat(rs.getInt(2)).as("retry procedures outside a temporary schema").isZero();
    }
  }

  /**
   * The batched backfill through the generated Java migration: the class says
   * {@code canExecuteInTransaction() == false}, so Flyway runs it with each step committing on its
   * own, and the fill commits batch by batch (the rows carry many writing transactions) until no
   * NULL remains and NOT NULL is set, on embedded PostgreSQL over a populated table.
   */
  @Test
  void flywayRunsTheJavaMigrationsBatchedBackfillOutsideATransaction(PostgresEngine engine) throws Exception {
    javaBackfillRunsOn(engine.newDatabase().dataSource());
  }

  /** The same for {@code godwit.postgresql.version=11} and {@code 12}, on PostgreSQL 11.22 and 12.22. */
  @ParameterizedTest
  @ValueSource(ints = {11, 12})
  void flywayRunsTheJavaMigrationsBatchedBackfillOnTheTargetVersion(int version) throws Exception {
    try (PostgresServers server = PostgresServers.start(version)) {
      javaBackfillRunsOn(server.newDatabase(), "-Agodwit.postgresql.version=" + version);
    }
  }

  private void javaBackfillRunsOn(DataSource database, String... options) throws Exception {
    assertThat(compile("base", options)).succeeded();
    Compilation backfilled = compile("backfilled", options);
    assertThat(backfilled).succeeded();
    String v2 = "V2__add_customer_handle";
    String className = "db.godwit." + v2;
    byte[] classFile = generated(backfilled, "db/godwit/" + v2 + ".class");
    byte[] statements = generated(backfilled, "db/godwit/" + v2 + ".statements");
    Class<?> type = new ClassLoader(getClass().getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        if (!name.equals(className)) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, classFile, 0, classFile.length);
      }

      @Override
      public java.io.InputStream getResourceAsStream(String resource) {
        return resource.equals("db/godwit/" + v2 + ".statements") ? new java.io.ByteArrayInputStream(statements)
            : super.getResourceAsStream(resource);
      }
    }.loadClass(className);
    org.flywaydb.core.api.migration.JavaMigration migration =
        (org.flywaydb.core.api.migration.JavaMigration) type.getDeclaredConstructor().newInstance();
    assertThat(migration.canExecuteInTransaction()).isFalse();
    assertThat(new String(statements, java.nio.charset.StandardCharsets.UTF_8)).contains("commit;", "vacuum (analyze)")
        .contains(options.length == 0 ? "where ctid >= format('(%s,0)', first_page)::tid" // a TID range scan from 14
            : "where ctid = any (array(select format('(%s,%s)', page, line)::tid"); // a TID scan of the pages before

    // V1 from its SQL file alone, then V2 as the Java class
    Path v1Only = dir.resolve("v1");
    Files.createDirectories(v1Only);
    Files.copy(dir.resolve("migration/postgresql/V1__create_customer.sql"), v1Only.resolve("V1__create_customer.sql"));
    Flyway.configure().dataSource(database).locations("filesystem:" + v1Only).load().migrate();
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("insert into Customer (name, email) select 'N' || g, 'e' || g from generate_series(1, 50000) g");
    }
    var result = Flyway.configure().dataSource(database).locations("filesystem:" + v1Only).javaMigrations(migration)
        .configuration(java.util.Map.of("flyway.postgresql.transactional.lock", "false")).load().migrate();

    assertThat(result.migrationsExecuted).isEqualTo(1);
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
         ResultSet rs = statement.executeQuery("select (select count(*) from customer where handle = lower(name) || '@x'),"
             + " (select count(distinct xmin::text) from customer),"
             + " (select is_nullable from information_schema.columns where table_name = 'customer' and column_name = 'handle'),"
             + " (select count(*) from pg_constraint where conname like '%godwit_nn%')")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).as("every row filled").isEqualTo(50_000);
      assertThat(rs.getInt(2)).as("transactions that wrote the rows: one per batch").isGreaterThan(5);
      assertThat(rs.getString(3)).as("NOT NULL set").isEqualTo("NO");
      assertThat(rs.getInt(4)).as("the helper check is gone").isZero();
    }
  }

  private static byte[] generated(Compilation compilation, String path) throws IOException {
    JavaFileObject file = compilation.generatedFiles().stream()
        .filter(f -> f.toUri().getPath().endsWith("/" + path)).findFirst()
        .orElseThrow(() -> new AssertionError("not generated: " + path + " among " + compilation.generatedFiles()));
    try (var in = file.openInputStream()) {
      return in.readAllBytes();
    }
  }

  @Test
  void invalidServerVersionsAreReported() {
    Compilation compilation = compile("base", "-Agodwit.postgresql.version=9", "-Agodwit.mysql.version=eight",
        "-Agodwit.safeFormsFrom=0");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW501] option -Agodwit.postgresql.version must be the server's major"
        + " version, 11 or newer (e.g. 12, 17), not '9'");
    assertThat(compilation).hadErrorContaining("[GW501] option -Agodwit.mysql.version: expected a server version such as"
        + " 8.0.35, 8.4 or mariadb-11.4, not 'eight'");
    assertThat(compilation).hadErrorContaining("[GW501] option -Agodwit.safeFormsFrom must be a migration version, 1 or"
        + " more, not '0'");
  }

  @Test
  void invalidLockOptionsAreReported() {
    Compilation compilation = compile("base", "-Agodwit.postgresql.lockTimeout=fast", "-Agodwit.postgresql.lockAttempts=0");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW501] option -Agodwit.postgresql.lockTimeout must be a duration from 1ms"
        + " to 60s (e.g. 50ms, 1s), not 'fast'");
    assertThat(compilation).hadErrorContaining("[GW501] option -Agodwit.postgresql.lockAttempts must be a number of"
        + " attempts from 1 to 1000, not '0'");
    assertThat(compile("base", "-Agodwit.postgresql.lockTimeout=0ms")).hadErrorContaining(
        "option -Agodwit.postgresql.lockTimeout must be a duration from 1ms to 60s (e.g. 50ms, 1s), not '0ms'");
    assertThat(compile("base", "-Agodwit.postgresql.lockTimeout=2min")).hadErrorContaining(
        "option -Agodwit.postgresql.lockTimeout must be a duration from 1ms to 60s (e.g. 50ms, 1s), not '2min'");
  }

  /**
   * The lock options shape the SQL of new migrations only: the committed V2 keeps the 100 ms it was
   * written with, check mode with other values stays green, and V3 carries the new values.
   */
  @Test
  void lockOptionsShapeNewMigrationsAndLeaveCommittedOnesAlone() throws IOException {
    assertThat(compile("base")).succeeded();
    assertThat(compile("indexed")).succeeded();
    Path postgres = dir.resolve("migration/postgresql");
    String v2 = Files.readString(postgres.resolve(V2 + ".sql"));
    assertThat(compile("indexed", "-Agodwit.postgresql.lockTimeout=50ms", "-Agodwit.mode=check")).succeeded();
    assertThat(compile("indexed", "-Agodwit.postgresql.lockTimeout=50ms", "-Agodwit.postgresql.lockAttempts=5"))
        .succeeded();
    assertThat(Files.readString(postgres.resolve(V2 + ".sql"))).isEqualTo(v2).contains("set lock_timeout = '100ms';");

    Compilation phone = compile("indexed_phone", "-Agodwit.postgresql.lockTimeout=50ms", "-Agodwit.postgresql.lockAttempts=5");
    assertThat(phone).succeeded();
    Path v3 = Files.list(postgres).filter(p -> p.getFileName().toString().startsWith("V3__")
        && p.getFileName().toString().endsWith(".sql")).findFirst().orElseThrow();
    assertThat(Files.readString(v3)).contains("set lock_timeout = '50ms';", "for attempt in 1..5 loop",
        "no lock after 5 attempts").doesNotContain("100ms");
    assertThat(Files.readString(postgres.resolve(V2 + ".sql"))).isEqualTo(v2);
    assertThat(compile("indexed_phone", "-Agodwit.mode=check")).succeeded(); // check mode with the default values
  }
}
