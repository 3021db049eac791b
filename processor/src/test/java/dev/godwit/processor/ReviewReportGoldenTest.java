package dev.godwit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The review reports Godwit writes, compared byte for byte with {@code src/test/resources/reports/<case>.md}.
 * Each case compiles {@code fixtures/errors/base} (V1), then its variant (V2), and for V3 the variant
 * again with {@code -Agodwit.contract=2} (the contract of an expand). Run with
 * {@code -Dgodwit.regenerate=true} to rewrite the golden files, then review the difference.
 */
class ReviewReportGoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/reports");

  @TempDir Path dir;

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("create", 1, List.of(), List.of()),
        Arguments.of("rename_backfill_index_foreign_key", 2, List.of("report/Customer", "report/PurchaseOrder"), List.of()),
        Arguments.of("acknowledged_drops", 2, List.of("acknowledged/Customer"), List.of()),
        Arguments.of("expand", 2, List.of("expand/Customer"), List.of()),
        Arguments.of("contract", 3, List.of("expand/Customer"), List.of()),
        Arguments.of("schemas", 2, List.of("schemas/Customer", "schemas/Invoice", "schemas/Voucher"), List.of()),
        // MySQL keeps no schemas: no create schema, no drop schema in the rollback plan
        Arguments.of("schemas_mysql", 2, List.of("schemas/Customer", "schemas/Invoice", "schemas/Voucher"),
            List.of("-Agodwit.dialects=mysql")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportMatchesItsGoldenFile(String name, int version, List<String> variant, List<String> options) throws IOException {
    String[] extra = options.toArray(String[]::new);
    assertThat(compile(List.of(JavaFileObjects.forResource("fixtures/errors/base/Customer.java")), extra)).succeeded();
    if (!variant.isEmpty()) {
      assertThat(compile(variant.stream().map(v -> JavaFileObjects.forResource("fixtures/safety/" + v + ".java")).toList(),
          extra)).succeeded();
    }
    if (version == 3) {
      // the same entities once V2 (an expand) runs everywhere: its contract step
      assertThat(compile(variant.stream().map(v -> JavaFileObjects.forResource("fixtures/safety/" + v + ".java")).toList(),
          "-Agodwit.contract=2")).succeeded();
    }
    String actual = report(version);
    Path golden = GOLDEN.resolve(name + ".md");
    if (Boolean.getBoolean("godwit.regenerate")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    if (!Files.exists(golden)) {
      fail("missing golden file " + golden.toAbsolutePath() + "; run with -Dgodwit.regenerate=true and review it");
    }
    assertThat(actual).as("golden file %s (regenerate with -Dgodwit.regenerate=true)", golden)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  /**
   * MySQL keeps no schemas (Hibernate drops {@code @Table(schema)}): a report for MySQL alone names the
   * tables as the database holds them, where the report for all three qualifies them. Only the
   * acknowledgement snippets keep the entity model's names, which acknowledgements are matched against.
   */
  @org.junit.jupiter.api.Test
  void aReportForMysqlAloneNamesNoSchema() throws IOException {
    String mysql = Files.readString(GOLDEN.resolve("schemas_mysql.md"), StandardCharsets.UTF_8);
    String all = Files.readString(GOLDEN.resolve("schemas.md"), StandardCharsets.UTF_8);

    assertThat(all).contains("create table billing.Invoice", "create table `order`.Voucher", "\"billing.Invoice\" {");
    assertThat(mysql.replaceAll("@AllowDestructive\\([^)]*\\)", "")).doesNotContain("billing", "order`", "order.")
        .contains("create table Invoice", "create table Voucher", "create sequence invoice_seq", "drop table Invoice",
            "\"Invoice\" {", "-> Invoice[id]");
    assertThat(mysql).contains("@AllowDestructive(value = \"Customer.FK4bsykq8g5reebhfmy7ewk2ldc\"");
  }

  private com.google.testing.compile.Compilation compile(List<JavaFileObject> sources, String... extra) {
    List<String> options = new java.util.ArrayList<>(List.of("-Agodwit.snapshot=" + dir.resolve("godwit/snapshot.json"),
        "-Agodwit.output=" + dir.resolve("db/migration"), "-Agodwit.mode=generate"));
    options.addAll(List.of(extra));
    return Compiler.javac().withProcessors(new GodwitProcessor()).withOptions(options).compile(sources);
  }

  private String report(int version) throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve("db/migration"))) {
      Path report = files.filter(f -> f.getFileName().toString().matches("V" + version + "__.*\\.md")).findFirst()
          .orElseThrow(() -> new AssertionError("no report for V" + version));
      return Files.readString(report, StandardCharsets.UTF_8);
    }
  }
}
