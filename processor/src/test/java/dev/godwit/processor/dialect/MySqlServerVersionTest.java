package dev.godwit.processor.dialect;

import static dev.godwit.processor.testing.SchemaFixtures.notNull;
import static dev.godwit.processor.testing.SchemaFixtures.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.engines.Engines;
import dev.godwit.engines.MariaDbEngine;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddColumn;
import dev.godwit.processor.diff.Change.RenameColumn;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What {@code godwit.mysql.version} decides: which changes ask for {@code ALGORITHM=INSTANT} and
 * which for {@code INPLACE, LOCK=NONE}, and where no online form exists (a NOT NULL column with a
 * constant {@code @Backfill} before instant ADD COLUMN), so the change is reported instead. The
 * boundaries are MySQL's (8.0.12 instant add column, 8.0.28 instant rename column, by the MySQL 8.0
 * reference manual, "Online DDL Operations") and MariaDB's (10.3.2, 10.5.2). MySQL 8 itself is not
 * run here; the forms of the older targets are run on MariaDB 11.4, which accepts both.
 */
@ExtendWith(Engines.class)
class MySqlServerVersionTest {
  private static final Change ADD = new AddColumn("customer", varchar("phone", 20), Optional.empty());
  private static final Change ADD_WITH_CONSTANT = new AddColumn("customer", notNull(varchar("tier", 20)),
      Optional.of("'BRONZE'"));
  private static final Change RENAME = new RenameColumn("customer", "name", "full_name", varchar("full_name", 100));

  private static MySqlDialect on(String server) {
    return new MySqlDialect(new Target(14, MySqlVersion.parse(server), true));
  }

  @ParameterizedTest
  @CsvSource({
      "8.0.11, 'algorithm=inplace, lock=none', 'algorithm=inplace, lock=none', false",
      "8.0.12, algorithm=instant, 'algorithm=inplace, lock=none', true",
      "8.0.27, algorithm=instant, 'algorithm=inplace, lock=none', true",
      "8.0.28, algorithm=instant, algorithm=instant, true",
      "8.4, algorithm=instant, algorithm=instant, true",
      "mariadb-10.3.1, 'algorithm=inplace, lock=none', 'algorithm=inplace, lock=none', false",
      "mariadb-10.3.2, algorithm=instant, 'algorithm=inplace, lock=none', true",
      "mariadb-10.5.1, algorithm=instant, 'algorithm=inplace, lock=none', true",
      "mariadb-10.5.2, algorithm=instant, algorithm=instant, true",
      "mariadb-11.4, algorithm=instant, algorithm=instant, true"})
  void theServerVersionPicksTheAlgorithm(String server, String add, String rename, boolean constantOnline) {
    MySqlDialect dialect = on(server);
    assertThat(dialect.statements(ADD)).containsExactly("alter table customer add column phone varchar(20), " + add);
    assertThat(dialect.statements(RENAME)).containsExactly((MySqlVersion.parse(server).renameColumnSyntax()
        ? "alter table customer rename column name to full_name, "
        : "alter table customer change column name full_name varchar(100), ") + rename);
    assertThat(dialect.impact(ADD).safeForm()).isTrue();
    assertThat(dialect.impact(ADD_WITH_CONSTANT).safeForm()).as("a NOT NULL column with a constant @Backfill is online")
        .isEqualTo(constantOnline);
    assertThat(dialect.impact(ADD_WITH_CONSTANT).stallsWritersWithTableSize()).isEqualTo(!constantOnline);
    assertThat(String.join("\n", dialect.statements(ADD_WITH_CONSTANT)).contains("algorithm=instant"))
        .isEqualTo(constantOnline);
  }

  private static final Change ADD_WITH_EXPRESSION = new AddColumn("customer",
      dev.godwit.processor.testing.SchemaFixtures.integer("quantity").withDefaultValue(Optional.of("(2+5)")), Optional.empty());
  private static final Change RENAME_DEFINED = new RenameColumn("customer", "name", "full_name",
      notNull(varchar("full_name", 100)).withDefaultValue(Optional.of("'n/a'")).withComment(Optional.of("shown on invoices")));

  /**
   * MySQL 8 refuses INSTANT for a column added with a default that is not a literal (error 1845),
   * so the MySQL targets ask for no algorithm and report the rebuild; MariaDB adds it instantly.
   */
  @ParameterizedTest
  @CsvSource({"8.0.12, false", "8.0.35, false", "8.4, false", "mariadb-10.3.2, true", "mariadb-11.4, true"})
  void anExpressionDefaultIsInstantOnMariaDbOnly(String server, boolean instant) {
    MySqlDialect dialect = on(server);
    assertThat(dialect.statements(ADD_WITH_EXPRESSION)).containsExactly(
        "alter table customer add column quantity integer default (2+5)" + (instant ? ", algorithm=instant" : ""));
    assertThat(dialect.impact(ADD_WITH_EXPRESSION).safeForm()).isEqualTo(instant);
    assertThat(dialect.impact(ADD_WITH_EXPRESSION).stallsWritersWithTableSize()).isEqualTo(!instant);
    assertThat(dialect.impact(ADD_WITH_EXPRESSION).howDone()).contains(instant ? "INSTANT" : "error 1845");
    Change literal = new AddColumn("customer", dev.godwit.processor.testing.SchemaFixtures.integer("quantity")
        .withDefaultValue(Optional.of("7")), Optional.empty());
    assertThat(dialect.statements(literal)).as("a literal default is instant on both")
        .containsExactly("alter table customer add column quantity integer default 7, algorithm=instant");
  }

  /** MariaDB before 10.5.2 cannot parse RENAME COLUMN: CHANGE COLUMN restates the column's own definition. */
  @ParameterizedTest
  @CsvSource({"mariadb-10.3.2, 'algorithm=inplace, lock=none'", "mariadb-10.5.1, 'algorithm=inplace, lock=none'"})
  void oldMariaDbRenamesWithChangeColumn(String server, String clause) {
    assertThat(on(server).statements(RENAME_DEFINED)).containsExactly("alter table customer change column name full_name"
        + " varchar(100) default 'n/a' not null comment 'shown on invoices', " + clause);
    assertThat(on("mariadb-10.5.2").statements(RENAME_DEFINED))
        .containsExactly("alter table customer rename column name to full_name, algorithm=instant");
    assertThat(on("8.0.11").statements(RENAME_DEFINED))
        .containsExactly("alter table customer rename column name to full_name, algorithm=inplace, lock=none");
  }

  /**
   * On MariaDB 11.4: the MariaDB form of an expression default is accepted with INSTANT and existing
   * rows read the value; the CHANGE COLUMN rename of an old MariaDB target keeps the column exactly
   * as it was but for its name, and runs in place.
   */
  @Test
  void theMariaDbFormsRunOnMariaDb(MariaDbEngine engine) throws Exception {
    try (Connection connection = engine.newDatabase().dataSource().getConnection();
         Statement statement = connection.createStatement()) {
      statement.execute("create table customer (id bigint primary key, name varchar(100) default 'n/a' not null"
          + " comment 'shown on invoices')");
      statement.execute("insert into customer (id, name) select seq, concat('n', seq) from seq_1_to_1000");
      String before = column(statement, "name");
      for (String sql : on("mariadb-11.4").statements(ADD_WITH_EXPRESSION)) {
        statement.execute(sql);
      }
      try (ResultSet rows = statement.executeQuery("select count(*) from customer where quantity = 7")) {
        rows.next();
        assertThat(rows.getInt(1)).isEqualTo(1000);
      }
      for (String sql : on("mariadb-10.4").statements(RENAME_DEFINED)) {
        statement.execute(sql);
      }
      assertThat(column(statement, "full_name")).isEqualTo(before);
      try (ResultSet rows = statement.executeQuery("select count(*) from customer where full_name like 'n%'")) {
        rows.next();
        assertThat(rows.getInt(1)).isEqualTo(1000);
      }
    }
  }

  private static String column(Statement statement, String name) throws java.sql.SQLException {
    try (ResultSet rows = statement.executeQuery("select concat_ws('|', column_type, is_nullable, column_default,"
        + " column_comment, ordinal_position) from information_schema.columns where table_schema = database()"
        + " and table_name = 'customer' and column_name = '" + name + "'")) {
      assertThat(rows.next()).as("column %s", name).isTrue();
      return rows.getString(1);
    }
  }

  /**
   * A column's {@code @Check}: Hibernate's MySQLDialect writes it from MySQL 8.0.16 (and on MariaDB,
   * whose version is past that), where MariaDB names it after its column; before, it leaves it out.
   */
  @ParameterizedTest
  @CsvSource({"8.0.15, false", "8.0.16, true", "8.4, true", "mariadb-10.3.1, true", "mariadb-11.4, true"})
  void aColumnCheckIsWrittenFromMySql8016NamedAfterItsColumn(String server, boolean written) {
    MySqlDialect dialect = on(server);
    dev.godwit.processor.model.Check onColumn = new dev.godwit.processor.model.Check(Optional.empty(),
        Optional.of("seats"), "seats > 0");
    dev.godwit.processor.model.Check named = new dev.godwit.processor.model.Check(Optional.of("seats_small"),
        Optional.of("seats"), "seats < 100");
    assertThat(dialect.statements(new Change.AddCheck("customer", onColumn))).containsExactlyElementsOf(written
        ? List.of("alter table customer add constraint seats check (seats > 0)") : List.of());
    assertThat(dialect.statements(new Change.AddCheck("customer", named))).containsExactlyElementsOf(written
        ? List.of("alter table customer add constraint seats_small check (seats < 100)") : List.of());
  }

  /**
   * A dropped or changed check: MySQL parses {@code DROP CONSTRAINT} from 8.0.19 only, {@code DROP
   * CHECK} from 8.0.16; before 8.0.16 the server kept no check (it parsed them and dropped them), so
   * there is nothing to drop, and Hibernate writes no column check (the enum ordinal range) either.
   * MariaDB drops with {@code DROP CONSTRAINT}. A changed enum range and a renamed enum column drop
   * their check the same way.
   */
  @ParameterizedTest
  @CsvSource(nullValues = "none", value = {
      "8.0.15, none",
      "8.0.16, alter table customer drop check seats_small",
      "8.0.18, alter table customer drop check seats_small",
      "8.0.19, alter table customer drop constraint seats_small",
      "8.4, alter table customer drop constraint seats_small",
      "mariadb-10.3.1, alter table customer drop constraint seats_small",
      "mariadb-11.4, alter table customer drop constraint seats_small"})
  void aCheckIsDroppedWithTheSyntaxTheServerParses(String server, String drop) {
    MySqlDialect dialect = on(server);
    dev.godwit.processor.model.Check table = new dev.godwit.processor.model.Check(Optional.of("seats_small"),
        Optional.empty(), "seats < 100");
    List<String> expected = drop == null ? List.of() : List.of(drop);
    assertThat(dialect.statements(new Change.DropCheck("customer", table))).containsExactlyElementsOf(expected);
    dev.godwit.processor.model.Check onColumn = new dev.godwit.processor.model.Check(Optional.of("seats_small"),
        Optional.of("seats"), "seats < 100");
    assertThat(dialect.statements(new Change.DropCheck("customer", onColumn))).containsExactlyElementsOf(expected);

    dev.godwit.processor.model.Column two = GoldenCases.column("priority",
        dev.godwit.processor.model.ColumnType.enumerated(dev.godwit.processor.model.TypeKind.ENUM_ORDINAL, 0,
            List.of("LOW", "HIGH")), true);
    dev.godwit.processor.model.Column three = GoldenCases.column("priority",
        dev.godwit.processor.model.ColumnType.enumerated(dev.godwit.processor.model.TypeKind.ENUM_ORDINAL, 0,
            List.of("LOW", "HIGH", "URGENT")), true);
    String range = drop == null ? null : drop.replace("seats_small", "priority");
    List<String> widened = dialect.statements(new Change.AlterColumn("customer", two, three, Optional.empty()));
    if (range == null) {
      assertThat(widened).as("no ordinal check before 8.0.16").noneMatch(s -> s.contains("check"));
    } else {
      assertThat(widened).startsWith(range).anyMatch(s -> s.contains("add constraint priority check (priority between 0 and 2)"));
    }
    List<String> renamed = dialect.statements(new Change.RenameColumn("customer", "priority", "urgency",
        GoldenCases.column("urgency", three.type(), true)));
    if (range == null) {
      assertThat(renamed).noneMatch(s -> s.contains("check"));
    } else {
      assertThat(renamed).contains(range, "alter table customer add constraint urgency check (urgency between 0 and 2)");
    }
  }

  /** The forms for older servers are valid statements that keep writers flowing on MariaDB 11.4 too. */
  @Test
  void theInPlaceFormsOfOlderTargetsRunOnMariaDb(MariaDbEngine engine) throws Exception {
    try (Connection connection = engine.newDatabase().dataSource().getConnection();
         Statement statement = connection.createStatement()) {
      statement.execute("create table customer (id bigint primary key, name varchar(100))");
      statement.execute("insert into customer (id, name) select seq, concat('n', seq) from seq_1_to_1000");
      for (String server : List.of("8.0.11", "mariadb-10.3.1")) {
        for (String sql : on(server).statements(ADD)) {
          statement.execute(sql.replace("phone", "phone_" + server.replaceAll("[^0-9]", "")));
        }
      }
      for (String sql : on("8.0.27").statements(RENAME)) {
        statement.execute(sql);
      }
      try (ResultSet rows = statement.executeQuery("select count(*) from information_schema.columns"
          + " where table_name = 'customer' and column_name in ('full_name', 'phone_8011', 'phone_1031')")) {
        rows.next();
        assertThat(rows.getInt(1)).isEqualTo(3);
      }
    }
  }
}
