package dev.godwit.processor.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.engines.Engines;
import dev.godwit.engines.MariaDbEngine;
import dev.godwit.processor.emit.SqlStatements;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The MySQL golden files, with their {@code ALGORITHM}/{@code LOCK} clauses, run on embedded
 * MariaDB 11.4 over populated tables: the server accepts every clause (it refuses one it cannot
 * honour), the up part leaves the schema that creating the after schema gives, the down part
 * restores the before schema.
 */
@ExtendWith(Engines.class)
class MariaDbGoldenExecutionTest {
  private static final Map<String, List<String>> SEED = Map.of(
      "add_columns", List.of("insert into customer (name, email) select concat('Ada', seq), null from seq_1_to_3000"),
      "alter_columns", List.of("insert into customer (name, email, balance, age) select concat('Ada', seq),"
          + " if(seq % 2 = 0, null, concat('a', seq)), 12.5, '42' from seq_1_to_3000"),
      "constraints", List.of("insert into customer (name, email) select concat('n', seq), concat('e', seq) from seq_1_to_3000",
          "insert into orders (customer_id, buyer_id) select id, id from customer"),
      "rename_table_and_column", List.of("insert into customer (name) select concat('Ada', seq) from seq_1_to_3000"),
      "drop_column_and_table", List.of("insert into customer (name) select concat('Ada', seq) from seq_1_to_3000"),
      "convert_indexed_column", List.of("insert into customer (code, rating) select repeat('c', seq), 1.5 from seq_1_to_30"),
      "rename_enum_column", List.of("insert into ticket (priority, state) select seq % 2, null from seq_1_to_3000"),
      "rename_referenced_to_keyword", List.of("insert into review (title) select concat('r', seq) from seq_1_to_3000",
          "insert into comment (review_id) select id from review"),
      "backfill_expression", List.of("insert into customer (name) select concat('Ada', seq) from seq_1_to_3000"));

  private static final String SCHEMA = """
      select concat('column ', table_name, '.', column_name, ' ', column_type, ' null=', is_nullable,
                    ' default=', coalesce(column_default, '-'), ' ', extra)
        from information_schema.columns where table_schema = database()
      union all
      select concat('index ', table_name, '.', index_name, ' unique=', 1 - non_unique, ' ',
                    group_concat(column_name order by seq_in_index))
        from information_schema.statistics where table_schema = database() group by table_name, index_name, non_unique
      union all
      select concat('constraint ', table_name, '.', constraint_name, ' ', constraint_type)
        from information_schema.table_constraints where table_schema = database()
      order by 1""";

  /** Every case whose before schema MySQL can hold (change_primary_key's has an auto_increment column outside its key). */
  static java.util.stream.Stream<GoldenCases> cases() {
    return GoldenCases.all().filter(c -> !c.name().equals("change_primary_key"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void goldenUpAndDownRunOnMariaDb(GoldenCases golden, MariaDbEngine mariadb) throws Exception {
    upAndDown(golden, Files.readString(GoldenSqlTest.GOLDEN.resolve("mysql").resolve(golden.name() + ".sql"),
        StandardCharsets.UTF_8), () -> mariadb.newDatabase().dataSource(), "");
  }

  /**
   * Runs {@code file} (a golden's up and down parts) over seeded rows and compares the schema.
   * {@code sequences} qualifies MariaDB's sequence tables ({@code seq_1_to_3000}) in the seeds, for
   * a server without them.
   */
  static void upAndDown(GoldenCases golden, String file, PostgresGoldenExecutionTest.Databases databases,
      String sequences) throws Exception {
    Dialect plain = new MySqlDialect();
    int undo = file.indexOf("-- Godwit undo of V");
    List<String> up = SqlStatements.split(file.substring(0, undo));
    List<String> down = SqlStatements.split(file.substring(undo));

    try (Connection migrated = databases.create().getConnection();
         Connection before = databases.create().getConnection();
         Connection after = databases.create().getConnection()) {
      PostgresCatalog.run(migrated, SqlStatements.split(golden.setup(plain)));
      PostgresCatalog.run(migrated, SEED.getOrDefault(golden.name(), List.of()).stream()
          .map(seed -> seed.replace("seq_1_to_", sequences + "seq_1_to_")).toList());
      PostgresCatalog.run(before, SqlStatements.split(golden.setup(plain)));
      PostgresCatalog.run(after, SqlStatements.split(GoldenCases.create(golden.after(), plain)));

      PostgresCatalog.run(migrated, up);
      assertThat(schema(migrated)).as("after up of %s, compared with creating the after schema", golden.name())
          .isEqualTo(schema(after));
      PostgresCatalog.run(migrated, down);
      assertThat(schema(migrated)).as("after down of %s, compared with the before schema", golden.name())
          .isEqualTo(schema(before));
    }
  }

  /**
   * The schema, without the index InnoDB created for a foreign key that has since been dropped:
   * {@code DROP FOREIGN KEY} leaves it behind, in Godwit's plain form as in its safe form (a known
   * gap of the MySQL dialect, not of the ALGORITHM clauses this test is about).
   */
  private static List<String> schema(Connection connection) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(SCHEMA)) {
      while (rs.next()) {
        lines.add(rs.getString(1));
      }
    }
    return lines.stream().filter(line -> !orphanForeignKeyIndex(line, lines)).toList();
  }

  private static boolean orphanForeignKeyIndex(String line, List<String> lines) {
    if (!line.startsWith("index ")) {
      return false;
    }
    String tableAndName = line.substring("index ".length(), line.indexOf(" unique="));
    String name = tableAndName.substring(tableAndName.indexOf('.') + 1);
    return name.startsWith("FK") && !lines.contains("constraint " + tableAndName + " FOREIGN KEY");
  }
}
