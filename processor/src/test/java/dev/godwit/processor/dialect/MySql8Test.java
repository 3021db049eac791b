package dev.godwit.processor.dialect;

import static dev.godwit.processor.testing.SchemaFixtures.notNull;
import static dev.godwit.processor.testing.SchemaFixtures.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddColumn;
import dev.godwit.processor.diff.Change.RenameColumn;
import dev.godwit.processor.testing.SchemaFixtures;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code godwit.mysql.version=8.0.15} on a real MySQL 8.0.15 ({@link MySql8Server}): every golden
 * case rendered for that target runs up and down over seeded rows with its {@code ALGORITHM}
 * clauses (the server refuses one it cannot honour) and ends with the schema a fresh create gives;
 * the boundaries Godwit draws from MySQL's manual hold on the server: a column with an expression
 * default is neither instant nor in place (so it gets no clause), a CURRENT_TIMESTAMP default is
 * instant, a rename before 8.0.28 is in place and not instant.
 */
class MySql8Test {
  private static MySql8Server server;
  private final MySqlDialect on8015 = new MySqlDialect(new Target(14, MySqlVersion.parse("8.0.15"), true));

  @BeforeAll
  static void start() throws Exception {
    server = MySql8Server.start();
    try (Connection connection = server.newDatabase().getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("create database godwit_seq");
      for (int rows : List.of(30, 3000)) {
        statement.execute("create table godwit_seq.seq_1_to_" + rows + " (seq int primary key)");
        statement.execute("set session cte_max_recursion_depth = 10000");
        statement.execute("insert into godwit_seq.seq_1_to_" + rows + " with recursive s (seq) as (select 1 union all"
            + " select seq + 1 from s where seq < " + rows + ") select seq from s");
      }
    }
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void theServerIsMySql8() throws SQLException {
    try (Connection connection = server.newDatabase().getConnection(); Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("select version()")) {
      rows.next();
      assertThat(rows.getString(1)).isEqualTo("8.0.15");
    }
  }

  /**
   * Every case but {@code alter_columns}, whose {@code @Backfill} expression {@code CAST(age AS
   * INTEGER)} is MariaDB's SQL (MySQL casts to {@code SIGNED}). The cases that drop or change a check
   * ({@code alter_column_features}, {@code change_enums}, {@code rename_enum_column}) run: for 8.0.15
   * Godwit writes no check drop (the server kept no check) and no enum ordinal check.
   */
  static java.util.stream.Stream<GoldenCases> cases() {
    java.util.Set<String> unparsable = java.util.Set.of("alter_columns");
    return MariaDbGoldenExecutionTest.cases().filter(c -> !unparsable.contains(c.name()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyGoldenRenderedForTheTargetRunsOnMySql8(GoldenCases golden) throws Exception {
    MariaDbGoldenExecutionTest.upAndDown(golden, golden.render(on8015), server::newDatabase, "godwit_seq.");
  }

  @Test
  void anExpressionDefaultIsNeitherInstantNorInPlaceOnMySql8() throws Exception {
    Change add = new AddColumn("customer", SchemaFixtures.integer("quantity").withDefaultValue(Optional.of("(2+5)")),
        Optional.empty());
    assertThat(on8015.statements(add)).containsExactly("alter table customer add column quantity integer default (2+5)");
    assertThat(on8015.impact(add).stallsWritersWithTableSize()).isTrue();
    Change now = new AddColumn("customer", GoldenCases.kind("seen", dev.godwit.processor.model.TypeKind.TIMESTAMP)
        .withDefaultValue(Optional.of("current_timestamp")), Optional.empty());
    try (Connection connection = customers(); Statement statement = connection.createStatement()) {
      for (String clause : List.of(", algorithm=instant", ", algorithm=inplace, lock=none")) {
        assertThatThrownBy(() -> statement.execute(on8015.statements(add).get(0) + clause))
            .isInstanceOf(SQLException.class).satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(1845));
      }
      for (String sql : on8015.statements(add)) {
        statement.execute(sql);
      }
      assertThat(count(statement, "select count(*) from customer where quantity = 7")).isEqualTo(1000);

      assertThat(on8015.statements(now)).singleElement().asString().endsWith(", algorithm=instant");
      for (String sql : on8015.statements(now)) {
        statement.execute(sql);
      }
      assertThat(count(statement, "select count(*) from customer where seen is not null")).isEqualTo(1000);
    }
  }

  /**
   * GW404 is not reported for a NOT NULL column with a constant default: on MySQL 8.0.15 Godwit's
   * form of it (a number, a quoted string, a boolean) is granted {@code ALGORITHM=INSTANT} on a
   * populated table, every existing row holds the default and the column refuses NULL.
   */
  @Test
  void aNotNullColumnWithAConstantDefaultIsInstantAndFillsExistingRows() throws Exception {
    List<Change> adds = List.of(
        new AddColumn("customer", notNull(SchemaFixtures.integer("points")).withDefaultValue(Optional.of("0")), Optional.empty()),
        new AddColumn("customer", notNull(varchar("tier", 20)).withDefaultValue(Optional.of("'BRONZE'")), Optional.empty()),
        new AddColumn("customer", notNull(GoldenCases.kind("active", dev.godwit.processor.model.TypeKind.BOOLEAN))
            .withDefaultValue(Optional.of("true")), Optional.empty()));
    try (Connection connection = customers(); Statement statement = connection.createStatement()) {
      for (Change add : adds) {
        assertThat(on8015.statements(add)).singleElement().asString().contains(" not null").endsWith(", algorithm=instant");
        for (String sql : on8015.statements(add)) {
          statement.execute(sql);
        }
      }
      assertThat(count(statement, "select count(*) from customer where points = 0 and tier = 'BRONZE' and active"))
          .isEqualTo(1000);
      for (String column : List.of("points", "tier", "active")) {
        assertThatThrownBy(() -> statement.execute("update customer set " + column + " = null where id = 1"))
            .as(column).isInstanceOf(SQLException.class);
      }
    }
  }

  @Test
  void aRenameBefore8028IsInPlaceNotInstant() throws Exception {
    Change rename = new RenameColumn("customer", "name", "full_name", notNull(varchar("full_name", 100)));
    MySqlDialect on84 = new MySqlDialect(new Target(14, MySqlVersion.parse("8.4"), true));
    try (Connection connection = customers(); Statement statement = connection.createStatement()) {
      assertThatThrownBy(() -> statement.execute(on84.statements(rename).get(0))).as("8.4's INSTANT rename")
          .isInstanceOf(SQLException.class).satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(1845));
      for (String sql : on8015.statements(rename)) {
        statement.execute(sql);
      }
      assertThat(count(statement, "select count(*) from customer where full_name like 'n%'")).isEqualTo(1000);
    }
  }

  private static Connection customers() throws SQLException {
    Connection connection = server.newDatabase().getConnection();
    try (Statement statement = connection.createStatement()) {
      statement.execute("create table customer (id bigint primary key, name varchar(100) not null)");
      statement.execute("insert into customer (id, name) select seq, concat('n', seq) from godwit_seq.seq_1_to_3000"
          + " where seq <= 1000");
    }
    return connection;
  }

  private static int count(Statement statement, String sql) throws SQLException {
    try (ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
