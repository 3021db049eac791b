package dev.godwit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The processor end to end in javac, on fixtures from {@code src/test/resources/fixtures}. */
class ProcessorFixturesTest {
  private static final List<String> SHOP = List.of("Customer", "Order", "OrderLine", "Invoice", "Status", "Tier", "Priority");

  @TempDir Path dir;

  private Path snapshot() {
    return dir.resolve("godwit/snapshot.json");
  }

  private Path output() {
    return dir.resolve("db/migration");
  }

  private Compilation compile(Path root, String mode, List<JavaFileObject> sources, String... extra) {
    List<String> options = new ArrayList<>(List.of("-Agodwit.snapshot=" + root.resolve("godwit/snapshot.json"),
        "-Agodwit.output=" + root.resolve("db/migration"), "-Agodwit.mode=" + mode));
    options.addAll(List.of(extra));
    return Compiler.javac().withProcessors(new GodwitProcessor()).withOptions(options).compile(sources);
  }

  private Compilation generate(List<JavaFileObject> sources) {
    return compile(dir, "generate", sources);
  }

  static List<JavaFileObject> shop() {
    return SHOP.stream().map(n -> JavaFileObjects.forResource("fixtures/generation/fixtures/shop/" + n + ".java")).toList();
  }

  static JavaFileObject errors(String variant, String type) {
    return JavaFileObjects.forResource("fixtures/errors/" + variant + "/" + type + ".java");
  }

  /** Every file under {@code root}, relative path -> bytes as text. */
  static Map<String, String> files(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.exists(root)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.ISO_8859_1));
      }
    }
    return files;
  }

  @Test
  void generationWritesV1AndU1PerDialectAndTheSnapshot() throws IOException {
    Compilation compilation = generate(shop());
    assertThat(compilation).succeeded();
    String slug = "create_customer_order_line_order_invoice";
    List<String> expected = new ArrayList<>();
    for (String dialect : List.of("h2", "mysql", "postgresql")) {
      expected.add("db/migration/" + dialect + "/U1__" + slug + ".sql");
      expected.add("db/migration/" + dialect + "/V1__" + slug + ".sql");
    }
    expected.add(0, "db/migration/V1__" + slug + ".md");
    expected.add("godwit/snapshot.json");
    assertThat(files(dir).keySet()).containsExactlyElementsOf(expected);
    assertThat(compilation).generatedSourceFile("db.godwit.V1__" + slug);
    assertThat(compilation).hadNoteContaining("Godwit wrote migration V1__" + slug);

    String json = Files.readString(snapshot());
    assertThat(json).contains("\"version\": 1", "\"`Order`\"", "\"`group`\"", "\"OrderLine\"", "\"invoice_numbers\"",
        "\"`order_id`\"", "\"uk_order_reference\"", "\"idx_order_ref\"");
    assertThat(json).doesNotContain("\"orders\"", "\"ownedOrder\"", "\"cache\"", "\"counter\"", "\"ignored\"");
    String postgres = Files.readString(output().resolve("postgresql/V1__" + slug + ".sql"));
    assertThat(postgres).contains("create table \"Order\" (", "\"group\" varchar(255)", "\"order_id\" bigint",
        "\"version\" integer not null", "biography oid", "check (status in ('ACTIVE','SUSPENDED','CLOSED'))",
        "create sequence invoice_numbers start with 1000 increment by 10",
        "create index idx_order_ref on \"Order\" (reference, placedAt desc)",
        "references \"Order\" (id)");
    String mysql = Files.readString(output().resolve("mysql/V1__" + slug + ".sql"));
    assertThat(mysql).contains("create table `Order` (", "id bigint not null auto_increment", "engine=InnoDB",
        "create table OrderLine_SEQ (next_val bigint) engine=InnoDB", "insert into OrderLine_SEQ values ( 1 )");
    assertThat(Files.readString(output().resolve("h2/U1__" + slug + ".sql")))
        .contains("drop table \"Order\";", "drop sequence invoice_numbers;");
  }

  @Test
  void generationIsByteIdenticalFromScratch(@TempDir Path other) throws IOException {
    assertThat(generate(shop())).succeeded();
    assertThat(compile(other, "generate", shop())).succeeded();
    Map<String, String> first = files(dir);
    assertThat(first).hasSize(8);
    assertThat(files(other)).isEqualTo(first);
  }

  @Test
  void secondCompileAgainstTheWrittenSnapshotWritesNothing() throws IOException {
    assertThat(generate(shop())).succeeded();
    Map<String, String> written = files(dir);
    Compilation again = generate(shop());
    assertThat(again).succeeded();
    assertThat(files(dir)).isEqualTo(written);
    assertThat(again.notes().stream().map(d -> d.getMessage(null))).noneMatch(m -> m.contains("Godwit wrote"));
    // The Java form of the committed version is still generated for the build.
    assertThat(again).generatedSourceFile("db.godwit.V1__create_customer_order_line_order_invoice");
  }

  @Test
  void checkModePassesWhenEntitiesMatchTheSnapshotAndWritesNothing() throws IOException {
    assertThat(generate(shop())).succeeded();
    Map<String, String> written = files(dir);
    assertThat(compile(dir, "check", shop())).succeeded();
    assertThat(files(dir)).isEqualTo(written);
  }

  @Test
  void checkModeFailsWhenAnEntityChangedWithoutAMigration() throws IOException {
    assertThat(compile(dir, "generate", List.of(errors("base", "Customer")))).succeeded();
    Map<String, String> written = files(dir);
    Compilation check = compile(dir, "check", List.of(errors("not_null", "Customer")));
    assertThat(check).failed();
    assertThat(check).hadErrorContaining("[GW502]").inFile(errors("not_null", "Customer")).onLineContaining("phone");
    assertThat(check).hadErrorContaining("add column Customer.phone");
    assertThat(files(dir)).isEqualTo(written);
  }

  /** Compiles the base Customer into a snapshot, then {@code variant}; returns the second compilation. */
  private Compilation afterBase(String variant) {
    assertThat(compile(dir, "generate", List.of(errors("base", "Customer")))).succeeded();
    return compile(dir, "generate", List.of(errors(variant, "Customer")));
  }

  private void assertNothingNewWritten() throws IOException {
    assertThat(files(dir).keySet()).noneMatch(f -> f.contains("V2__") || f.contains("U2__"));
    assertThat(Files.readString(snapshot())).contains("\"version\": 1");
  }

  @Test
  void unknownRenameSourceListsTheCandidates() throws IOException {
    Compilation compilation = afterBase("unknown_rename");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW201]")
        .inFile(errors("unknown_rename", "Customer")).onLineContaining("fullName");
    assertThat(compilation).hadErrorContaining("its columns: email, id, name");
    assertNothingNewWritten();
  }

  @Test
  void renameClaimedTwice() throws IOException {
    Compilation compilation = afterBase("duplicate_rename");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW202]")
        .inFile(errors("duplicate_rename", "Customer")).onLineContaining("displayName");
    assertNothingNewWritten();
  }

  @Test
  void allowDestructiveWithoutReason() throws IOException {
    Compilation compilation = afterBase("missing_reason");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW203]")
        .inFile(errors("missing_reason", "Customer")).onLineContaining("@AllowDestructive(");
    assertNothingNewWritten();
  }

  @Test
  void droppedColumnWithoutAcknowledgementIsReportedOnTheEntity() throws IOException {
    Compilation compilation = afterBase("drop_column");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW402] dropping column Customer.email")
        .inFile(errors("drop_column", "Customer")).onLineContaining("class Customer");
    assertNothingNewWritten();
  }

  @Test
  void narrowingIsReportedOnTheField() throws IOException {
    Compilation compilation = afterBase("narrowing");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW403]")
        .inFile(errors("narrowing", "Customer")).onLineContaining("private String name");
    assertNothingNewWritten();
  }

  @Test
  void notNullColumnWithoutBackfillIsReportedOnTheField() throws IOException {
    Compilation compilation = afterBase("not_null");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW404]")
        .inFile(errors("not_null", "Customer")).onLineContaining("phone");
    assertNothingNewWritten();
  }

  @Test
  void acknowledgedDropWritesTheMigrationWithTheReason() throws IOException {
    Compilation compilation = afterBase("acknowledged_drop");
    assertThat(compilation).succeeded();
    Path v2 = output().resolve("h2/V2__drop_customer_email.sql");
    assertThat(v2).exists();
    assertThat(Files.readString(v2))
        .contains("-- Acknowledged: Customer.email (GW402): emails moved to the contact table")
        .contains("alter table Customer drop column email;");
    assertThat(Files.readString(output().resolve("h2/U2__drop_customer_email.sql")))
        .contains("alter table Customer add column email varchar(255);");
    assertThat(Files.readString(snapshot())).contains("\"version\": 2").doesNotContain("\"email\"");
  }

  @Test
  void unreadableSnapshotNamesTheFileAndWritesNothing() throws IOException {
    Files.createDirectories(snapshot().getParent());
    Files.writeString(snapshot(), "{ \"godwit\": 1, \"version\": ");
    Compilation compilation = generate(List.of(errors("base", "Customer")));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW301] snapshot " + snapshot().toAbsolutePath().normalize());
    assertThat(files(dir).keySet()).containsExactly("godwit/snapshot.json");
    assertThat(Files.readString(snapshot())).isEqualTo("{ \"godwit\": 1, \"version\": ");
  }

  @Test
  void invalidOptionValuesAreEachReported() throws IOException {
    Compilation compilation = compile(dir, "fast", List.of(errors("base", "Customer")),
        "-Agodwit.dialects=postgresql,oracle", "-Agodwit.naming=camel", "-Agodwit.package=1bad");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW501] option -Agodwit.dialects names unknown dialect 'oracle'");
    assertThat(compilation).hadErrorContaining("[GW501] option -Agodwit.mode must be 'generate' or 'check', not 'fast'");
    assertThat(compilation).hadErrorContaining("[GW501] option -Agodwit.naming must be 'jpa' or 'snake_case', not 'camel'");
    assertThat(compilation).hadErrorContaining("[GW501] option -Agodwit.package");
    assertThat(files(dir)).isEmpty();
  }

  @Test
  void missingRequiredOptions() {
    Compilation compilation = Compiler.javac().withProcessors(new GodwitProcessor())
        .compile(errors("base", "Customer"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW501] option -Agodwit.snapshot is required");
    assertThat(compilation).hadErrorContaining("[GW501] option -Agodwit.output is required");
  }

  @Test
  void entityWithoutId() throws IOException {
    Compilation compilation = generate(List.of(errors("no_id", "Widget")));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW103] entity Widget has no @Id attribute")
        .inFile(errors("no_id", "Widget")).onLineContaining("class Widget");
    assertThat(files(dir)).isEmpty();
  }

  @Test
  void schemaShapingMappingsGodwitDoesNotModelAreReportedOnTheirElements() throws IOException {
    JavaFileObject gadget = errors("unsupported_mappings", "Gadget");
    Compilation compilation = generate(List.of(gadget, errors("unsupported_mappings", "Maker")));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW101] @Table(catalog = ...) is not supported by Godwit; on MySQL/MariaDB Hibernate puts the table into another database")
        .inFile(gadget).onLineContaining("public class Gadget");
    assertThat(compilation).hadErrorContaining("[GW101] @JdbcTypeCode(3002) on notes")
        .inFile(gadget).onLineContaining("private String notes");
    assertThat(compilation).hadErrorContaining("[GW101] Hibernate's @Nationalized")
        .inFile(gadget).onLineContaining("private String shouting");
    assertThat(compilation).hadErrorContaining("[GW101] Hibernate's @ColumnDefault on a relation")
        .inFile(gadget).onLineContaining("private Maker backup");
    assertThat(compilation).hadErrorContaining("[GW109] @Column(scale = 2) on floating point attribute ratio")
        .inFile(gadget).onLineContaining("private Double ratio");
    assertThat(compilation).hadErrorContaining("[GW101] @JoinColumn(referencedColumnName = \"code\")")
        .inFile(gadget).onLineContaining("private Maker maker");
    assertThat(compilation).hadWarningContaining("[GW101] @NotNull changes Hibernate's DDL")
        .inFile(gadget).onLineContaining("private String label");
    assertThat(files(dir)).isEmpty();
  }

  @Test
  void unsupportedAttributeType() throws IOException {
    Compilation compilation = generate(List.of(errors("unsupported_type", "Gizmo")));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW102]")
        .inFile(errors("unsupported_type", "Gizmo")).onLineContaining("Locale locale");
    assertThat(files(dir)).isEmpty();
  }
}
