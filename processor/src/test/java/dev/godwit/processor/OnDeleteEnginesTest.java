package dev.godwit.processor;

import static dev.godwit.processor.testing.Jdbc.fails;
import static dev.godwit.processor.testing.Jdbc.migrate;
import static dev.godwit.processor.testing.Jdbc.rows;
import static dev.godwit.processor.testing.Jdbc.run;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deletes really cascade after Godwit's migrations, on every engine. V1 maps a to-one, an element
 * collection and a JOINED subclass without {@code @OnDelete}; V2 gives each {@code CASCADE} (kept
 * keys dropped and added again) and adds a table whose key sets null. After V2 the database equals
 * Hibernate's own schema for the V2 entities, delete rules included ({@code godwit-verify}); a delete
 * the keys refused under V1 removes the referring rows under V2, and the undo U2 refuses it again.
 */
@ExtendWith(Engines.class)
class OnDeleteEnginesTest {
  private static final List<String> ENTITIES = List.of("Customer", "Purchase", "Vehicle", "Car", "Review");

  @TempDir Path dir;

  @Test
  void deletesCascadeOnH2(H2Engine engine) throws Exception {
    walk(engine);
  }

  @Test
  void deletesCascadeOnPostgres(PostgresEngine engine) throws Exception {
    walk(engine);
  }

  @Test
  void deletesCascadeOnMariaDb(MariaDbEngine engine) throws Exception {
    walk(engine);
  }

  private void walk(Engine engine) throws Exception {
    compile("v1");
    FixtureCompiler.Result v2 = compile("v2");
    assertThat(v2.diagnostics()).as("the kept keys whose action changes are review findings")
        .anyMatch(d -> d.contains("[GW433]") && d.contains("changes from no action to cascade"));
    List<String> up = script(engine.migrationFolder(), "V2__");
    assertThat(String.join("\n", up)).contains("on delete cascade", "on delete set null");

    DataSource database = engine.newDatabase().dataSource();
    String location = "filesystem:" + dir.resolve("migration").resolve(engine.migrationFolder());
    migrate(database, location, "1");
    seed(database);
    assertThat(fails(database, "delete from customer where id = 1")).as("V1: the key refuses").isNotEmpty();
    assertThat(fails(database, "delete from vehicle where id = 1")).as("V1: the subclass row refers").isNotEmpty();

    migrate(database, location, "2");
    run(database, List.of("insert into review (id, customer_id) values (1, 1)"));
    run(database, List.of("delete from customer where id = 1", "delete from vehicle where id = 1"));
    assertThat(count(database, "purchase")).as("purchases of the deleted customer").isEqualTo(1);
    assertThat(count(database, "customer_tag")).as("tags of the deleted customer").isEqualTo(1);
    assertThat(count(database, "car")).as("the car row of the deleted vehicle").isZero();
    assertThat(rows(database, "select customer_id from review")).as("set null").containsExactly((String) null);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("classes-v2").toUri().toURL()},
        getClass().getClassLoader())) {
      List<Class<?>> classes = new ArrayList<>();
      for (String entity : ENTITIES) {
        classes.add(loader.loadClass("fixtures.cascades." + entity));
      }
      GodwitVerification.forEntities(classes.toArray(Class<?>[]::new)).classLoader(loader).migrations(location)
          .naming(Naming.SNAKE_CASE).dialect(engine.hibernateDialect()).assertMatches(() -> engine.newDatabase().dataSource());
    }

    run(database, script(engine.migrationFolder(), "U2__"));
    assertThat(fails(database, "delete from customer where id = 2")).as("U2: the key refuses again").isNotEmpty();
  }

  /** Two customers with a purchase and a tag each, a vehicle that is a car. */
  private static void seed(DataSource database) throws SQLException {
    run(database, List.of("insert into customer (id, name) values (1, 'a')", "insert into customer (id, name) values (2, 'b')",
        "insert into purchase (id, customer_id) values (1, 1)", "insert into purchase (id, customer_id) values (2, 2)",
        "insert into customer_tag (customer_id, tags) values (1, 'x')", "insert into customer_tag (customer_id, tags) values (2, 'y')",
        "insert into vehicle (id, plate) values (1, 'p')", "insert into car (id, seats) values (1, 4)"));
  }

  private FixtureCompiler.Result compile(String version) throws IOException {
    FixtureCompiler.Result result = FixtureCompiler.compile(FixtureCompiler.sources("ondelete_engines/" + version), t -> t,
        dir.resolve("classes-" + version), List.of("-Agodwit.snapshot=" + dir.resolve("snapshot.json"),
            "-Agodwit.output=" + dir.resolve("migration"), "-Agodwit.naming=snake_case"));
    assertThat(result.success()).as("%s: %s", version, result.diagnostics()).isTrue();
    return result;
  }

  private List<String> script(String dialect, String prefix) throws IOException {
    return SqlStatements.split(Files.readString(Jdbc.migration(dir.resolve("migration").resolve(dialect), prefix)));
  }


  private static int count(DataSource database, String table) throws SQLException {
    return Integer.parseInt(rows(database, "select count(*) from " + table).get(0));
  }
}
