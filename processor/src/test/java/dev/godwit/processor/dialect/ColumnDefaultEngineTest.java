package dev.godwit.processor.dialect;

import static dev.godwit.processor.testing.SchemaFixtures.notNull;
import static dev.godwit.processor.testing.SchemaFixtures.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.godwit.engines.Engines;
import dev.godwit.engines.H2Engine;
import dev.godwit.engines.MariaDbEngine;
import dev.godwit.engines.PostgresEngine;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddColumn;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the safety rules assume about column defaults ({@code @ColumnDefault}), on the real servers.
 * GW431: PostgreSQL rewrites the table for a volatile default (a new relfilenode) where a constant
 * default changes the catalog only, and every row gets its own value; MariaDB refuses INSTANT for
 * it, so Godwit's MySQL form asks for no clause and runs, while the constant default keeps its
 * INSTANT form. GW404 is not reported for a NOT NULL column with a constant default: Godwit's form
 * of it succeeds on a populated table on all three engines, without a rewrite on PostgreSQL.
 */
@ExtendWith(Engines.class)
class ColumnDefaultEngineTest {
  private static Change add(String column, String defaultValue) {
    return new AddColumn("customer", varchar(column, 36).withDefaultValue(Optional.of(defaultValue)), Optional.empty());
  }

  private static final Change NOT_NULL_WITH_DEFAULT = new AddColumn("customer",
      notNull(varchar("tier", 20)).withDefaultValue(Optional.of("'BRONZE'")), Optional.empty());

  @Test
  void aNotNullColumnWithAConstantDefaultFillsExistingRowsOnPostgresWithoutARewrite(PostgresEngine engine) throws Exception {
    try (Connection connection = engine.newDatabase().dataSource().getConnection()) {
      PostgresCatalog.run(connection, List.of("create table customer (id bigserial primary key, name varchar(100))",
          "insert into customer (name) select 'n' || g from generate_series(1, 2000) g"));
      String relation = "select relfilenode from pg_class where relname = 'customer'";
      long before = number(connection, relation);
      PostgresCatalog.run(connection, migration(new PostgresDialect(Target.DEFAULT), NOT_NULL_WITH_DEFAULT));
      assertThat(number(connection, relation)).isEqualTo(before);
      assertThat(number(connection, "select count(*) from customer where tier = 'BRONZE'")).isEqualTo(2000);
      assertThat(number(connection, "select count(*) from information_schema.columns where table_name = 'customer'"
          + " and column_name = 'tier' and is_nullable = 'NO' and column_default like '''BRONZE''%'")).isEqualTo(1);
    }
  }

  @Test
  void aNotNullColumnWithAConstantDefaultFillsExistingRowsOnMariaDbAndH2(MariaDbEngine mariadb, H2Engine h2)
      throws Exception {
    for (var engine : List.of(mariadb, h2)) {
      Dialect dialect = engine == mariadb ? new MySqlDialect(Target.DEFAULT) : new H2Dialect();
      try (Connection connection = engine.newDatabase().dataSource().getConnection();
           Statement statement = connection.createStatement()) {
        statement.execute("create table customer (id bigint primary key, name varchar(100))");
        for (int i = 1; i <= 200; i++) {
          statement.execute("insert into customer (id, name) values (" + i + ", 'n" + i + "')");
        }
        for (String sql : migration(dialect, NOT_NULL_WITH_DEFAULT)) {
          statement.execute(sql);
        }
        assertThat(number(connection, "select count(*) from customer where tier = 'BRONZE'")).as(engine.label())
            .isEqualTo(200);
        assertThatThrownBy(() -> statement.execute("insert into customer (id, name, tier) values (999, 'x', null)"))
            .as("%s: NOT NULL holds", engine.label()).isInstanceOf(SQLException.class);
      }
    }
  }

  private static List<String> migration(Dialect dialect, Change change) {
    List<String> statements = new ArrayList<>(dialect.preamble(List.of(change)));
    statements.addAll(dialect.statements(change));
    return statements;
  }

  private static long number(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  @Test
  void postgresRewritesTheTableForAVolatileDefaultOnly(PostgresEngine engine) throws Exception {
    PostgresDialect safe = new PostgresDialect(Target.DEFAULT);
    try (Connection connection = engine.newDatabase().dataSource().getConnection()) {
      PostgresCatalog.run(connection, List.of("create table customer (id bigserial primary key, name varchar(100))",
          "insert into customer (name) select 'n' || g from generate_series(1, 2000) g"));
      String relation = "select relfilenode from pg_class where relname = 'customer'";
      long before = number(connection, relation);

      PostgresCatalog.run(connection, migration(safe, add("label", "'n/a'")));
      assertThat(number(connection, relation)).as("a constant default stays in the catalog").isEqualTo(before);

      PostgresCatalog.run(connection, migration(safe, add("token", "gen_random_uuid()::varchar")));
      assertThat(number(connection, relation)).as("a volatile default rewrites the table").isNotEqualTo(before);
      assertThat(number(connection, "select count(distinct token) from customer")).isEqualTo(2000);
      assertThat(number(connection, "select count(*) from customer where label = 'n/a'")).isEqualTo(2000);
    }
    assertThat(safe.impact(add("token", "gen_random_uuid()::varchar")).rewritesTable()).isTrue();
    assertThat(safe.impact(add("label", "'n/a'")).rewritesTable()).isFalse();
  }

  @Test
  void mariadbCopiesTheTableForAVolatileDefaultAndGodwitAsksForNoOnlineClause(MariaDbEngine engine) throws Exception {
    MySqlDialect safe = new MySqlDialect(Target.DEFAULT);
    try (Connection connection = engine.newDatabase().dataSource().getConnection();
         Statement statement = connection.createStatement()) {
      statement.execute("create table customer (id bigint primary key, name varchar(100))");
      statement.execute("insert into customer (id, name) select seq, concat('n', seq) from seq_1_to_2000");
      assertThatThrownBy(() -> statement.execute(
          "alter table customer add column probe varchar(36) default uuid(), algorithm=instant"))
          .hasMessageContaining("ALGORITHM=INSTANT is not supported");
      assertThatThrownBy(() -> statement.execute(
          "alter table customer add column probe varchar(36) default uuid(), algorithm=inplace, lock=none"))
          .hasMessageContaining("ALGORITHM=INPLACE is not supported");

      List<String> constant = safe.statements(add("label", "'n/a'"));
      assertThat(constant).singleElement().asString().endsWith("algorithm=instant");
      List<String> volatileDefault = safe.statements(add("token", "uuid()"));
      assertThat(volatileDefault).singleElement().asString().doesNotContain("algorithm");
      for (String sql : constant) {
        statement.execute(sql);
      }
      for (String sql : volatileDefault) {
        statement.execute(sql);
      }
      assertThat(number(connection, "select count(distinct token) from customer")).isEqualTo(2000);
      assertThat(number(connection, "select count(*) from customer where label = 'n/a'")).isEqualTo(2000);
    }
    assertThat(safe.impact(add("token", "uuid()")).safeForm()).isFalse();
    assertThat(safe.impact(add("token", "uuid()")).stallsWritersWithTableSize()).isTrue();
  }
}
