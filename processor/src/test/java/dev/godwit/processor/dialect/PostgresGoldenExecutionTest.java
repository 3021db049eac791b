package dev.godwit.processor.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.engines.Engines;
import dev.godwit.engines.PostgresEngine;
import dev.godwit.processor.emit.SqlStatements;
import dev.godwit.processor.model.Identifiers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The PostgreSQL golden files, safe forms included, run on embedded PostgreSQL over a populated
 * table, statement by statement outside a transaction as Flyway runs them: the up part must leave
 * exactly the catalog that creating the after schema gives (every index valid, every constraint
 * validated, no helper constraint or default left behind), and the down part must restore the
 * before schema.
 */
@ExtendWith(Engines.class)
class PostgresGoldenExecutionTest {
  /** Enough rows for the batched backfills to take several batches. */
  static final Map<String, List<String>> SEED = Map.of(
      "add_columns", List.of("insert into customer (name, email) select 'Ada' || g, null from generate_series(1, 5000) g"),
      "alter_columns", List.of("insert into customer (name, email, balance, age) select 'Ada' || g,"
          + " case when g % 2 = 0 then null else 'a' || g end, 12.5, '42' from generate_series(1, 5000) g"),
      "change_enums", List.of("insert into ticket (status, priority) select 'CLOSED', 1 from generate_series(1, 5000)"),
      "constraints", List.of("insert into customer (name, email) select 'n' || g, 'e' || g from generate_series(1, 5000) g",
          "insert into orders (customer_id, buyer_id) select id, id from customer"),
      "change_primary_key", List.of("insert into country (code) select chr(65 + g / 26) || chr(65 + g % 26)"
          + " from generate_series(0, 675) g"),
      "rename_table_and_column", List.of("insert into customer (name) select 'Ada' || g from generate_series(1, 5000) g",
          "insert into orders (customer_id) select id from customer"),
      "drop_column_and_table", List.of("insert into customer (name) select 'Ada' || g from generate_series(1, 5000) g"),
      "rename_enum_column", List.of("insert into ticket (priority, state) select g % 2, null from generate_series(1, 5000) g"),
      "rename_referenced_to_keyword", List.of("insert into review (title) select 'r' || g from generate_series(1, 5000) g",
          "insert into comment (review_id) select id from review"),
      "backfill_expression", List.of("insert into customer (name) select 'Ada' || g from generate_series(1, 5000) g"));

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.godwit.processor.dialect.GoldenCases#all")
  void goldenUpAndDownRunOnPostgres(GoldenCases golden, PostgresEngine postgres) throws Exception {
    upAndDown(golden, () -> postgres.newDatabase().dataSource());
  }

  /** A source of new, empty databases on one server. */
  interface Databases {
    javax.sql.DataSource create() throws Exception;
  }

  /** Runs the golden's up part over seeded rows and compares the catalog, then its down part. */
  static void upAndDown(GoldenCases golden, Databases databases) throws Exception {
    upAndDown(golden, Files.readString(GoldenSqlTest.GOLDEN.resolve("postgresql").resolve(golden.name() + ".sql"),
        StandardCharsets.UTF_8), databases);
  }

  /** As {@link #upAndDown(GoldenCases, Databases)} for the golden case rendered for {@code dialect} (another target). */
  static void upAndDown(GoldenCases golden, Dialect dialect, Databases databases) throws Exception {
    upAndDown(golden, golden.render(dialect), databases);
  }

  private static void upAndDown(GoldenCases golden, String file, Databases databases) throws Exception {
    Dialect plain = new PostgresDialect();
    int undo = file.indexOf("-- Godwit undo of V");
    List<String> up = SqlStatements.split(file.substring(0, undo));
    List<String> down = SqlStatements.split(file.substring(undo));

    try (Connection migrated = databases.create().getConnection();
         Connection before = databases.create().getConnection();
         Connection after = databases.create().getConnection()) {
      PostgresCatalog.run(migrated, SqlStatements.split(golden.setup(plain)));
      PostgresCatalog.run(migrated, SEED.getOrDefault(golden.name(), List.of()));
      PostgresCatalog.run(before, SqlStatements.split(golden.setup(plain)));
      PostgresCatalog.run(after, SqlStatements.split(GoldenCases.create(golden.after(), plain)));

      // the catalog reads every schema: each table of another schema is there under its qualified name
      golden.after().tables().stream().filter(t -> Identifiers.schema(t.name()).isPresent()).forEach(t -> {
        try {
          assertThat(PostgresCatalog.read(after)).anyMatch(line -> line.startsWith("column "
              + Identifiers.bare(t.name()).toLowerCase(java.util.Locale.ROOT) + "."));
        } catch (java.sql.SQLException e) {
          throw new IllegalStateException(e);
        }
      });
      PostgresCatalog.run(migrated, up);
      assertThat(PostgresCatalog.read(migrated)).as("after up of %s, compared with creating the after schema", golden.name())
          .isEqualTo(PostgresCatalog.read(after));
      PostgresCatalog.run(migrated, down);
      assertThat(PostgresCatalog.read(migrated)).as("after down of %s, compared with the before schema", golden.name())
          .isEqualTo(PostgresCatalog.read(before));
    }
  }
}
