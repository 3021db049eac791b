package dev.godwit.processor.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.emit.SqlStatements;
import dev.godwit.processor.testing.DatabaseSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The H2 golden files run on a real in-memory H2: the before schema is created (and given a row
 * where the case converts data), the up part must leave the schema that creating the after schema
 * from scratch gives, and the down part must restore the before schema.
 */
class H2GoldenExecutionTest {
  private static final AtomicInteger DATABASES = new AtomicInteger();

  /** Rows in the before schema, so backfills and conversions run over data. */
  static final Map<String, String> SEED = Map.of(
      "add_columns", "insert into customer (name, email) values ('Ada', null)",
      "alter_columns", "insert into customer (name, email, balance, age) values ('Ada', null, 12.5, '42')",
      "change_enums", "insert into ticket (status, priority) values ('CLOSED', 1)",
      "rename_table_and_column", "insert into customer (name) values ('Ada')",
      "rename_enum_column", "insert into ticket (priority, state) values (1, 0)",
      "convert_indexed_column", "insert into customer (code, rating) values ('abc', 1.5)",
      "rename_referenced_to_keyword", "insert into review (title) values ('fine')");

  /** Every case H2 can run: not a schema move, which Godwit refuses where h2 is configured. */
  static java.util.stream.Stream<GoldenCases> cases() {
    return GoldenCases.all().filter(c -> GoldenCases.runsOn("h2", c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void goldenUpAndDownRunOnH2(GoldenCases golden) throws Exception {
    Dialect h2 = new H2Dialect();
    String file = Files.readString(GoldenSqlTest.GOLDEN.resolve("h2").resolve(golden.name() + ".sql"), StandardCharsets.UTF_8);
    int undo = file.indexOf("-- Godwit undo of V");
    assertThat(undo).as("the golden file holds an up and a down part").isPositive();
    List<String> up = SqlStatements.split(file.substring(0, undo));
    List<String> down = SqlStatements.split(file.substring(undo));

    try (Connection migrated = open(); Connection before = open(); Connection after = open()) {
      run(migrated, SqlStatements.split(golden.setup(h2)));
      if (SEED.containsKey(golden.name())) {
        run(migrated, List.of(SEED.get(golden.name())));
      }
      run(before, SqlStatements.split(golden.setup(h2)));
      run(after, SqlStatements.split(GoldenCases.create(golden.after(), h2)));

      run(migrated, up);
      assertThat(DatabaseSchema.differences(DatabaseSchema.read(after, false), DatabaseSchema.read(migrated, false)))
          .as("after up of %s, compared with creating the after schema", golden.name()).isEmpty();
      run(migrated, down);
      assertThat(DatabaseSchema.differences(DatabaseSchema.read(before, false), DatabaseSchema.read(migrated, false)))
          .as("after down of %s, compared with the before schema", golden.name()).isEmpty();
    }
  }

  private static Connection open() throws SQLException {
    return DriverManager.getConnection("jdbc:h2:mem:golden" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=0");
  }

  private static void run(Connection connection, List<String> statements) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        try {
          statement.execute(sql);
        } catch (SQLException e) {
          throw new SQLException("failed: " + sql + "\n" + e.getMessage(), e);
        }
      }
    }
  }
}
