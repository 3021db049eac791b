package dev.godwit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @Table(schema = ...)} through the processor: what Godwit refuses where a dialect cannot
 * follow Hibernate (errors on the element, nothing written), and a table whose schema alone changed.
 */
class SchemaFixturesTest {
  @TempDir Path dir;

  private static JavaFileObject fixture(String path) {
    return JavaFileObjects.forResource("fixtures/schemas/" + path + ".java");
  }

  private Compilation compile(String dialects, String... paths) {
    return compileSources(dialects, dir, java.util.Arrays.stream(paths).map(SchemaFixturesTest::fixture).toList());
  }

  private static Compilation compileSources(String dialects, Path dir, List<JavaFileObject> sources) {
    List<String> options = new ArrayList<>(List.of("-Agodwit.snapshot=" + dir.resolve("snapshot.json"),
        "-Agodwit.output=" + dir.resolve("out")));
    if (dialects != null) {
      options.add("-Agodwit.dialects=" + dialects);
    }
    return Compiler.javac().withProcessors(new GodwitProcessor()).withOptions(options).compile(sources);
  }

  @Test
  void aKeyFromASchemaToTheDefaultSchemaIsAnErrorOnTheAttributeWhereH2IsConfigured() throws IOException {
    Compilation compilation = compile(null, "keys/Ledger", "keys/Person");

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW101] foreign key ").inFile(fixture("keys/Ledger"))
        .onLineContaining("Person owner");
    assertThat(compilation).hadErrorContaining("of books.Ledger references Person in the default schema. Hibernate "
        + "cannot create it on H2 (its DDL names Person unqualified, and H2 looks it up in schema books)");
    assertThat(compilation).hadErrorCount(1);
    assertThat(ProcessorFixturesTest.files(dir)).isEmpty();
  }

  @Test
  void theSameKeyIsFineWithoutH2() throws IOException {
    Compilation compilation = compile("postgresql,mysql", "keys/Ledger", "keys/Person");

    assertThat(compilation).succeeded();
    assertThat(Files.readString(onlyMigration("postgresql"))).contains("create schema if not exists books;",
        "create table books.Ledger (id bigint not null, owner_id bigint, primary key (id));",
        "foreign key (owner_id) references Person (id)");
  }

  @Test
  void aTableAndASequenceOfOneNameInTwoSchemasAreErrors() throws IOException {
    Compilation compilation = compile("postgresql", "clash/Entry", "clash/SouthEntry");

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW106] table entry is declared in schema north and in schema south; "
        + "Godwit needs one name per table across schemas (on MySQL/MariaDB, where Hibernate drops the schema, both are "
        + "the same table)").inFile(fixture("clash/SouthEntry")).onLineContaining("class SouthEntry");
    assertThat(compilation).hadErrorContaining("[GW106] sequence entry_seq is declared in schema north and in schema "
        + "south").inFile(fixture("clash/SouthEntry")).onLineContaining("Long id");
    assertThat(ProcessorFixturesTest.files(dir)).isEmpty();
  }

  @Test
  void aSequenceNameWithACatalogPartIsAnErrorOnTheIdWhereADialectOtherThanPostgresqlIsConfigured() throws IOException {
    Compilation compilation = compile("postgresql,mysql", "dotted/Coupon");

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW101] @SequenceGenerator(sequenceName = \"sales.shop.coupon_seq\"), "
        + "which Hibernate reads as schema.catalog.name, is not supported by Godwit with mysql: on MySQL/MariaDB "
        + "Hibernate 6.6 (MySQLDialect qualifies by catalog only) puts the object into database shop")
        .inFile(fixture("dotted/Coupon")).onLineContaining("Long id");
    assertThat(compilation).hadErrorCount(1);
    assertThat(ProcessorFixturesTest.files(dir)).isEmpty();
  }

  /** Hibernate's QualifiedNameParser reads a.b.c as schema a, catalog b; PostgreSQLDialect writes a.c. */
  @Test
  void onPostgresqlAloneTheCatalogPartOfASequenceNameIsDropped() throws IOException {
    Compilation compilation = compile("postgresql", "dotted/Coupon");

    assertThat(compilation).succeeded();
    assertThat(statements(onlyMigration("postgresql"))).contains("create schema if not exists sales;",
        "create sequence sales.coupon_seq start with 1 increment by 50;").doesNotContain("shop");
  }

  /**
   * Hibernate's PostgreSQLDialect qualifies by schema only: a catalog on any table or generator
   * annotation changes nothing, so Godwit writes exactly what it writes without the catalogs.
   */
  @Test
  void onPostgresqlAloneEveryCatalogIsDroppedAsHibernateDropsIt() throws Exception {
    List<JavaFileObject> withCatalogs = List.of(fixture("catalog/Account"), fixture("catalog/Holder"));
    Compilation compilation = compileSources("postgresql", dir.resolve("with"), withCatalogs);
    assertThat(compilation).succeeded();
    assertThat(compilation.warnings()).noneMatch(w -> w.getMessage(null).contains("catalog"));
    List<JavaFileObject> without = new ArrayList<>();
    for (JavaFileObject source : withCatalogs) {
      String text = source.getCharContent(true).toString();
      String stripped = text.replace(", catalog = \"ledgers\"", "").replace("catalog = \"ledgers\", ", "");
      assertThat(stripped).doesNotContain("catalog =");
      without.add(JavaFileObjects.forSourceString("fixtures.schemas.catalog." + source.getName()
          .replaceAll(".*/(\\w+)\\.java$", "$1"), stripped));
    }
    assertThat(compileSources("postgresql", dir.resolve("without"), without)).succeeded();

    // the snapshots' seals differ, since the sources do; what they hold must not
    var withFiles = unsealed(ProcessorFixturesTest.files(dir.resolve("with")));
    assertThat(withFiles).isEqualTo(unsealed(ProcessorFixturesTest.files(dir.resolve("without"))));
    assertThat(statements(dir.resolve("with/out/postgresql").resolve(withFiles.keySet().stream()
        .filter(f -> f.startsWith("out/postgresql/V1__") && f.endsWith(".sql")).findFirst().orElseThrow()
        .substring("out/postgresql/".length())))).contains("create table account (",
        "create table account_extra (", "create table books.account_tag (", "create table account_holder (",
        "create table books.Holder (", "create table holder_ids (", "create sequence account_seq")
        .doesNotContain("ledgers");
  }

  @Test
  void aCatalogIsAnErrorOnItsElementWhereMysqlOrH2IsConfigured() throws IOException {
    Compilation compilation = compile(null, "catalog/Account", "catalog/Holder");

    assertThat(compilation).failed();
    String mysql = "is not supported by Godwit with mysql, h2: on MySQL/MariaDB Hibernate 6.6 (MySQLDialect qualifies "
        + "by catalog only) puts the object into database ledgers, not the one the migrations run in, and creates that "
        + "database only with hibernate.hbm2ddl.create_namespaces (create database ledgers)";
    String h2 = "on H2 Hibernate 6.6 writes ledgers.name, which H2 reads as schema ledgers (Hibernate creates none, and "
        + "its validation looks for the table in catalog ledgers), and ledgers.schema.name, which H2 accepts only when "
        + "ledgers is the database's own name. PostgreSQL ignores the catalog";
    JavaFileObject account = fixture("catalog/Account");
    JavaFileObject holder = fixture("catalog/Holder");
    assertThat(compilation).hadErrorContaining("[GW101] @Table(catalog = \"ledgers\") " + mysql).inFile(account)
        .onLineContaining("class Account");
    assertThat(compilation).hadErrorContaining(h2).inFile(account).onLineContaining("class Account");
    assertThat(compilation).hadErrorContaining("[GW101] @SecondaryTable(catalog = \"ledgers\") " + mysql)
        .inFile(account).onLineContaining("class Account");
    assertThat(compilation).hadErrorContaining("[GW101] @SequenceGenerator(catalog = \"ledgers\") " + mysql)
        .inFile(account).onLineContaining("Long id");
    assertThat(compilation).hadErrorContaining("[GW101] @CollectionTable(catalog = \"ledgers\") " + mysql)
        .inFile(account).onLineContaining("tags;");
    assertThat(compilation).hadErrorContaining("[GW101] @JoinTable(catalog = \"ledgers\") " + mysql)
        .inFile(account).onLineContaining("holders;");
    assertThat(compilation).hadErrorContaining("[GW101] @Table(catalog = \"ledgers\") " + mysql).inFile(holder)
        .onLineContaining("class Holder");
    assertThat(compilation).hadErrorContaining("[GW101] @TableGenerator(catalog = \"ledgers\") " + mysql)
        .inFile(holder).onLineContaining("Long id");
    assertThat(ProcessorFixturesTest.files(dir)).isEmpty();
  }

  @Test
  void theCatalogErrorNamesOnlyTheConfiguredDialectsThatKeepIt() throws IOException {
    Compilation compilation = compile("postgresql,h2", "catalog/Holder");

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW101] @Table(catalog = \"ledgers\") is not supported by Godwit with "
        + "h2: on H2 Hibernate 6.6 writes ledgers.name").inFile(fixture("catalog/Holder")).onLineContaining("class Holder");
    assertThat(compilation.errors()).noneMatch(e -> e.getMessage(null).contains("MySQL"));
  }

  @Test
  void aTableWhoseSchemaAloneChangedMovesAndIsReviewedLikeARename() throws IOException {
    assertThat(compile("postgresql,mysql", "move/v1/Stock")).succeeded();
    Compilation compilation = compile("postgresql,mysql", "move/v2/Stock");

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[GW407] postgresql: moving table depot.Stock to store.Stock is brief in the database")
        .inFile(fixture("move/v2/Stock")).onLineContaining("class Stock");
    Path v2 = migration("postgresql", "V2__");
    assertThat(v2.getFileName()).hasToString("V2__move_depot_stock_to_store_stock.sql");
    assertThat(Files.readString(v2)).contains("--   move table depot.Stock to store.Stock",
        "create schema if not exists store;", "alter table depot.Stock set schema store");
    assertThat(Files.readString(v2.resolveSibling(v2.getFileName().toString().replaceFirst("^V", "U"))))
        .contains("alter table store.Stock set schema depot", "drop schema if exists store restrict;");
    // MySQL keeps no schemas: the move is nothing there (listed in the comments, no statement)
    assertThat(Files.readAllLines(migration("mysql", "V2__"))).allMatch(line -> line.isBlank() || line.startsWith("--"));
  }

  @Test
  void aMoveIsAnErrorOnTheEntityWhereH2IsConfigured() throws IOException {
    assertThat(compile(null, "move/v1/Stock")).succeeded();
    var before = ProcessorFixturesTest.files(dir);
    Compilation compilation = compile(null, "move/v2/Stock");

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW101] table depot.Stock moves to store.Stock: H2 cannot move a table "
        + "to another schema").inFile(fixture("move/v2/Stock")).onLineContaining("class Stock");
    assertThat(ProcessorFixturesTest.files(dir)).isEqualTo(before);
  }

  @Test
  void theDefaultSchemaNamedPublicIsNeverCreatedNorDroppedAndLeavingItMovesNothingOnH2() throws IOException {
    Compilation v1 = compile(null, "publicschema/v1/Account", "publicschema/v1/Owner");

    assertThat(v1).succeeded(); // no GW101: from PUBLIC, H2 finds the unqualified Owner
    for (String dialect : List.of("h2", "postgresql")) {
      Path up = migration(dialect, "V1__");
      assertThat(statements(up)).contains("create table public.Account").doesNotContain("create schema");
      assertThat(statements(up.resolveSibling(up.getFileName().toString().replaceFirst("^V", "U"))))
          .doesNotContain("drop schema");
    }
    Compilation v2 = compile(null, "publicschema/v2/Account", "publicschema/v2/Owner");

    assertThat(v2).succeeded(); // not a GW101 move: both are PUBLIC on H2
    assertThat(Files.readAllLines(migration("h2", "V2__"))).allMatch(line -> line.isBlank() || line.startsWith("--"));
    // PostgreSQL: a no-op where public is the current schema, and Hibernate's table where it is not
    assertThat(Files.readString(migration("postgresql", "V2__"))).contains("alter table public.Account set schema public");
  }

  /** The file without its comment lines. */
  static String statements(Path file) throws IOException {
    return String.join("\n", Files.readAllLines(file).stream().filter(l -> !l.startsWith("--")).toList());
  }

  private Path onlyMigration(String dialect) throws IOException {
    return migration(dialect, "V1__");
  }

  private Path migration(String dialect, String prefix) throws IOException {
    try (var files = Files.list(dir.resolve("out").resolve(dialect))) {
      return files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".sql")).findFirst()
          .orElseThrow();
    }
  }

  private static java.util.Map<String, String> unsealed(java.util.Map<String, String> files) throws Exception {
    for (var entry : files.entrySet()) {
      if (entry.getKey().endsWith("snapshot.json")) {
        entry.setValue(dev.godwit.processor.snapshot.SnapshotCodec.write(
            dev.godwit.processor.snapshot.SnapshotCodec.read(entry.getValue())));
      }
    }
    return files;
  }
}
