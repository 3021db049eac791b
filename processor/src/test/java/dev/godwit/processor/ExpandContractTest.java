package dev.godwit.processor;

import static dev.godwit.processor.testing.Jdbc.count;
import static dev.godwit.processor.testing.Jdbc.fails;
import static dev.godwit.processor.testing.Jdbc.migrate;
import static dev.godwit.processor.testing.Jdbc.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.testing.Jdbc;
import dev.godwit.engines.Engines;
import dev.godwit.engines.H2Engine;
import dev.godwit.engines.MariaDbEngine;
import dev.godwit.engines.PostgresEngine;
import dev.godwit.processor.emit.SqlStatements;
import dev.godwit.processor.testing.FixtureCompiler;
import dev.godwit.verify.GodwitVerification;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Expand/contract end to end on embedded PostgreSQL: {@code customer.name} becomes
 * {@code full_name} and {@code age varchar(10)} becomes {@code age_years integer} with
 * {@code @Renamed(strategy = EXPAND_CONTRACT)}. After the expand (V2) an instance of the previous
 * release, writing the old columns, and one of the new release, writing the new columns, see the
 * same data, and the database is what Hibernate validates and creates apart from the two old
 * nullable columns; the contract (V3, {@code -Agodwit.contract=2}) leaves exactly Hibernate's
 * schema; until then every compile warns that the contract is pending, and check mode fails once
 * it is asked for but not generated.
 */
@ExtendWith(Engines.class)
class ExpandContractTest {
  @TempDir Path dir;

  private FixtureCompiler.Result compile(String version, String... options) throws IOException {
    return compile(version, text -> text, options);
  }

  private FixtureCompiler.Result compile(String version, java.util.function.UnaryOperator<String> edit, String... options)
      throws IOException {
    List<String> all = new ArrayList<>(List.of("-Agodwit.snapshot=" + dir.resolve("snapshot.json"),
        "-Agodwit.output=" + dir.resolve("migration")));
    all.addAll(List.of(options));
    return FixtureCompiler.compile(FixtureCompiler.sources("expand/" + version), edit, dir.resolve("classes-" + version), all);
  }

  @Test
  void columnsInKeysAndTablesAreNotExpandedButReportedOnTheirRenamed() throws IOException {
    assertThat(compile("v1", text -> text.replace("private String email;", "@Column(unique = true) private String email;"))
        .success()).isTrue();
    FixtureCompiler.Result result = compile("v2", text -> text
        .replace("private String email;", "@Renamed(from = \"email\", strategy = Strategy.EXPAND_CONTRACT)"
            + " @Column(name = \"mail\", unique = true) private String mail;")
        .replace("@Entity\n", "@Entity @jakarta.persistence.Table(name = \"client\")"
            + " @Renamed(from = \"Customer\", strategy = Strategy.EXPAND_CONTRACT)\n"));
    assertThat(result.success()).isFalse();
    assertThat(result.diagnostics()).anyMatch(d -> d.startsWith("ERROR: [GW208] @Renamed(from = \"Customer\", strategy ="
        + " EXPAND_CONTRACT) on table client: Godwit cannot expand and contract this table because its column age is"
        + " renamed or dropped in the same migration") && d.contains("its column email is renamed or dropped"));
    FixtureCompiler.Result column = compile("v2", text -> text
        .replace("private String email;", "@Renamed(from = \"email\", strategy = Strategy.EXPAND_CONTRACT)"
            + " @org.hibernate.annotations.Check(constraints = \"mail <> ''\") @Column(name = \"mail\", unique = true)"
            + " private String mail;"));
    assertThat(column.success()).isFalse();
    assertThat(column.diagnostics()).anyMatch(d -> d.startsWith("ERROR: [GW208] @Renamed(from = \"email\", strategy ="
        + " EXPAND_CONTRACT) on Customer.mail: Godwit cannot expand and contract this column because the new column mail"
        + " has a check constraint."));
    assertThat(dir.resolve("migration/postgresql")).isDirectoryNotContaining("glob:**/V2__*");
  }

  @Test
  void aPendingContractKeepsTheNewColumnMapped() throws IOException {
    assertThat(compile("v1").success()).isTrue();
    assertThat(compile("v2").success()).isTrue();
    FixtureCompiler.Result removed = compile("v2",
        text -> text.replaceAll("(?s)@Renamed\\(from = \"name\".*?private String fullName;", ""));
    assertThat(removed.success()).isFalse();
    assertThat(removed.diagnostics()).anyMatch(d -> d.startsWith("ERROR: [GW425] the entities no longer map column"
        + " Customer.full_name, but the contract of V2 (Customer.name -> Customer.full_name) is pending"));
    FixtureCompiler.Result reused = compile("v2", text -> text.replace("private String email;",
        "private String email; private String name;"));
    assertThat(reused.success()).isFalse();
    assertThat(reused.diagnostics()).anyMatch(d -> d.startsWith("ERROR: [GW425] the entities map column Customer.name"
        + " again, which the database still holds as the old column"));
  }

  private Path file(String dialect, String prefix) throws IOException {
    Path folder = dialect.isEmpty() ? dir.resolve("migration") : dir.resolve("migration").resolve(dialect);
    return Jdbc.migration(folder, prefix, dialect.isEmpty() ? ".md" : ".sql");
  }

  @Test
  void oldAndNewInstancesAgreeAfterTheExpandAndTheContractLeavesHibernatesSchema(PostgresEngine engine) throws Exception {
    assertThat(compile("v1").success()).isTrue();
    FixtureCompiler.Result expand = compile("v2");
    assertThat(expand.success()).as("%s", expand.diagnostics()).isTrue();
    assertThat(expand.diagnostics()).as("no rename finding: the rename is expanded")
        .noneMatch(d -> d.contains("GW408") || d.contains("GW409") || d.contains("GW206"))
        .anyMatch(d -> d.startsWith("WARNING: [GW424] h2: expanding Customer.name into Customer.full_name"));
    String v2 = Files.readString(file("postgresql", "V2__"));
    assertThat(v2).contains("create trigger customer_full_name_sync before insert or update on Customer",
        "new.age_years := CAST(new.age AS INTEGER);", "new.age := cast(new.age_years as varchar(10));");
    assertThat(Files.readString(dir.resolve("snapshot.json"))).contains("\"godwit\": 4", "\"expansions\"",
        "\"expandedIn\": 2").doesNotContain("contractedIn");

    DataSource database = engine.newDatabase().dataSource();
    String location = "filesystem:" + dir.resolve("migration/postgresql");
    migrate(database, location, "1");
    run(database, "insert into customer (name, age, email) select 'n' || g, (g % 90)::text, null"
        + " from generate_series(1, 3000) g");
    migrate(database, location, "2");
    assertThat(count(database, "select count(*) from customer where full_name is distinct from name"
        + " or age_years is distinct from cast(age as integer)")).as("rows filled by the expand").isZero();
    assertThat(count(database, "select count(*) from customer where age_years is not null")).isEqualTo(3000);

    // an instance of the previous release writes the old columns, one of this release the new ones
    run(database, "insert into customer (name, age, email) values ('old app', '41', 'o@x')");
    run(database, "update customer set name = 'renamed by old', age = '42' where id = 1");
    run(database, "insert into customer (full_name, age_years, email) values ('new app', 7, 'n@x')");
    run(database, "update customer set full_name = 'renamed by new', age_years = 8 where id = 2");
    run(database, "update customer set email = 'only another column' where id = 3");
    assertThat(rows(database, "select name, full_name, age, age_years from customer"
        + " where id in (1, 2, 3) or email in ('o@x', 'n@x') order by id")).containsExactly(
        "renamed by old|renamed by old|42|42", "renamed by new|renamed by new|8|8", "n3|n3|3|3",
        "old app|old app|41|41", "new app|new app|7|7");
    assertThat(count(database, "select count(*) from customer where full_name is distinct from name"
        + " or age_years is distinct from cast(age as integer)")).as("rows out of sync").isZero();

    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("classes-v2").toUri().toURL()},
        getClass().getClassLoader())) {
      GodwitVerification afterExpand = GodwitVerification.forEntities(loader.loadClass("fixtures.expand.Customer"))
          .classLoader(loader).migrations(location).upTo("2");
      assertThat(afterExpand.verify(() -> engine.newDatabase().dataSource()).differences())
          .as("the old columns are extra until the contract")
          .anyMatch(d -> d.startsWith("unexpected customer.name")).anyMatch(d -> d.startsWith("unexpected customer.age"));
      afterExpand.pendingContract("customer", "name").pendingContract("customer", "age")
          .assertMatches(() -> engine.newDatabase().dataSource());

      // until the contract, every compile says it is pending; nothing is written
      FixtureCompiler.Result again = compile("v2");
      assertThat(again.success()).isTrue();
      assertThat(again.diagnostics()).anyMatch(d -> d.startsWith("WARNING: [GW423] contract pending: V2 expanded"
          + " Customer.name -> Customer.full_name") && d.contains("-Agodwit.contract=2"));
      assertThat(dir.resolve("migration/postgresql")).isDirectoryNotContaining("glob:**/V3__*");
      FixtureCompiler.Result check = compile("v2", "-Agodwit.mode=check", "-Agodwit.contract=2");
      assertThat(check.success()).isFalse();
      assertThat(check.diagnostics()).anyMatch(d -> d.startsWith("ERROR: [GW502]")
          && d.contains("contract column Customer.name -> Customer.full_name"));
      FixtureCompiler.Result wrong = compile("v2", "-Agodwit.contract=1");
      assertThat(wrong.success()).isFalse();
      assertThat(wrong.diagnostics()).anyMatch(d -> d.startsWith("ERROR: [GW501] option -Agodwit.contract=1:"
          + " migration V1 has no expand step to contract; the snapshot records V2 (Customer.age -> Customer.age_years"));

      FixtureCompiler.Result contract = compile("v2", "-Agodwit.contract=2");
      assertThat(contract.success()).as("%s", contract.diagnostics()).isTrue();
      assertThat(contract.diagnostics()).noneMatch(d -> d.contains("GW423"));
      assertThat(Files.readString(file("postgresql", "V3__"))).contains(
          "drop trigger if exists customer_full_name_sync on Customer", "drop function if exists customer_full_name_sync()",
          "alter table Customer drop column if exists name");
      assertThat(Files.readString(dir.resolve("snapshot.json"))).contains("\"contractedIn\": 3");
      FixtureCompiler.Result afterContract = compile("v2", "-Agodwit.contract=2", "-Agodwit.mode=check");
      assertThat(afterContract.success()).as("%s", afterContract.diagnostics()).isTrue();
      assertThat(afterContract.diagnostics()).noneMatch(d -> d.contains("GW423"));

      migrate(database, location, "3");
      assertThat(rows(database, "select full_name, age_years from customer where id in (1, 2) order by id"))
          .containsExactly("renamed by old|42", "renamed by new|8");
      GodwitVerification.forEntities(loader.loadClass("fixtures.expand.Customer")).classLoader(loader)
          .migrations(location).assertMatches(() -> engine.newDatabase().dataSource());
    }

    // the undo scripts restore V1's columns, filled from the new ones
    run(database, SqlStatements.split(Files.readString(file("postgresql", "U3__"))));
    run(database, "insert into customer (full_name, age_years, email) values ('written between undos', 9, null)");
    run(database, SqlStatements.split(Files.readString(file("postgresql", "U2__"))));
    assertThat(rows(database, "select name, age from customer where id = 1 or email is null and name like 'written%'"
        + " order by id")).containsExactly("renamed by old|42", "written between undos|9");
    assertThat(count(database, "select count(*) from information_schema.columns where table_name = 'customer'"
        + " and column_name in ('full_name', 'age_years')")).isZero();
    assertThat(count(database, "select count(*) from pg_trigger where not tgisinternal")).isZero();

    String report = Files.readString(file("", "V2__"));
    assertThat(report).contains("## Multi-release plan (expand/contract)", "This migration **expands**",
        "| Customer.name varchar(100) | Customer.full_name varchar(100) | postgresql: trigger `customer_full_name_sync`;"
            + " mysql: triggers `Customer_full_name_sync_i`, `Customer_full_name_sync_u`; h2: no sync (GW424) |",
        "compile with `-Agodwit.contract=2`");
    assertThat(Files.readString(file("", "V3__"))).contains("This migration **contracts**");
  }

  /** V1 with a unique key and an index over the columns V2 expands, and an implicit unique key on email. */
  private static String keyed(String text) {
    return text.replace("@Entity\n", "@Entity @jakarta.persistence.Table(uniqueConstraints = @jakarta.persistence.UniqueConstraint("
        + "name = \"uk_customer_name_age\", columnNames = {\"name\", \"age\"}), indexes = @jakarta.persistence.Index("
        + "name = \"idx_customer_email\", columnList = \"email, id\"))\n")
        .replace("private String email;", "@Column(unique = true) private String email;")
        .replace("@Column(length = 10) private String age;",
            "@org.hibernate.annotations.ColumnDefault(\"'0'\") @Column(length = 10) private String age;");
  }

  /**
   * V2 of {@link #keyed}: {@code email} expands into {@code mail} too; the keys keep their names over the new
   * columns, so the expand builds them under interim names and the contract renames them; the implicit
   * unique key's name changes with its column, so the expand builds it under that name.
   */
  private static String keyedExpanded(String text) {
    return text.replace("@Entity\n", "@Entity @jakarta.persistence.Table(uniqueConstraints = @jakarta.persistence.UniqueConstraint("
        + "name = \"uk_customer_name_age\", columnNames = {\"full_name\", \"age_years\"}), indexes = @jakarta.persistence.Index("
        + "name = \"idx_customer_email\", columnList = \"mail, id\"))\n")
        .replace("private String email;", "@Renamed(from = \"email\", strategy = Strategy.EXPAND_CONTRACT)"
            + " @Column(name = \"mail\", unique = true) private String mail;")
        .replace("@Column(name = \"age_years\")", "@org.hibernate.annotations.ColumnDefault(\"-1\") @Column(name = \"age_years\")");
  }

  /** V1, the expand V2 and the contract V3 of the keyed fixtures. */
  private void generateKeyedHistory() throws IOException {
    assertThat(compile("v1", ExpandContractTest::keyed).success()).isTrue();
    FixtureCompiler.Result expand = compile("v2", ExpandContractTest::keyedExpanded);
    assertThat(expand.success()).as("%s", expand.diagnostics()).isTrue();
    assertThat(Files.readString(dir.resolve("snapshot.json"))).contains("\"godwit\": 8", "\"oldUniqueKeys\"",
        "\"renamedUniqueKeys\"", "\"oldIndexes\"", "\"renamedIndexes\"");
    FixtureCompiler.Result changed = compile("v2", text -> keyedExpanded(text).replace("columnList = \"mail, id\"",
        "columnList = \"mail\""));
    assertThat(changed.success()).isFalse();
    assertThat(changed.diagnostics()).anyMatch(d -> d.startsWith("ERROR: [GW425] the entities change or remove"
        + " idx_customer_email of Customer, which the database holds under the interim name gwx_idx_customer_email until"
        + " the contract, but the contract of V2"));
    FixtureCompiler.Result contract = compile("v2", ExpandContractTest::keyedExpanded, "-Agodwit.contract=2");
    assertThat(contract.success()).as("%s", contract.diagnostics()).isTrue();
  }

  /**
   * Columns in a unique key and an index expand and contract on PostgreSQL: during the expand the old
   * release's and the new release's writes agree and both columns' keys hold; after the contract the
   * schema is Hibernate's, the keys under their own names.
   */
  @Test
  void keysOverExpandedColumnsMoveWithThemOnPostgres(PostgresEngine engine) throws Exception {
    generateKeyedHistory();
    List<String> expand = script("postgresql", "V2__");
    assertThat(expand).as("%s", expand).anyMatch(s -> s.equals("create unique index concurrently gwx_uk_customer_name_age"
        + " on Customer (full_name, age_years)"))
        .anyMatch(s -> s.contains("alter table Customer add constraint gwx_uk_customer_name_age unique using index"
            + " gwx_uk_customer_name_age"))
        .anyMatch(s -> s.equals("create index concurrently gwx_idx_customer_email on Customer (mail, id)"))
        .anyMatch(s -> s.equals("create unique index concurrently customer_mail_key on Customer (mail)"))
        .noneMatch(s -> s.contains("drop index concurrently if exists customer_email_key")
            || s.contains("drop index concurrently if exists idx_customer_email") || s.contains("drop constraint uk_"));
    assertThat(script("postgresql", "V3__")).as("%s", script("postgresql", "V3__")).anyMatch(s -> s.contains("alter table Customer drop constraint if exists uk_customer_name_age"))
        .anyMatch(s -> s.contains("alter table Customer rename constraint gwx_uk_customer_name_age to uk_customer_name_age"))
        .anyMatch(s -> s.contains("alter index gwx_idx_customer_email rename to idx_customer_email"));
    DataSource database = engine.newDatabase().dataSource();
    String location = "filesystem:" + dir.resolve("migration/postgresql");
    migrate(database, location, "1");
    run(database, "insert into customer (name, age, email) select 'n' || g, (g % 90)::text, 'e' || g"
        + " from generate_series(1, 3000) g");
    migrate(database, location, "2");
    assertThat(rows(database, "select column_name, column_default from information_schema.columns"
        + " where table_name = 'customer' and column_name like 'age%' order by column_name"))
        .as("neither column has a default until the contract").containsExactly("age|null", "age_years|null");
    run(database, "insert into customer (name, age, email) values ('old app', '41', 'o@x')");
    run(database, "update customer set name = 'renamed by old', email = 'old@x' where id = 1");
    run(database, "insert into customer (full_name, age_years, mail) values ('new app', 7, 'n@x')");
    run(database, "update customer set full_name = 'renamed by new', mail = 'new@x' where id = 2");
    assertThat(count(database, "select count(*) from customer where full_name is distinct from name"
        + " or age_years is distinct from cast(age as integer) or mail is distinct from email")).as("rows out of sync").isZero();
    assertThat(rows(database, "select email, mail from customer where id in (1, 2) order by id"))
        .containsExactly("old@x|old@x", "new@x|new@x");
    assertThat(rows(database, "select age, age_years from customer where email in ('o@x', 'n@x') order by id"))
        .as("each release's value, not the other column's default").containsExactly("41|41", "7|7");
    assertThat(fails(database, "insert into customer (full_name, age_years, mail) values ('x', 1, 'n@x')"))
        .as("the unique keys hold during the expand").contains("duplicate key");
    assertThat(count(database, "select count(*) from pg_index i join pg_class c on c.oid = i.indexrelid"
        + " where c.relname in ('customer_mail_key', 'gwx_uk_customer_name_age', 'gwx_idx_customer_email')"
        + " and i.indisvalid")).as("the new columns' keys, valid").isEqualTo(3);
    assertThat(fails(database, "insert into customer (name, age, email) values ('new app', '7', 'z@x')"))
        .as("the old release meets the unique keys too").contains("duplicate key");
    verifyPendingContract(engine, location);
    migrate(database, location, "3");
    assertThat(count(database, "select count(*) from pg_indexes where tablename = 'customer' and indexname like 'gwx%'")).isZero();
    run(database, "insert into customer (full_name, mail) values ('defaulted', 'd@x')");
    assertThat(rows(database, "select age_years from customer where mail = 'd@x'")).as("the contract sets the default")
        .containsExactly("-1");
    run(database, "delete from customer where mail = 'd@x'");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("classes-v2").toUri().toURL()},
        getClass().getClassLoader())) {
      GodwitVerification.forEntities(loader.loadClass("fixtures.expand.Customer")).classLoader(loader)
          .migrations(location).assertMatches(() -> engine.newDatabase().dataSource());
    }
    run(database, script("postgresql", "U3__"));
    run(database, script("postgresql", "U2__"));
    assertThat(rows(database, "select name, email from customer where id in (1, 2) order by id"))
        .containsExactly("renamed by old|old@x", "renamed by new|new@x");
    assertThat(rows(database, "select indexname from pg_indexes where tablename = 'customer' order by indexname"))
        .containsExactly("customer_email_key", "customer_pkey", "idx_customer_email", "uk_customer_name_age");
    assertThat(rows(database, "select column_default from information_schema.columns where table_name = 'customer'"
        + " and column_name = 'age'")).as("the undo of the expand gives the old column its default back")
        .containsExactly("'0'::character varying");
  }

  /**
   * The expanded state verifies as a pending contract once each expand names its new column: the old
   * columns' keys are passed over, the new columns' keys are accepted under their interim names and
   * {@code age_years} without the default the contract sets; any other name or default is still a
   * difference.
   */
  private void verifyPendingContract(PostgresEngine engine, String location) throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("classes-v2").toUri().toURL()},
        getClass().getClassLoader())) {
      GodwitVerification afterExpand = GodwitVerification.forEntities(loader.loadClass("fixtures.expand.Customer"))
          .classLoader(loader).migrations(location).upTo("2");
      assertThat(afterExpand.pendingContract("customer", "name").pendingContract("customer", "age")
          .pendingContract("customer", "email").verify(() -> engine.newDatabase().dataSource()).differences())
          .as("the old columns alone do not explain the keys and the moved default")
          .anyMatch(d -> d.contains("name expected uk_customer_name_age but was gwx_uk_customer_name_age"))
          .anyMatch(d -> d.contains("name expected idx_customer_email but was gwx_idx_customer_email"))
          .anyMatch(d -> d.startsWith("customer.age_years: default expected"))
          .anyMatch(d -> d.startsWith("unexpected customer unique (name, age)"));
      GodwitVerification pending = afterExpand.pendingContract("customer", "name", "full_name")
          .pendingContract("customer", "age", "age_years").pendingContract("customer", "email", "mail");
      pending.assertMatches(() -> engine.newDatabase().dataSource());
      DataSource tampered = engine.newDatabase().dataSource();
      migrate(tampered, location, "2");
      run(tampered, List.of("alter index gwx_idx_customer_email rename to idx_other",
          "alter table customer alter column age_years set default 5", "alter table customer drop constraint gwx_uk_customer_name_age"));
      assertThat(pending.compare(tampered, engine.newDatabase().dataSource()).differences()).as("exactly the interim state")
          .containsExactlyInAnyOrder("customer index (mail, id): name expected idx_customer_email but was idx_other",
              "customer.age_years: default expected '-1'::integer but was 5",
              "missing customer index (full_name, age_years): expected unique yes, name uk_customer_name_age",
              "missing customer unique (full_name, age_years): expected name uk_customer_name_age");
    }
  }

  /** The same on MariaDB 11.4 through MySQL's online forms. */
  @Test
  void keysOverExpandedColumnsMoveWithThemOnMariaDb(MariaDbEngine engine) throws Exception {
    generateKeyedHistory();
    assertThat(script("mysql", "V2__")).anyMatch(s -> s.contains("alter table Customer add constraint gwx_uk_customer_name_age"
        + " unique (full_name, age_years), algorithm=inplace, lock=none"))
        .anyMatch(s -> s.contains("create index gwx_idx_customer_email on Customer (mail, id) algorithm=inplace lock=none"));
    assertThat(script("mysql", "V3__"))
        .anyMatch(s -> s.contains("alter table Customer rename index gwx_idx_customer_email to idx_customer_email,"
            + " algorithm=inplace, lock=none"));
    DataSource database = engine.newDatabase().dataSource();
    String location = "filesystem:" + dir.resolve("migration/mysql");
    migrate(database, location, "1");
    run(database, "insert into Customer (name, age, email) select concat('n', seq), seq % 90, concat('e', seq) from seq_1_to_3000");
    migrate(database, location, "2");
    run(database, "insert into Customer (name, age, email) values ('old app', '41', 'o@x')");
    run(database, "update Customer set name = 'renamed by old', email = 'old@x' where id = 1");
    run(database, "insert into Customer (full_name, age_years, mail) values ('new app', 7, 'n@x')");
    run(database, "update Customer set full_name = 'renamed by new', mail = 'new@x' where id = 2");
    assertThat(count(database, "select count(*) from Customer where not (full_name <=> name)"
        + " or not (age_years <=> cast(age as signed)) or not (mail <=> email)")).as("rows out of sync").isZero();
    assertThat(fails(database, "insert into Customer (full_name, age_years, mail) values ('x', 1, 'n@x')"))
        .as("the new column's unique key holds during the expand").contains("Duplicate");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("classes-v2").toUri().toURL()},
        getClass().getClassLoader())) {
      GodwitVerification.forEntities(loader.loadClass("fixtures.expand.Customer")).classLoader(loader).migrations(location)
          .upTo("2").pendingContract("Customer", "name", "full_name").pendingContract("Customer", "age", "age_years")
          .pendingContract("Customer", "email", "mail").assertMatches(() -> engine.newDatabase().dataSource());
    }
    migrate(database, location, "3");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("classes-v2").toUri().toURL()},
        getClass().getClassLoader())) {
      GodwitVerification.forEntities(loader.loadClass("fixtures.expand.Customer")).classLoader(loader)
          .migrations(location).assertMatches(() -> engine.newDatabase().dataSource());
    }
    run(database, script("mysql", "U3__"));
    run(database, script("mysql", "U2__"));
    assertThat(rows(database, "select name, email from Customer where id in (1, 2) order by id"))
        .containsExactly("renamed by old|old@x", "renamed by new|new@x");
  }

  /** H2 runs the same scripts (no sync: GW424). */
  @Test
  void keysOverExpandedColumnsMoveWithThemOnH2(H2Engine engine) throws Exception {
    generateKeyedHistory();
    DataSource database = engine.newDatabase().dataSource();
    String location = "filesystem:" + dir.resolve("migration/h2");
    migrate(database, location, "1");
    run(database, "insert into Customer (name, age, email) select 'n' || x, cast(mod(x, 90) as varchar), 'e' || x"
        + " from system_range(1, 300)");
    migrate(database, location, "3");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("classes-v2").toUri().toURL()},
        getClass().getClassLoader())) {
      GodwitVerification.forEntities(loader.loadClass("fixtures.expand.Customer")).classLoader(loader)
          .migrations(location).assertMatches(() -> engine.newDatabase().dataSource());
    }
    run(database, script("h2", "U3__"));
    run(database, script("h2", "U2__"));
    assertThat(count(database, "select count(*) from Customer where email like 'e%'")).isEqualTo(300);
  }

  /** V1, the expand V2 and the contract V3 of the fixtures. */
  private void generateHistory() throws IOException {
    assertThat(compile("v1").success()).isTrue();
    assertThat(compile("v2").success()).isTrue();
    FixtureCompiler.Result contract = compile("v2", "-Agodwit.contract=2");
    assertThat(contract.success()).as("%s", contract.diagnostics()).isTrue();
  }

  private List<String> script(String dialect, String prefix) throws IOException {
    return SqlStatements.split(Files.readString(file(dialect, prefix)));
  }

  /** MySQL's two triggers per expansion, run by Flyway on MariaDB 11.4: the same agreement as on PostgreSQL. */
  @Test
  void mysqlTriggersKeepOldAndNewInstancesInAgreementOnMariaDb(MariaDbEngine engine) throws Exception {
    generateHistory();
    DataSource database = engine.newDatabase().dataSource();
    String location = "filesystem:" + dir.resolve("migration/mysql");
    migrate(database, location, "1");
    run(database, "insert into Customer (name, age) select concat('n', seq), seq % 90 from seq_1_to_3000");
    migrate(database, location, "2");
    String outOfSync = "select count(*) from Customer where not (full_name <=> name) or not (age_years <=> cast(age as signed))";
    assertThat(count(database, outOfSync)).as("rows filled by the expand").isZero();
    assertThat(count(database, "select count(*) from Customer where age_years is not null")).isEqualTo(3000);

    run(database, "insert into Customer (name, age, email) values ('old app', '41', 'o@x')");
    run(database, "update Customer set name = 'renamed by old', age = '42' where id = 1");
    run(database, "insert into Customer (full_name, age_years, email) values ('new app', 7, 'n@x')");
    run(database, "update Customer set full_name = 'renamed by new', age_years = 8 where id = 2");
    run(database, "update Customer set email = 'only another column' where id = 3");
    assertThat(rows(database, "select name, full_name, age, age_years from Customer"
        + " where id in (1, 2, 3) or email in ('o@x', 'n@x') order by id")).containsExactly(
        "renamed by old|renamed by old|42|42", "renamed by new|renamed by new|8|8", "n3|n3|3|3",
        "old app|old app|41|41", "new app|new app|7|7");
    assertThat(count(database, outOfSync)).as("rows out of sync").isZero();

    migrate(database, location, "3");
    assertThat(rows(database, "select full_name, age_years from Customer where id in (1, 2) order by id"))
        .containsExactly("renamed by old|42", "renamed by new|8");
    assertThat(count(database, "select count(*) from information_schema.triggers where trigger_schema = database()")).isZero();
    run(database, script("mysql", "U3__"));
    run(database, "insert into Customer (full_name, age_years, email) values ('written between undos', 9, null)");
    run(database, script("mysql", "U2__"));
    assertThat(rows(database, "select name, age from Customer where id = 1 or name like 'written%' order by id"))
        .containsExactly("renamed by old|42", "written between undos|9");
  }

  /**
   * H2 has no SQL triggers (GW424): the expand copies the rows and the new release works, but what
   * the previous release writes afterwards is not copied; the contract and the undo scripts run.
   */
  @Test
  void h2ExpandsAndContractsWithoutSync(H2Engine engine) throws Exception {
    generateHistory();
    DataSource database = engine.newDatabase().dataSource();
    String location = "filesystem:" + dir.resolve("migration/h2");
    migrate(database, location, "1");
    run(database, "insert into Customer (name, age) select 'n' || x, cast(mod(x, 90) as varchar) from system_range(1, 300)");
    migrate(database, location, "2");
    assertThat(count(database, "select count(*) from Customer where full_name is distinct from name"
        + " or age_years is distinct from cast(age as integer)")).isZero();
    run(database, "insert into Customer (full_name, age_years) values ('new app', 7)");
    assertThat(rows(database, "select name, full_name from Customer where full_name = 'new app'"))
        .as("not synced on H2").containsExactly("null|new app");
    run(database, "delete from Customer where full_name = 'new app'");
    migrate(database, location, "3");
    run(database, script("h2", "U3__"));
    run(database, script("h2", "U2__"));
    assertThat(count(database, "select count(*) from Customer where name like 'n%' and age is not null")).isEqualTo(300);
  }

  private static List<String> rows(DataSource database, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
         ResultSet rs = statement.executeQuery(sql)) {
      while (rs.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          values.add(rs.getString(i));
        }
        rows.add(String.join("|", values));
      }
    }
    return rows;
  }
}
