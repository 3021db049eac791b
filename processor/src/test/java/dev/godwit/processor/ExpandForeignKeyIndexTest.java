package dev.godwit.processor;

import static dev.godwit.processor.testing.Jdbc.fails;
import static dev.godwit.processor.testing.Jdbc.migrate;
import static dev.godwit.processor.testing.Jdbc.rows;
import static dev.godwit.processor.testing.Jdbc.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.testing.Jdbc;
import dev.godwit.engines.Engines;
import dev.godwit.engines.H2Engine;
import dev.godwit.engines.MariaDbEngine;
import dev.godwit.processor.emit.SqlStatements;
import dev.godwit.processor.testing.FixtureCompiler;
import dev.godwit.verify.GodwitVerification;
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
 * The contract of a column's expand drops the old column's indexes; MySQL and H2 refuse to drop the
 * last index a foreign key can use (MySQL error 1553). In the fixtures the foreign key
 * {@code account_id} is served only by {@code idx_customer_account_name (account_id, name)}, and V2's
 * index over the new column does not lead with {@code account_id}: the contract gives the key its own
 * index first, and its undo takes it away again once the old index is back.
 */
@ExtendWith(Engines.class)
class ExpandForeignKeyIndexTest {
  @TempDir Path dir;

  private void generateHistory() throws IOException {
    assertThat(compile("v1").success()).isTrue();
    FixtureCompiler.Result expand = compile("v2");
    assertThat(expand.success()).as("%s", expand.diagnostics()).isTrue();
    FixtureCompiler.Result contract = compile("v2", "-Agodwit.contract=2");
    assertThat(contract.success()).as("%s", contract.diagnostics()).isTrue();
  }

  private FixtureCompiler.Result compile(String version, String... options) throws IOException {
    List<String> all = new ArrayList<>(List.of("-Agodwit.snapshot=" + dir.resolve("snapshot.json"),
        "-Agodwit.output=" + dir.resolve("migration")));
    all.addAll(List.of(options));
    return FixtureCompiler.compile(FixtureCompiler.sources("expand_fk/" + version), t -> t, dir.resolve("classes-" + version), all);
  }

  @Test
  void theContractKeepsAForeignKeyIndexedOnMariaDb(MariaDbEngine engine) throws Exception {
    generateHistory();
    List<String> contract = script("mysql", "V3__");
    int ownIndex = indexOf(contract, s -> s.startsWith("create index FK") && s.contains("on Customer (account_id)"));
    int dropOld = indexOf(contract, s -> s.contains("drop index idx_customer_account_name"));
    assertThat(ownIndex).as("%s", contract).isNotNegative().isLessThan(dropOld);

    DataSource database = engine.newDatabase().dataSource();
    String location = "filesystem:" + dir.resolve("migration/mysql");
    migrate(database, location, "2");
    run(database, List.of("insert into Account (id) values (1)",
        "insert into Customer (id, name, account_id) values (1, 'a', 1)"));
    assertThat(indexes(database)).as("after the expand: InnoDB uses the old index for the key")
        .containsExactlyInAnyOrder("PRIMARY(id)", "idx_customer_account_name(account_id,name)", "idx_customer_full_name(full_name)");
    migrate(database, location, "3");
    assertThat(indexes(database)).as("the key has an index of its own").hasSize(3)
        .contains("PRIMARY(id)", "idx_customer_full_name(full_name)").anyMatch(i -> i.matches("FK\\w+\\(account_id\\)"));
    assertThat(fails(database, "insert into Customer (id, full_name, account_id) values (2, 'b', 9)"))
        .as("the foreign key holds").contains("foreign key constraint fails");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("classes-v2").toUri().toURL()},
        getClass().getClassLoader())) {
      GodwitVerification.forEntities(loader.loadClass("fixtures.expand_fk.Customer"), loader.loadClass("fixtures.expand_fk.Account"))
          .classLoader(loader).migrations(location).assertMatches(() -> engine.newDatabase().dataSource());
    }
    run(database, script("mysql", "U3__"));
    assertThat(indexes(database)).as("the undo of the contract: the old index serves the key again, its own is gone")
        .containsExactlyInAnyOrder("PRIMARY(id)", "idx_customer_account_name(account_id,name)", "idx_customer_full_name(full_name)");
    run(database, script("mysql", "U2__"));
    assertThat(indexes(database)).containsExactlyInAnyOrder("PRIMARY(id)", "idx_customer_account_name(account_id,name)");
  }

  /** H2 keeps a key's index only of exactly its columns: the same scripts run, up and down. */
  @Test
  void theSameScriptsRunOnH2(H2Engine engine) throws Exception {
    generateHistory();
    DataSource database = engine.newDatabase().dataSource();
    String location = "filesystem:" + dir.resolve("migration/h2");
    migrate(database, location, "3");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("classes-v2").toUri().toURL()},
        getClass().getClassLoader())) {
      GodwitVerification.forEntities(loader.loadClass("fixtures.expand_fk.Customer"), loader.loadClass("fixtures.expand_fk.Account"))
          .classLoader(loader).migrations(location).assertMatches(() -> engine.newDatabase().dataSource());
    }
    run(database, script("h2", "U3__"));
    run(database, script("h2", "U2__"));
    run(database, "insert into Account (id) values (1)");
    run(database, "insert into Customer (id, name, account_id) values (1, 'a', 1)");
    assertThat(fails(database, "insert into Customer (id, name, account_id) values (2, 'b', 9)")).contains("FK");
  }

  private static int indexOf(List<String> statements, java.util.function.Predicate<String> match) {
    for (int i = 0; i < statements.size(); i++) {
      if (match.test(statements.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Each index of Customer as name(columns), by name. */
  private static List<String> indexes(DataSource database) throws SQLException {
    return rows(database, "select concat(index_name, '(', group_concat(column_name order by seq_in_index separator ','), ')')"
        + " from information_schema.statistics where table_schema = database() and table_name = 'Customer'"
        + " group by index_name order by index_name");
  }

  private List<String> script(String dialect, String prefix) throws IOException {
    return SqlStatements.split(Files.readString(Jdbc.migration(dir.resolve("migration").resolve(dialect), prefix)));
  }
}
