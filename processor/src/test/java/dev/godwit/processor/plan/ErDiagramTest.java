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

/** The review report's Mermaid diagram names tables of other schemas with identifiers Mermaid reads. */
class ErDiagramTest {
  /** An entity name every Mermaid release's erDiagram grammar reads (older ones allow no dot). */
  private static final Pattern MERMAID_ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  @Test
  void tablesOfOtherSchemasAreSchemaDoubleUnderscoreTable() {
    Schema after = schema(table("customer").build(),
        table("billing.invoice").column(bigint("customer_id")).foreignKey("FKinvoice_customer", "customer_id", "customer")
            .build(),
        table("`order`.`user`").column(bigint("invoice_id")).foreignKey("FKuser_invoice", "invoice_id", "billing.invoice")
            .build());
    String diagram = ErDiagram.of(SchemaDiff.between(schema(table("customer").build()), after, DiffHints.NONE),
        schema(table("customer").build()), after);

    assertThat(diagram).contains("    billing__invoice {\n", "    order__user {\n",
        "    billing__invoice }o--o| customer : \"FKinvoice_customer\"\n",
        "    order__user }o--o| billing__invoice : \"FKuser_invoice\"\n");
    assertThat(ErDiagram.ids(java.util.Set.of("billing.invoice", "`order`.`user`"), after).values())
        .allMatch(id -> MERMAID_ID.matcher(id).matches());
  }

  @Test
  void namesThatWouldShareAnIdentifierAreToldApart() {
    Schema after = schema(table("billing.invoice").build(), table("billing__invoice").build(), table("`2fa-codes`").build());
    Map<String, String> ids = ErDiagram.ids(new java.util.TreeSet<>(java.util.Set.of("billing.invoice", "billing__invoice",
        "`2fa-codes`")), after);

    assertThat(ids).containsEntry("billing.invoice", "billing__invoice").containsEntry("billing__invoice", "billing__invoice_2")
        .containsEntry("`2fa-codes`", "_2fa_codes");
    assertThat(ids.values()).allMatch(id -> MERMAID_ID.matcher(id).matches());
  }
}
