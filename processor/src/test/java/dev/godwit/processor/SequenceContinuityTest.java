package dev.godwit.processor;

import static dev.godwit.processor.testing.Jdbc.count;
import static dev.godwit.processor.testing.Jdbc.migrate;
import static dev.godwit.processor.IdContinuity.persist;
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
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ids keep coming after a sequence changes its name, on every engine: {@code Customer} becomes
 * entity {@code Client} ({@code @Renamed(from = "Customer")}), so Hibernate's default sequence
 * {@code Customer_SEQ} becomes {@code Client_SEQ}; {@code Invoice}'s {@code @SequenceGenerator}
 * changes its {@code sequenceName}. The previous release has written rows through Hibernate; after
 * V2 the new release writes more through Hibernate without a duplicate key, and the schema is
 * Hibernate's.
 */
@ExtendWith(Engines.class)
class SequenceContinuityTest {
  private static final int OLD_ROWS = 120;
  private static final int NEW_ROWS = 130;

  @TempDir Path dir;

  private FixtureCompiler.Result compile(String version) throws IOException {
    return FixtureCompiler.compile(FixtureCompiler.sources("sequence_rename/" + version), text -> text,
        dir.resolve("classes-" + version), List.of("-Agodwit.snapshot=" + dir.resolve("snapshot.json"),
            "-Agodwit.output=" + dir.resolve("migration")));
  }

  private void generateHistory() throws IOException {
    FixtureCompiler.Result first = compile("v1");
    assertThat(first.success()).as("%s", first.diagnostics()).isTrue();
    FixtureCompiler.Result second = compile("v2");
    assertThat(second.success()).as("%s", second.diagnostics()).isTrue();
  }

  @Test
  void theSequencesAreRenamedNotCreatedAgain() throws Exception {
    generateHistory();
    assertThat(Files.readString(file("postgresql", "V2__"))).contains(
        "alter sequence Customer_SEQ rename to Client_SEQ", "alter sequence invoice_ids rename to invoice_numbers")
        .doesNotContain("create sequence Client_SEQ", "create sequence invoice_numbers");
    assertThat(Files.readString(file("mysql", "V2__"))).contains("rename table Customer_SEQ to Client_SEQ;",
        "rename table invoice_ids to invoice_numbers;").doesNotContain("create table Client_SEQ");
    assertThat(Files.readString(file("h2", "V2__"))).contains("create sequence Client_SEQ start with 1 increment by 50;\n"
        + "alter sequence Client_SEQ restart with next value for Customer_SEQ;\ndrop sequence Customer_SEQ;");
    assertThat(Files.readString(file("postgresql", "V2__"))).contains("create sequence if not exists Voucher_SEQ start with 1 increment"
        + " by 50;\nselect setval('Voucher_SEQ', greatest(nextval('Voucher_SEQ'), (select coalesce(max(id) + 50, 0)"
        + " from Voucher)), false);", "select setval('invoice_numbers', greatest(nextval('invoice_numbers'), (select"
        + " coalesce(max(id) + 10, 0) from Payment)), false);");
    assertThat(Files.readString(file("mysql", "V2__"))).contains("update invoice_numbers set next_val ="
        + " greatest(next_val, (select coalesce(max(id) + 10, 0) from Payment));");
    assertThat(Files.readString(file("postgresql", "U2__"))).contains("alter sequence Client_SEQ rename to Customer_SEQ",
        "alter sequence invoice_numbers rename to invoice_ids", "create sequence if not exists payment_ids start with 1 increment by 5;\n"
        + "select setval('payment_ids', greatest(nextval('payment_ids'), (select coalesce(max(id) + 5, 0) from Payment)),"
        + " false);");
    // sealed with its inputs (format 11); unsealed, what it holds needs format 9
    assertThat(dev.godwit.processor.snapshot.SnapshotCodec.write(dev.godwit.processor.snapshot.SnapshotCodec.read(
        Files.readString(dir.resolve("snapshot.json"))))).contains("\"godwit\": 9", "\"ids\": [");
  }

  @Test
  void idsContinueOnH2(H2Engine engine) throws Exception {
    generateHistory();
    continues(() -> engine.newDatabase().dataSource(), "h2", schema -> schema);
  }

  @Test
  void idsContinueOnPostgres(PostgresEngine engine) throws Exception {
    generateHistory();
    continues(() -> engine.newDatabase().dataSource(), "postgresql", schema -> schema);
  }

  @Test
  void idsContinueOnMariaDb(MariaDbEngine engine) throws Exception {
    generateHistory();
    continues(() -> engine.newDatabase().dataSource(), "mysql",
        schema -> schema.withDialect(MariaDbAsMySqlDialect.class.getName()));
  }

  private void continues(Supplier<DataSource> databases, String dialect,
      java.util.function.UnaryOperator<HibernateSchema> configure) throws Exception {
    DataSource database = databases.get();
    String location = "filesystem:" + dir.resolve("migration/" + dialect);
    migrate(database, location, "1");
    try (URLClassLoader v1 = loader("v1"); URLClassLoader v2 = loader("v2")) {
      try (SessionFactory oldApp = configure.apply(HibernateSchema.of(entities(v1)).withClassLoader(v1))
          .openSessionFactory(database)) {
        persist(oldApp, v1, "fixtures.sequence_rename", ALL, OLD_ROWS, "old");
      }
      migrate(database, location, "2");
      try (SessionFactory newApp = configure.apply(HibernateSchema.of(entities(v2)).withClassLoader(v2))
          .openSessionFactory(database)) {
        persist(newApp, v2, "fixtures.sequence_rename", ALL, NEW_ROWS, "new");
      }
      assertThat(count(database, "select count(distinct id) from Client")).isEqualTo(OLD_ROWS + NEW_ROWS);
      for (String table : List.of("Invoice", "Voucher", "Payment")) {
        assertThat(count(database, "select count(distinct id) from " + table)).as(table).isEqualTo(OLD_ROWS + NEW_ROWS);
      }
      GodwitVerification verification = GodwitVerification.forEntities(entities(v2)).classLoader(v2).migrations(location);
      if (dialect.equals("mysql")) {
        verification = verification.dialect(MariaDbAsMySqlDialect.class.getName());
      }
      verification.assertMatches(databases);
    }
    // the undo script gives the old names back, still past the ids written
    run(database, SqlStatements.split(Files.readString(file(dialect, "U2__"))));
    try (URLClassLoader v1 = loader("v1");
         SessionFactory oldApp = configure.apply(HibernateSchema.of(entities(v1)).withClassLoader(v1))
             .openSessionFactory(database)) {
      persist(oldApp, v1, "fixtures.sequence_rename", UNDONE, 10, "again");
    }
    for (String table : UNDONE) {
      assertThat(count(database, "select count(distinct id) from " + table)).as(table)
          .isEqualTo(OLD_ROWS + NEW_ROWS + 10);
    }
  }

  private static final List<String> ALL = List.of("Customer", "Invoice", "Voucher", "Payment");
  /** The entities whose ids the undo keeps continuing: all (Voucher's table generator row is inserted past its ids). */
  private static final List<String> UNDONE = ALL;

  private URLClassLoader loader(String version) throws IOException {
    return new URLClassLoader(new URL[] {dir.resolve("classes-" + version).toUri().toURL()}, getClass().getClassLoader());
  }

  private static List<Class<?>> entities(ClassLoader loader) throws ClassNotFoundException {
    return List.of(loader.loadClass("fixtures.sequence_rename.Customer"),
        loader.loadClass("fixtures.sequence_rename.Invoice"), loader.loadClass("fixtures.sequence_rename.Payment"),
        loader.loadClass("fixtures.sequence_rename.Voucher"));
  }

  private Path file(String dialect, String prefix) throws IOException {
    return Jdbc.migration(dir.resolve("migration").resolve(dialect), prefix);
  }
}
