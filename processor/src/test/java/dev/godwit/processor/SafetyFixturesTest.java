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
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Safety findings end to end in javac: each diagnostic's code, and the file and line it is on
 * (the attribute, the entity, or the hint annotation), and what the migration and its review
 * report record. Each case compiles {@code fixtures/errors/base} first, then its variant.
 */
class SafetyFixturesTest {
  @TempDir Path dir;

  static JavaFileObject base() {
    return JavaFileObjects.forResource("fixtures/errors/base/Customer.java");
  }

  static JavaFileObject variant(String name, String type) {
    return JavaFileObjects.forResource("fixtures/safety/" + name + "/" + type + ".java");
  }

  private Compilation compile(List<JavaFileObject> sources) {
    return Compiler.javac().withProcessors(new GodwitProcessor()).withOptions(
        "-Agodwit.snapshot=" + dir.resolve("godwit/snapshot.json"), "-Agodwit.output=" + dir.resolve("db/migration"),
        "-Agodwit.mode=generate").compile(sources);
  }

  private Compilation afterBase(JavaFileObject... variant) {
    assertThat(compile(List.of(base()))).succeeded();
    return compile(List.of(variant));
  }

  private String written(String file) throws IOException {
    try (var files = Files.list(dir.resolve("db/migration").resolve(file.contains("/") ? file.substring(0, file.indexOf('/')) : ""))) {
      String prefix = file.substring(file.indexOf('/') + 1);
      Path match = files.filter(f -> f.getFileName().toString().startsWith(prefix))
          .filter(f -> !f.getFileName().toString().endsWith(".conf")).findFirst().orElseThrow();
      return Files.readString(match, StandardCharsets.UTF_8);
    }
  }

  private boolean versionTwoWritten() throws IOException {
    try (var files = Files.walk(dir.resolve("db/migration"))) {
      return files.anyMatch(f -> f.getFileName().toString().startsWith("V2__"));
    }
  }

  @Test
  void renameIsAWarningOnTheRenamedAnnotation() throws IOException {
    JavaFileObject customer = variant("rename_column", "Customer");
    Compilation compilation = afterBase(customer);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[GW408] renaming column Customer.name to fullName")
        .inFile(customer).onLineContaining("@Renamed(from = \"name\")");
    assertThat(written("V2__")).contains("| postgresql | review (GW408) |", "expand/contract");
  }

  @Test
  void dropAndAddOfTheSameShapeAsksWhetherItIsARename() throws IOException {
    JavaFileObject customer = variant("looks_like_rename", "Customer");
    Compilation compilation = afterBase(customer);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW420] did you rename name to fullName?")
        .inFile(customer).onLineContaining("private String fullName");
    assertThat(compilation).hadErrorContaining("@Renamed(from = \"name\")");
    assertThat(compilation).hadErrorContaining("[GW402]").inFile(customer).onLineContaining("public class Customer");
    assertThat(versionTwoWritten()).isFalse();
  }

  @Test
  void backfillNamingAMissingColumnIsAnErrorOnTheBackfillAnnotation() throws IOException {
    JavaFileObject customer = variant("backfill_unknown", "Customer");
    Compilation compilation = afterBase(customer);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW419] @Backfill(\"BRONZE\") on Customer.tier names BRONZE,")
        .inFile(customer).onLineContaining("@Backfill(\"BRONZE\")");
    assertThat(compilation).hadErrorContaining("@Backfill(\"'BRONZE'\")");
    assertThat(compilation).hadWarningContaining("[GW410]").inFile(customer).onLineContaining("private String tier");
    assertThat(versionTwoWritten()).isFalse();
  }

  @Test
  void repeatedAcknowledgementsAreRecordedInTheMigrationAndTheReport() throws IOException {
    Compilation compilation = afterBase(variant("acknowledged", "Customer"));
    assertThat(compilation).succeeded();
    assertThat(compilation.warnings()).isEmpty();
    assertThat(written("postgresql/V2__")).contains(
        "-- Acknowledged: Customer.email (GW402): emails moved to the contact table",
        "-- Acknowledged: Customer.name (GW402): names are kept by the CRM");
    assertThat(written("V2__")).contains("| **unsafe** (GW402, acknowledged) |",
        "- `Customer.email` GW402: emails moved to the contact table");
  }

  @Test
  void anAcknowledgementCoveringFindingsOfDifferentCodesIsAnErrorOnTheAnnotation() throws IOException {
    JavaFileObject customer = variant("ambiguous", "Customer");
    Compilation compilation = afterBase(customer);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW207]").inFile(customer).onLineContaining("@AllowDestructive(");
    assertThat(compilation).hadErrorContaining("code = {\"GW403\", \"GW405\"}");
    assertThat(compilation).hadErrorContaining("[GW403]").inFile(customer).onLineContaining("private String name");
    assertThat(compilation).hadErrorContaining("[GW405]").inFile(customer).onLineContaining("private String name");
    assertThat(versionTwoWritten()).isFalse();
  }

  @Test
  void indexOnAnExistingTableIsAWarningOnTheEntityForTheDialectsItBlocks() throws IOException {
    JavaFileObject customer = variant("index", "Customer");
    Compilation compilation = afterBase(customer);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[GW415] h2: creating index ix_customer_email")
        .inFile(customer).onLineContaining("public class Customer");
    assertThat(written("V2__")).contains("| mysql | safe |", "| postgresql | safe |", "| h2 | review (GW415) |");
  }

  @Test
  void foreignKeyWithoutIndexIsAPostgresqlWarningOnTheRelation() throws IOException {
    JavaFileObject order = variant("fk_without_index", "PurchaseOrder");
    Compilation compilation = afterBase(base(), order);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[GW422] postgresql: foreign key")
        .inFile(order).onLineContaining("private Customer customer");
    assertThat(compilation).hadWarningContaining("columnList = \"customer_id\"");
  }

  @Test
  void foreignKeyToANonKeyColumnOfAnExistingTableIsCheckedAsAnyForeignKey() throws IOException {
    JavaFileObject customer = variant("nonkey_fk", "Customer");
    Compilation compilation = afterBase(customer);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[GW413]");
    assertThat(compilation).hadWarningContaining("Customer(referrer_email) -> Customer");
    // PostgreSQL writes its online form (no GW413 there): the query for orphans names the referenced column
    assertThat(compilation).hadWarningContaining("LEFT JOIN Customer p ON c.referrer_email = p.email");
    assertThat(compilation).hadWarningContaining("[GW414]");
    assertThat(written("V2__")).contains("GW413", "GW414");
  }

  /** GW431 on the field whose @ColumnDefault is volatile; the report shows the rewrite on PostgreSQL and MySQL. */
  @Test
  void aVolatileDefaultOnANewColumnOfAnExistingTableIsAWarningOnTheField() throws IOException {
    JavaFileObject customer = variant("volatile_default", "Customer");
    Compilation compilation = afterBase(customer);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[GW431] postgresql, mysql: adding column Customer.token with the"
        + " volatile default gen_random_uuid()").inFile(customer).onLineContaining("private String token");
    assertThat(written("V2__")).contains("| postgresql | review (GW431) |", "| mysql | review (GW431) |");
    assertThat(written("mysql/V2__")).contains("alter table Customer add column token varchar(36) default gen_random_uuid();");
  }

  /** A changed default, comment or check of an existing table is classified like any change (it crashed the safety stage). */
  @Test
  void changedDefaultsCommentsAndChecksAreClassified() throws IOException {
    JavaFileObject customer = variant("default_changed", "Customer");
    Compilation compilation = afterBase(customer);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[GW432] mysql, h2: adding check (length(name) > 0) to Customer")
        .inFile(customer).onLineContaining("public class Customer");
    assertThat(written("postgresql/V2__")).contains("set default 'none'", "comment on table", "check (length(name) > 0)");
    assertThat(written("postgresql/V2__")).contains("check (length(name) > 0) not valid$$)",
        "validate constraint customer_name_check$$)");
  }

  @Test
  void noChangeWritesNoReport() throws IOException {
    assertThat(compile(List.of(base()))).succeeded();
    List<String> before = new ArrayList<>(ProcessorFixturesTest.files(dir).keySet());
    assertThat(compile(List.of(base()))).succeeded();
    assertThat(ProcessorFixturesTest.files(dir).keySet()).containsExactlyElementsOf(before);
  }

  @Test
  void aReportWhoseMigrationIsGoneFailsTheNextBuild() throws IOException {
    assertThat(compile(List.of(base()))).succeeded();
    Path orphan = dir.resolve("db/migration/V7__from_another_branch.md");
    Files.writeString(orphan, "# V7\n");
    Compilation compilation = compile(List.of(base()));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW504] the review report " + orphan + " belongs to"
        + " postgresql/V7__from_another_branch.sql, which does not exist");
  }
}
