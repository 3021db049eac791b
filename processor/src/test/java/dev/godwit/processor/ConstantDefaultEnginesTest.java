package dev.godwit.processor;

import static dev.godwit.processor.testing.Jdbc.rows;
import static dev.godwit.processor.testing.Jdbc.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.godwit.processor.testing.Jdbc;
import dev.godwit.engines.Engine;
import dev.godwit.engines.Engines;
import dev.godwit.engines.H2Engine;
import dev.godwit.engines.MariaDbEngine;
import dev.godwit.engines.PostgresEngine;
import dev.godwit.processor.emit.SqlStatements;
import dev.godwit.processor.testing.FixtureCompiler;
import dev.godwit.verify.GodwitVerification;
import dev.godwit.verify.Naming;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * GW404 is not reported for a NOT NULL column added to an existing table with a constant
 * {@code @ColumnDefault} (a number, a quoted string, a boolean) and no {@code @Backfill}: the default
 * fills the existing rows. On every engine Godwit's V2 runs over a populated table, each existing row
 * holds the default, the columns refuse NULL, and the database equals Hibernate's schema for the V2
 * entity ({@code godwit-verify}). The statement is the cheap one: PostgreSQL keeps the table's file
 * (no rewrite, the default lives in the catalog), MySQL/MariaDB ask for {@code ALGORITHM=INSTANT} and
 * MariaDB grants it.
 */
@ExtendWith(Engines.class)
class ConstantDefaultEnginesTest {
  private static final int ROWS = 300;

  @TempDir Path dir;

  @Test
  void constantDefaultsFillExistingRowsOnPostgresWithoutARewrite(PostgresEngine engine) throws Exception {
    DataSource database = walkToV1(engine);
    String file = "select relfilenode from pg_class where relname = 'account'";
    String before = rows(database, file).get(0);
    migrate(database, engine, "2");
    assertThat(rows(database, file)).as("the table keeps its file: no rewrite").containsExactly(before);
    assertFilledAndMatchesHibernate(engine, database);
  }

  @Test
  void constantDefaultsFillExistingRowsOnMariaDbInstantly(MariaDbEngine engine) throws Exception {
    DataSource database = walkToV1(engine);
    assertThat(script(engine, "V2__")).as("one instant statement per column").hasSize(3)
        .allMatch(s -> s.contains(" default ") && s.contains(" not null") && s.endsWith(", algorithm=instant"));
    migrate(database, engine, "2");
    assertFilledAndMatchesHibernate(engine, database);
  }

  @Test
  void constantDefaultsFillExistingRowsOnH2(H2Engine engine) throws Exception {
    DataSource database = walkToV1(engine);
    migrate(database, engine, "2");
    assertFilledAndMatchesHibernate(engine, database);
  }

  /** Compiles V1 and V2 (V2 with no error and no GW404), migrates to V1 and seeds {@link #ROWS} rows. */
  private DataSource walkToV1(Engine engine) throws Exception {
    compile("v1");
    FixtureCompiler.Result v2 = compile("v2");
    assertThat(v2.diagnostics()).noneMatch(d -> d.contains("[GW404]"));
    DataSource database = engine.newDatabase().dataSource();
    migrate(database, engine, "1");
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
      for (int i = 1; i <= ROWS; i++) {
        statement.execute("insert into account (id, name) values (" + i + ", 'm" + i + "')");
      }
    }
    return database;
  }

  private void assertFilledAndMatchesHibernate(Engine engine, DataSource database) throws Exception {
    assertThat(rows(database, "select count(*) from account where points = 0 and tier = 'BRONZE' and active = true"))
        .as("%s: every existing row holds the defaults", engine.label()).containsExactly(String.valueOf(ROWS));
    for (String column : List.of("points", "tier", "active")) {
      assertThatThrownBy(() -> run(database, "update account set " + column + " = null where id = 1"))
          .as("%s: %s is NOT NULL", engine.label(), column).isInstanceOf(SQLException.class);
    }
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("classes-v2").toUri().toURL()},
        getClass().getClassLoader())) {
      GodwitVerification.forEntities(loader.loadClass("fixtures.defaults.Account")).classLoader(loader)
          .migrations(location(engine)).naming(Naming.SNAKE_CASE).dialect(engine.hibernateDialect())
          .assertMatches(() -> engine.newDatabase().dataSource());
    }
  }

  private FixtureCompiler.Result compile(String version) throws IOException {
    FixtureCompiler.Result result = FixtureCompiler.compile(FixtureCompiler.sources("default_engines/" + version),
        t -> t, dir.resolve("classes-" + version), List.of("-Agodwit.snapshot=" + dir.resolve("snapshot.json"),
            "-Agodwit.output=" + dir.resolve("migration"), "-Agodwit.naming=snake_case"));
    assertThat(result.success()).as("%s: %s", version, result.diagnostics()).isTrue();
    return result;
  }

  private String location(Engine engine) {
    return "filesystem:" + dir.resolve("migration").resolve(engine.migrationFolder());
  }

  private void migrate(DataSource database, Engine engine, String target) {
    Flyway.configure().dataSource(database).locations(location(engine)).target(target).load().migrate();
  }

  private List<String> script(Engine engine, String prefix) throws IOException {
    Path file = Jdbc.migration(dir.resolve("migration").resolve(engine.migrationFolder()), prefix);
    return SqlStatements.split(Files.readString(file)).stream().filter(s -> s.startsWith("alter table")).toList();
  }
}
