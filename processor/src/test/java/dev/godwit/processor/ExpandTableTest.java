package dev.godwit.processor;

import static dev.godwit.processor.testing.Jdbc.count;
import static dev.godwit.processor.testing.Jdbc.migrate;
import static dev.godwit.processor.testing.Jdbc.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.testing.Jdbc;
import dev.godwit.engines.Engines;
import dev.godwit.engines.H2Engine;
import dev.godwit.engines.MariaDbAsMySqlDialect;
import dev.godwit.engines.MariaDbEngine;
import dev.godwit.engines.PostgresEngine;
import dev.godwit.processor.emit.SqlStatements;
import dev.godwit.processor.testing.FixtureCompiler;
import dev.godwit.verify.GodwitVerification;
import dev.godwit.verify.HibernateSchema;
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
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table's expand/contract end to end: {@code Customer} becomes {@code client} with
 * {@code @Renamed(from = "Customer", strategy = EXPAND_CONTRACT)}; {@code Purchase} refers to it
 * and it refers to {@code Shop}, so Hibernate's hashed names of its unique key and of both foreign
 * keys change with the name. While the expand (V2) runs, an instance of the previous release (real
 * Hibernate over the V1 entities) and one of the new release (V2 entities) keep writing; afterwards
 * both work, the old one through the view, which Hibernate's {@code validate} accepts; no write is
 * lost. The contract (V3) leaves exactly Hibernate's schema of the new entities.
 */
@ExtendWith(Engines.class)
class ExpandTableTest {
  @TempDir Path dir;

  private FixtureCompiler.Result compile(String version, String... options) throws IOException {
    return compile(version, text -> text, options);
  }

  private FixtureCompiler.Result compile(String version, java.util.function.UnaryOperator<String> edit, String... options)
      throws IOException {
    List<String> all = new ArrayList<>(List.of("-Agodwit.snapshot=" + dir.resolve("snapshot.json"),
        "-Agodwit.output=" + dir.resolve("migration")));
    all.addAll(List.of(options));
    return FixtureCompiler.compile(FixtureCompiler.sources("expand_table/" + version), edit,
        dir.resolve("classes-" + version), all);
  }

  private void generateHistory() throws IOException {
    assertThat(compile("v1").success()).isTrue();
    FixtureCompiler.Result expand = compile("v2");
    assertThat(expand.success()).as("%s", expand.diagnostics()).isTrue();
    assertThat(expand.diagnostics()).as("no rename finding: the rename is expanded").noneMatch(d -> d.contains("GW407"))
        .anyMatch(d -> d.startsWith("WARNING: [GW424] h2: expanding table Customer into client"));
    FixtureCompiler.Result pending = compile("v2");
    assertThat(pending.diagnostics()).anyMatch(d -> d.startsWith("WARNING: [GW423] contract pending: V2 expanded table"
        + " Customer -> client") && d.contains("-Agodwit.contract=2"));
    FixtureCompiler.Result check = compile("v2", "-Agodwit.mode=check", "-Agodwit.contract=2");
    assertThat(check.success()).isFalse();
    assertThat(check.diagnostics()).anyMatch(d -> d.startsWith("ERROR: [GW502]") && d.contains("contract table Customer"));
    FixtureCompiler.Result contract = compile("v2", "-Agodwit.contract=2");
    assertThat(contract.success()).as("%s", contract.diagnostics()).isTrue();
    assertThat(contract.diagnostics()).noneMatch(d -> d.contains("GW423"));
    assertThat(compile("v2", "-Agodwit.contract=2", "-Agodwit.mode=check").success()).isTrue();
  }

  @Test
  void theSnapshotRecordsThePendingContractAndTheReportPlansIt() throws IOException {
    assertThat(compile("v1").success()).isTrue();
    assertThat(compile("v2").success()).isTrue();
    assertThat(Files.readString(dir.resolve("snapshot.json"))).contains("\"godwit\": 6", "\"expansions\"",
        "\"from\": \"Customer\"").doesNotContain("contractedIn");
    assertThat(Files.readString(file("postgresql", "V2__"))).contains("call pg_temp.godwit_retry($$alter table Customer"
        + " rename to client;\nalter index if exists customer_pkey rename to client_pkey;\ncreate view Customer as select"
        + " id, email, name, shop_id from client$$);");
    assertThat(Files.readString(file("mysql", "V2__"))).contains("rename table client to client_godwit_view,"
        + " Customer to client, Customer_godwit_view to Customer;");
    assertThat(Files.readString(file("", "V2__"))).contains("## Multi-release plan (expand/contract)",
        "| Customer | client | postgresql: updatable view; mysql: updatable view; h2: nothing, the previous release"
            + " breaks (GW424) |", "compile with `-Agodwit.contract=2`");
    assertThat(file("postgresql", "V2__").getFileName().toString()).startsWith("V2__expand_customer_to_client");
    // the keys whose Hibernate names hash the table name are renamed in place, never dropped
    assertThat(Files.readString(file("postgresql", "V2__"))).contains(
        "call pg_temp.godwit_retry($$alter table client rename constraint customer_email_key to client_email_key$$);",
        "call pg_temp.godwit_retry($$alter table client rename constraint FKggs0235hwa4vxbf7ramaqygi4 to"
            + " FK1h7m7p9b9fl0cbu6s7diebol4$$);",
        "call pg_temp.godwit_retry($$alter table Purchase rename constraint FK15nvfxt1otlr20atpbi9c2uo3 to"
            + " FK10k9qs50wxvq77yhftc7n0f8g$$);").doesNotContain("drop constraint", "add constraint", "concurrently");
    assertThat(Files.readString(file("mysql", "V2__"))).contains(
        "alter table client rename index UK3qgg01qojcmbdp47dkaom9x45 to UKbfgjs3fem0hmjhvih80158x29, algorithm=inplace,"
            + " lock=none;",
        "set foreign_key_checks = 0;\nalter table Purchase drop foreign key FK15nvfxt1otlr20atpbi9c2uo3, rename index"
            + " FK15nvfxt1otlr20atpbi9c2uo3 to FK10k9qs50wxvq77yhftc7n0f8g, add constraint FK10k9qs50wxvq77yhftc7n0f8g"
            + " foreign key (customer_id) references client (id), algorithm=inplace, lock=none;\nset foreign_key_checks = 1;")
        .doesNotContain("drop index", "add constraint UK");
    assertThat(Files.readString(file("mysql", "U2__"))).contains("add constraint FK15nvfxt1otlr20atpbi9c2uo3 foreign key"
        + " (customer_id) references client (id)").doesNotContain("references Customer");
    assertThat(Files.readString(file("h2", "V2__"))).contains(
        "alter table client rename constraint UK3qgg01qojcmbdp47dkaom9x45 to UKbfgjs3fem0hmjhvih80158x29;")
        .doesNotContain("drop constraint");

    FixtureCompiler.Result dropped = compile("v2", text -> text.replace("@Entity\n@Table(name = \"client\")", "")
        .replace("@ManyToOne(optional = false) public Customer customer;", ""));
    assertThat(dropped.success()).isFalse();
    assertThat(dropped.diagnostics()).anyMatch(d -> d.startsWith("ERROR: [GW425] the entities no longer map table client,"
        + " but the contract of V2 (table Customer -> client) is pending"));
    FixtureCompiler.Result reused = compile("v2", text -> text.replace("public class Shop", "@jakarta.persistence.Table(name"
        + " = \"Customer\") public class Shop"));
    assertThat(reused.success()).isFalse();
    assertThat(reused.diagnostics()).anyMatch(d -> d.startsWith("ERROR: [GW425] the entities map table Customer again"));
  }

  @Test
  void aTableWhoseColumnsChangeOrWhoseSequenceIsNamedAfterItIsNotExpanded() throws IOException {
    assertThat(compile("v1", text -> text.replace("@Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;\n"
        + "  @Column(length = 100", "@Id @GeneratedValue public Long id;\n  @Column(length = 100")).success()).isTrue();
    FixtureCompiler.Result result = compile("v2", text -> text
        .replace("@Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;\n  @Column(length = 100",
            "@Id @GeneratedValue public Long id;\n  @Column(length = 100")
        .replace("@Column(length = 100, nullable = false) public String name;", "@Column(length = 100) public String name;"));
    assertThat(result.success()).isFalse();
    assertThat(result.diagnostics()).anyMatch(d -> d.startsWith("ERROR: [GW208] @Renamed(from = \"Customer\", strategy ="
        + " EXPAND_CONTRACT) on table client: Godwit cannot expand and contract this table because its column name changes"
        + " in the same migration, and its id sequence Customer_SEQ is named after the table"));
    assertThat(dir.resolve("migration/postgresql")).isDirectoryNotContaining("glob:**/V2__*");
  }

  /**
   * A join table named after the expanded entity's table would be dropped and created empty: the
   * error says to keep its name (and its join column's), after which the expand goes through and
   * the join table's foreign key to the entity is renamed in place like the others.
   */
  @Test
  void aJoinTableNamedAfterTheTableMustKeepItsName() throws IOException {
    java.util.function.UnaryOperator<String> shops = text -> text.replace("@ManyToOne public Shop shop;",
        "@ManyToOne public Shop shop;\n  @jakarta.persistence.ManyToMany public java.util.Set<Shop> shops;");
    assertThat(compile("v1", shops).success()).isTrue();
    FixtureCompiler.Result refused = compile("v2", shops);
    assertThat(refused.success()).isFalse();
    assertThat(refused.located()).anyMatch(d -> d.startsWith("ERROR: [GW401]") && d.contains("table Customer_Shop is"
        + " named after the entity table Customer, which this migration expands into client; Hibernate now names it"
        + " client_Shop") && d.contains("@JoinTable(name = \"Customer_Shop\", joinColumns = @JoinColumn(name ="
        + " \"Customer_id\")) on a many-to-many")
        && d.endsWith("@ Customer.java: @jakarta.persistence.ManyToMany public java.util.Set<Shop> shops;"));
    FixtureCompiler.Result kept = compile("v2", text -> shops.apply(text).replace("@jakarta.persistence.ManyToMany public",
        "@jakarta.persistence.ManyToMany @jakarta.persistence.JoinTable(name = \"Customer_Shop\", joinColumns ="
            + " @jakarta.persistence.JoinColumn(name = \"Customer_id\")) public"));
    assertThat(kept.success()).as("%s", kept.diagnostics()).isTrue();
    assertThat(Files.readString(file("postgresql", "V2__"))).contains("alter table Customer_Shop rename constraint")
        .doesNotContain("drop table", "create table", "drop constraint");
  }

  /**
   * A join table named after the expanded entity as the target ({@code Shop_Customer} of
   * {@code Shop.customers}, now {@code Shop_client}), and an element collection's table: each is
   * refused on its attribute with the name to keep, and goes through once it keeps it.
   */
  @Test
  void aJoinTableNamedAfterTheTableAsTargetMustKeepItsName() throws IOException {
    java.util.function.UnaryOperator<String> customers = text -> text.replace("public String city;",
        "public String city;\n  @jakarta.persistence.ManyToMany public java.util.Set<Customer> customers;")
        .replace("@ManyToOne public Shop shop;", "@ManyToOne public Shop shop;\n"
            + "  @jakarta.persistence.ElementCollection public java.util.Set<String> tags;");
    assertThat(compile("v1", customers).success()).isTrue();
    FixtureCompiler.Result refused = compile("v2", customers);
    assertThat(refused.success()).isFalse();
    assertThat(refused.located()).as("%s", refused.located())
        .anyMatch(d -> d.startsWith("ERROR: [GW401] table Shop_Customer is named after the entity table Customer, which this"
            + " migration expands into client; Hibernate now names it Shop_client")
            && d.contains("@JoinTable(name = \"Shop_Customer\") on the many-to-many or one-to-many without mappedBy that"
            + " targets the entity")
            && d.endsWith("@ Shop.java: @jakarta.persistence.ManyToMany public java.util.Set<Customer> customers;"))
        .noneMatch(d -> d.contains("dropping table Shop_Customer"));
    assertThat(dir.resolve("migration/postgresql")).isDirectoryNotContaining("glob:**/V2__*");
    FixtureCompiler.Result kept = compile("v2", text -> customers.apply(text).replace("@jakarta.persistence.ManyToMany public",
        "@jakarta.persistence.ManyToMany @jakarta.persistence.JoinTable(name = \"Shop_Customer\") public"));
    assertThat(kept.success()).as("%s", kept.diagnostics()).isTrue();
    assertThat(Files.readString(file("postgresql", "V2__"))).doesNotContain("drop table", "create table", "drop constraint");
  }

  @Test
  void oldAndNewReleasesWriteThroughTheExpandOnPostgres(PostgresEngine engine) throws Exception {
    generateHistory();
    rollOut(() -> engine.newDatabase().dataSource(), "postgresql", schema -> schema);
  }

  @Test
  void oldAndNewReleasesWriteThroughTheExpandOnMariaDb(MariaDbEngine engine) throws Exception {
    generateHistory();
    rollOut(() -> engine.newDatabase().dataSource(), "mysql", schema -> schema.withDialect(MariaDbAsMySqlDialect.class.getName()));
  }

  /** H2 renames without a view (GW424): the new release works, the contract and the undo scripts run. */
  @Test
  void h2RenamesWithoutAView(H2Engine engine) throws Exception {
    generateHistory();
    DataSource database = engine.newDatabase().dataSource();
    String location = "filesystem:" + dir.resolve("migration/h2");
    migrate(database, location, "1");
    run(database, List.of("insert into Customer (name, email) values ('a', 'a@x')"));
    migrate(database, location, "3");
    assertThat(count(database, "select count(*) from client where email = 'a@x'")).isEqualTo(1);
    try (URLClassLoader v2 = loader("v2")) {
      GodwitVerification.forEntities(entities(v2)).classLoader(v2).migrations(location)
          .assertMatches(() -> engine.newDatabase().dataSource());
    }
    run(database, SqlStatements.split(Files.readString(file("h2", "U3__"))));
    run(database, SqlStatements.split(Files.readString(file("h2", "U2__"))));
    assertThat(count(database, "select count(*) from Customer where email = 'a@x'")).isEqualTo(1);
  }

  private void rollOut(Supplier<DataSource> databases, String dialect,
      java.util.function.UnaryOperator<HibernateSchema> configure) throws Exception {
    DataSource database = databases.get();
    String location = "filesystem:" + dir.resolve("migration/" + dialect);
    migrate(database, location, "1");
    run(database, List.of("insert into Shop (city) values ('Oslo')"));
    try (URLClassLoader v1 = loader("v1"); URLClassLoader v2 = loader("v2")) {
      HibernateSchema oldSchema = configure.apply(HibernateSchema.of(entities(v1)).withClassLoader(v1));
      HibernateSchema newSchema = configure.apply(HibernateSchema.of(entities(v2)).withClassLoader(v2));
      try (SessionFactory oldApp = oldSchema.openSessionFactory(database)) {
        Writer before = new Writer(oldApp, v1, "old");
        before.start();
        Thread.sleep(300);
        KeyGuard guard = new KeyGuard(database, dialect);
        guard.start();
        migrate(database, location, "2"); // the expand, while the previous release writes
        guard.stop();
        assertThat(guard.errors).as("the guard's own queries").isEmpty();
        assertThat(guard.rounds.get()).as("rounds of the guard during the expand").isPositive();
        assertThat(guard.broken).as("the unique key and both foreign keys hold at every moment of the expand").isEmpty();
        SessionFactory newApp = newSchema.openSessionFactory(database);
        Writer after = new Writer(newApp, v2, "new");
        after.start();
        Thread.sleep(500); // both releases side by side
        before.stop();
        after.stop();
        newApp.close();
        assertThat(before.errors).as("the previous release during and after the expand").isEmpty();
        assertThat(after.errors).as("the new release").isEmpty();
        // MariaDB: a foreign key's drop and add (in one statement) takes metadata locks on the table and on the table
        // it references; a transaction that wrote the referenced table and then waits for this one can be chosen as
        // the deadlock victim (MariaDB rolls back the DML, never the DDL). PostgreSQL renames the key in the catalog.
        if (dialect.equals("postgresql")) {
          assertThat(before.deadlocks.get() + after.deadlocks.get()).as("deadlock victims").isZero();
        }
        System.out.println("ExpandTableTest " + dialect + ": " + (before.written.get() + after.written.get())
            + " writes, deadlock victims (retried) " + before.deadlocks + " old, " + after.deadlocks + " new release");
        assertThat(before.written.get()).isPositive();
        assertThat(after.written.get()).isPositive();
        int written = before.written.get() + after.written.get();
        assertThat(count(database, "select count(*) from client")).as("no write lost (and the guard's row)")
            .isEqualTo(written + 1);
        assertThat(count(database, "select count(*) from Purchase")).isEqualTo(written);
        assertThat(count(database, "select count(*) from Customer")).as("the old name shows every row")
            .isEqualTo(written + 1);
        assertThat(count(database, "select count(*) from Customer where name like 'new%'")).isEqualTo(after.written.get());
      }
      oldSchema.validate(database); // an instance of the previous release starting now validates against the view
      newSchema.validate(database);
      GodwitVerification afterExpand = GodwitVerification.forEntities(entities(v2)).classLoader(v2)
          .migrations(location).upTo("2");
      if (dialect.equals("mysql")) {
        afterExpand = afterExpand.dialect(MariaDbAsMySqlDialect.class.getName());
      }
      assertThat(afterExpand.verify(databases).differences()).as("the view is extra until the contract")
          .containsExactly("unexpected view " + (dialect.equals("mysql") ? "Customer" : "customer") + ": present");
      afterExpand.pendingContract("Customer").assertMatches(databases);

      migrate(database, location, "3"); // the contract
      GodwitVerification contracted = GodwitVerification.forEntities(entities(v2)).classLoader(v2).migrations(location);
      if (dialect.equals("mysql")) {
        contracted = contracted.dialect(MariaDbAsMySqlDialect.class.getName());
      }
      contracted.assertMatches(databases);
      assertThat(contracted.compare(database, databases.get()).differences()).as("the database that was written").isEmpty();
    }
    // the undo scripts: the view again, then the old name for the table
    run(database, SqlStatements.split(Files.readString(file(dialect, "U3__"))));
    assertThat(count(database, "select count(*) from Customer")).isEqualTo(count(database, "select count(*) from client"));
    run(database, SqlStatements.split(Files.readString(file(dialect, "U2__"))));
    assertThat(count(database, "select count(*) from Customer")).isPositive();
  }

  /**
   * While a migration runs: counts the unique and foreign keys in the catalog on PostgreSQL (three,
   * whatever the tables are called), and tries a duplicate email through the old name and a purchase of a
   * customer that does not exist; each attempt must be refused. Records every moment it was not so.
   */
  private static final class KeyGuard implements Runnable {
    final DataSource database;
    final String dialect;
    final AtomicBoolean running = new AtomicBoolean(true);
    final AtomicInteger rounds = new AtomicInteger();
    final List<String> broken = Collections.synchronizedList(new ArrayList<>());
    final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    final Thread thread = new Thread(this, "key-guard");

    KeyGuard(DataSource database, String dialect) throws SQLException {
      this.database = database;
      this.dialect = dialect;
      KeyGuard.run(database, List.of("insert into Customer (name, email, shop_id) values ('guard', 'guard@x', 1)"));
    }

    void start() {
      thread.start();
    }

    void stop() throws InterruptedException {
      running.set(false);
      thread.join(30_000);
    }

    @Override
    public void run() {
      String keys = dialect.equals("postgresql")
          ? "select count(*) from pg_constraint k join pg_class t on t.oid = k.conrelid where k.contype in ('u', 'f')"
              + " and t.relname in ('customer', 'client', 'purchase')"
          // MariaDB's information_schema silently skips a table an ALTER or RENAME holds at that moment, so
          // there the keys are proven by the refused duplicate and orphan below, not by counting them
          : null;
      try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
        if (dialect.equals("postgresql")) {
          statement.execute("set lock_timeout = '50ms'");
        }
        while (running.get()) {
          if (keys != null) {
            try (ResultSet rs = statement.executeQuery(keys)) {
              rs.next();
              if (rs.getLong(1) != 3) {
                broken.add(rs.getLong(1) + " keys in the catalog");
              }
            }
          }
          refused(statement, "insert into Customer (name, email, shop_id) values ('guard2', 'guard@x', 1)", "duplicate email");
          refused(statement, "insert into Purchase (customer_id, amount) values (-1, 1)", "purchase of no customer");
          rounds.incrementAndGet();
        }
      } catch (SQLException e) {
        errors.add(e.toString());
      }
    }

    private void refused(Statement statement, String sql, String what) {
      try {
        statement.execute(sql);
        broken.add("accepted a " + what);
      } catch (SQLException e) {
        String state = String.valueOf(e.getSQLState());
        if (state.equals("55P03") || state.startsWith("40") || e.getErrorCode() == 1205) {
          return; // no lock in time (the migration holds the table): no answer this round
        }
        if (!state.startsWith("23")) {
          errors.add(what + ": " + e);
        }
      }
    }

    private static void run(DataSource database, List<String> statements) throws SQLException {
      Jdbc.run(database, statements);
    }
  }

  /** Persists a customer and a purchase of it per transaction, as one release of the application. */
  private static final class Writer implements Runnable {
    final SessionFactory app;
    final ClassLoader classes;
    final String name;
    final AtomicBoolean running = new AtomicBoolean(true);
    final AtomicInteger written = new AtomicInteger();
    final AtomicInteger deadlocks = new AtomicInteger();
    final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    final Thread thread;

    private static boolean deadlock(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof SQLException sql && "40001".equals(sql.getSQLState())) {
          return true;
        }
      }
      return false;
    }

    Writer(SessionFactory app, ClassLoader classes, String name) {
      this.app = app;
      this.classes = classes;
      this.name = name;
      this.thread = new Thread(this, "writer-" + name);
    }

    void start() {
      thread.start();
    }

    void stop() throws InterruptedException {
      running.set(false);
      thread.join(30_000);
    }

    @Override
    public void run() {
      while (running.get()) {
        try (Session session = app.openSession()) {
          session.beginTransaction();
          Class<?> customerClass = classes.loadClass("fixtures.expand_table.Customer");
          Object customer = customerClass.getDeclaredConstructor().newInstance();
          customerClass.getField("name").set(customer, name + written.get());
          customerClass.getField("email").set(customer, UUID.randomUUID() + "@" + name);
          customerClass.getField("shop").set(customer, session.getReference(classes.loadClass("fixtures.expand_table.Shop"), 1L));
          session.persist(customer);
          Class<?> purchaseClass = classes.loadClass("fixtures.expand_table.Purchase");
          Object purchase = purchaseClass.getDeclaredConstructor().newInstance();
          purchaseClass.getField("customer").set(purchase, customer);
          purchaseClass.getField("amount").set(purchase, 5);
          session.persist(purchase);
          session.getTransaction().commit();
          written.incrementAndGet();
        } catch (Exception e) {
          if (deadlock(e)) {
            deadlocks.incrementAndGet(); // rolled back as a deadlock victim: the application tries again
            continue;
          }
          errors.add(e + (e.getCause() == null ? "" : " / " + e.getCause()));
          if (errors.size() > 5) {
            return;
          }
        }
      }
    }
  }

  private URLClassLoader loader(String version) throws IOException {
    return new URLClassLoader(new URL[] {dir.resolve("classes-" + version).toUri().toURL()}, getClass().getClassLoader());
  }

  private static List<Class<?>> entities(ClassLoader loader) throws ClassNotFoundException {
    return List.of(loader.loadClass("fixtures.expand_table.Customer"), loader.loadClass("fixtures.expand_table.Shop"),
        loader.loadClass("fixtures.expand_table.Purchase"));
  }

  private Path file(String dialect, String prefix) throws IOException {
    Path folder = dialect.isEmpty() ? dir.resolve("migration") : dir.resolve("migration").resolve(dialect);
    return Jdbc.migration(folder, prefix, dialect.isEmpty() ? ".md" : ".sql");
  }
}
