package dev.godwit.processor.plan;

import static dev.godwit.processor.testing.SchemaFixtures.bigint;
import static dev.godwit.processor.testing.SchemaFixtures.schema;
import static dev.godwit.processor.testing.SchemaFixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diff.DiffHints;
import dev.godwit.processor.diff.SchemaDiff;
import dev.godwit.processor.model.Schema;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The review report's Mermaid diagram names tables of other schemas as they read, quoted.
 * {@link MermaidSyntaxTest} runs Mermaid's parser over such diagrams.
 */
class ErDiagramTest {
  /** What a quoted Mermaid entity name may hold. */
  private static final Pattern MERMAID_ID = Pattern.compile("[^\"%\\\\\r\n]+");

  @Test
  void tablesOfOtherSchemasAreSchemaDotTable() {
    Schema after = schema(table("customer").build(),
        table("billing.invoice").column(bigint("customer_id")).foreignKey("FKinvoice_customer", "customer_id", "customer")
            .build(),
        table("`order`.`user`").column(bigint("invoice_id")).foreignKey("FKuser_invoice", "invoice_id", "billing.invoice")
            .build());
    String diagram = ErDiagram.of(SchemaDiff.between(schema(table("customer").build()), after, DiffHints.NONE),
        schema(table("customer").build()), after);

    assertThat(diagram).contains("    \"billing.invoice\" {\n", "    \"order.user\" {\n",
        "    \"billing.invoice\" }o--o| \"customer\" : \"FKinvoice_customer\"\n",
        "    \"order.user\" }o--o| \"billing.invoice\" : \"FKuser_invoice\"\n");
    assertThat(ErDiagram.ids(java.util.Set.of("billing.invoice", "`order`.`user`"), after).values())
        .allMatch(id -> MERMAID_ID.matcher(id).matches());
  }

  /**
   * Mermaid's erDiagram lexer tries its keywords before a bare name, case-insensitively and by prefix
   * ({@code user}, {@code topic}, {@code classes}, {@code one_time}, {@code End}, {@code style}), and reads
   * {@code PK}, {@code FK} and {@code UK} in an entity's block as key markers: every entity is quoted, and
   * such a column gets an underscore. Each line of the diagram is one of the shapes both grammars read.
   */
  @Test
  void keywordsAndQualifiedNamesAreQuotedEntities() {
    Schema before = schema(table("customer").build());
    Schema after = schema(table("customer").build(), table("`user`").column(bigint("uk")).column(bigint("customer_id"))
            .foreignKey("FKuser_customer", "customer_id", "customer").build(),
        table("topic").column(bigint("pk")).build(), table("classes").build(), table("one_time").build(),
        table("End").build(), table("style").build(), table("billing.to").build());
    String diagram = ErDiagram.of(SchemaDiff.between(before, after, DiffHints.NONE), before, after);

    Pattern entity = Pattern.compile(" {4}\"[^\"%\\\\\r\n]+\" \\{");
    Pattern relation = Pattern.compile(" {4}\"[^\"%\\\\\r\n]+\" \\}o--[o|]\\| \"[^\"%\\\\\r\n]+\" : \"[^\"]*\"");
    Pattern attribute = Pattern.compile(" {8}[a-z_]+ [A-Za-z_][A-Za-z0-9_]*( (PK|FK|UK)(, (PK|FK|UK))*)? \"[^\"]*\"");
    assertThat(diagram.lines().filter(l -> !l.equals("```mermaid") && !l.equals("erDiagram") && !l.equals("```")
        && !l.equals("    }"))).as(diagram)
        .allMatch(l -> entity.matcher(l).matches() || relation.matcher(l).matches() || attribute.matcher(l).matches());
    assertThat(diagram).contains("    \"user\" {\n", "    \"topic\" {\n", "    \"billing.to\" {\n",
        "        bigint uk_ \"bigint\"\n", "        bigint pk_ \"bigint\"\n",
        "    \"user\" }o--o| \"customer\" : \"FKuser_customer\"\n");
  }

  @Test
  void namesThatWouldShareAnIdentifierAreToldApart() {
    Schema after = schema(table("`a%b`").build(), table("a_b").build(), table("`2fa-codes`").build(), table("Ab").build(),
        table("`ab`").build());
    Map<String, String> ids = ErDiagram.ids(new java.util.TreeSet<>(java.util.Set.of("`a%b`", "a_b", "`2fa-codes`", "Ab",
        "`ab`")), after);

    assertThat(ids).containsEntry("`a%b`", "a_b").containsEntry("a_b", "a_b_2").containsEntry("`2fa-codes`", "2fa-codes")
        .containsEntry("Ab", "Ab").containsEntry("`ab`", "ab_2");
    assertThat(ids.values()).allMatch(id -> MERMAID_ID.matcher(id).matches());
  }
}
