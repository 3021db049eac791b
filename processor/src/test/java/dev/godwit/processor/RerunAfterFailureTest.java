package dev.godwit.processor;

import static dev.godwit.processor.testing.Jdbc.migration;
import static dev.godwit.processor.testing.Jdbc.rows;
import static dev.godwit.processor.testing.Jdbc.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.godwit.engines.Engines;
import dev.godwit.engines.PostgresEngine;
import dev.godwit.processor.testing.FixtureCompiler;
import dev.godwit.verify.GodwitVerification;
import dev.godwit.verify.Naming;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PostgreSQL migration that runs outside a transaction and fails midway keeps the steps it did
 * before the failure. V2 renames a column, adds two (one filled in batches), builds an index
 * concurrently and adds a foreign key NOT VALID, whose validation meets an orphan row: Flyway
 * reports the failure with the rename, the columns and the index in place. The team fixes the row,
 * runs {@code flyway repair} and {@code flyway migrate}: the migration runs again from the top,
 * passing over what is done, and the database equals Hibernate's schema for the V2 entities.
 */
@ExtendWith(Engines.class)
class RerunAfterFailureTest {
  @TempDir Path dir;

  @Test
  void aFailedMigrationOutsideATransactionRunsAgainOnceTheRowIsFixed(PostgresEngine engine) throws Exception {
    compile("v1");
    compile("v2");
    Path folder = dir.resolve("migration").resolve(engine.migrationFolder());
    String v2 = Files.readString(migration(folder, "V2__"));
    assertThat(folder.resolve(migration(folder, "V2__").getFileName() + ".conf")).exists();
    assertThat(v2).contains("add column if not exists nickname", "add column if not exists \"label\"",
        "and attname = 'name' and not attisdropped");

    DataSource database = engine.newDatabase().dataSource();
    Flyway flyway = Flyway.configure().dataSource(database).locations("filesystem:" + folder)
        .configuration(Map.of("flyway.postgresql.transactional.lock", "false")).load();
    Flyway.configure().dataSource(database).locations("filesystem:" + folder).target("1").load().migrate();
    run(database, "insert into customer (id, name) select g, 'c' || g from generate_series(1, 500) g",
        "insert into purchase (id, customer_id, amount) select g, g, g from generate_series(1, 500) g",
        "insert into purchase (id, customer_id, amount) values (501, 9999, 1)");

    assertThatThrownBy(flyway::migrate).isInstanceOf(FlywayException.class)
        .hasStackTraceContaining("violates foreign key constraint \"fk_purchase_customer\"");
    assertThat(rows(database, "select count(*) from customer where label = upper(full_name) and nickname is null"))
        .as("the steps before the failure stayed applied").containsExactly("500");
    assertThat(rows(database, "select conname || ' ' || convalidated from pg_constraint where conname = 'fk_purchase_customer'"))
        .containsExactly("fk_purchase_customer false");

    run(database, "delete from purchase where id = 501");
    flyway.repair();
    assertThat(flyway.migrate().migrationsExecuted).isEqualTo(1);
    assertThat(rows(database, "select conname || ' ' || convalidated from pg_constraint where conname = 'fk_purchase_customer'"))
        .containsExactly("fk_purchase_customer true");
    assertThat(rows(database, "select count(*) from customer where label = upper(full_name)")).containsExactly("500");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("classes-v2").toUri().toURL()},
        getClass().getClassLoader())) {
      GodwitVerification.forEntities(loader.loadClass("fixtures.rerun.Customer"), loader.loadClass("fixtures.rerun.Purchase"))
          .classLoader(loader).migrations("filesystem:" + folder).naming(Naming.SNAKE_CASE)
          .dialect(engine.hibernateDialect()).assertMatches(() -> engine.newDatabase().dataSource());
    }
  }

  private void compile(String version) throws IOException {
    FixtureCompiler.Result result = FixtureCompiler.compile(FixtureCompiler.sources("rerun_engines/" + version),
        t -> t, dir.resolve("classes-" + version), List.of("-Agodwit.snapshot=" + dir.resolve("snapshot.json"),
            "-Agodwit.output=" + dir.resolve("migration"), "-Agodwit.naming=snake_case"));
    assertThat(result.success()).as("%s: %s", version, result.diagnostics()).isTrue();
  }
}
