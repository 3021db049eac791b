package dev.godwit.processor.plan;

import static dev.godwit.processor.testing.SchemaFixtures.bigint;
import static dev.godwit.processor.testing.SchemaFixtures.schema;
import static dev.godwit.processor.testing.SchemaFixtures.table;
import static dev.godwit.processor.testing.SchemaFixtures.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diff.DiffHints;
import dev.godwit.processor.diff.SchemaDiff;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.testing.Mermaid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every erDiagram of the review report goes through Mermaid's own parser ({@link Mermaid}: the
 * webjar's bundle in GraalJS): the golden reports, and diagrams of names that are Mermaid keywords or
 * need quoting. A syntax error fails with Mermaid's message.
 */
class MermaidSyntaxTest {
  private static final Pattern FENCE = Pattern.compile("```mermaid\n(.*?)```", Pattern.DOTALL);

  static Stream<Path> goldenReports() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/reports"))) {
      List<Path> reports = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
      assertThat(reports).hasSizeGreaterThanOrEqualTo(7);
      return reports.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenReports")
  void everyDiagramOfAGoldenReportParses(Path report) throws IOException {
    List<String> diagrams = diagrams(Files.readString(report, StandardCharsets.UTF_8));

    assertThat(diagrams).as("a diagram in %s", report).isNotEmpty();
    for (String diagram : diagrams) {
      assertThat(Mermaid.syntaxError(diagram)).as("Mermaid %s on %s:%n%s", Mermaid.version(), report, diagram).isEmpty();
    }
  }

  /**
   * Tables and columns whose names Mermaid's lexer would take for keywords ({@code user}, {@code topic},
   * {@code classes}, {@code one_time}, {@code End}, {@code style}, {@code PK}), other schemas, and names
   * holding characters a quoted name cannot ({@code "}, {@code %}) or starting with a digit.
   */
  @Test
  void generatedDiagramsOfKeywordsAndQuotedNamesParse() {
    Schema before = schema(table("customer").build());
    Schema after = schema(table("customer").column(bigint("end")).column(bigint("one")).build(),
        table("`user`").column(bigint("uk")).column(bigint("PK")).column(bigint("customer_id"))
            .foreignKey("FKuser_customer", "customer_id", "customer").build(),
        table("topic").column(bigint("to")).column(varchar("only", 10)).build(), table("classes").build(),
        table("one_time").build(), table("End").build(), table("style").build(),
        table("billing.to").column(bigint("user_id")).foreignKey("FKto_user", "user_id", "`user`").build(),
        table("`order`.`select`").column(bigint("to_id")).foreignKey("FK\"q%", "to_id", "billing.to").build(),
        table("`2fa-codes`").column(bigint("zero_or_more")).build(), table("`a\"b%c`").build(), table("a_b_c").build(),
        table("billing__to").build());
    String diagram = fenced(ErDiagram.of(SchemaDiff.between(before, after, DiffHints.NONE), before, after));

    assertThat(diagram).contains("\"user\" {", "\"billing.to\" {", "\"order.select\" {", "\"a_b_c\" {", "\"a_b_c_2\" {");
    assertThat(Mermaid.syntaxError(diagram)).as("Mermaid %s:%n%s", Mermaid.version(), diagram).isEmpty();
  }

  /** The parser is real: it refuses what Mermaid refuses, among them the alias Godwit wrote before 9.4 was checked. */
  @Test
  void theParserRefusesWhatMermaidRefuses() {
    assertThat(Mermaid.syntaxError("erDiagram\n    \"billing__invoice\"[\"billing.invoice\"] {\n        bigint id PK\n    }\n"))
        .get().asString().contains("Parse error on line 2");
    assertThat(Mermaid.syntaxError("erDiagram\n    \"a\" }o--o| \"b\" has\n")).get().asString().contains("Expecting ':'");
    assertThat(Mermaid.syntaxError("erDiagram\n    \"a\" }o--o| \"b\" : has\n")).isEmpty();
  }

  private static String fenced(String markdown) {
    List<String> diagrams = diagrams(markdown);
    assertThat(diagrams).as(markdown).hasSize(1);
    return diagrams.get(0);
  }

  private static List<String> diagrams(String markdown) {
    List<String> diagrams = new ArrayList<>();
    Matcher matcher = FENCE.matcher(markdown);
    while (matcher.find()) {
      diagrams.add(matcher.group(1));
    }
    return diagrams;
  }
}
