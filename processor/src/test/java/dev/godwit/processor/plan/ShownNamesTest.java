package dev.godwit.processor.plan;

import static dev.godwit.processor.testing.SchemaFixtures.schema;
import static dev.godwit.processor.testing.SchemaFixtures.sequence;
import static dev.godwit.processor.testing.SchemaFixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.dialect.H2Dialect;
import dev.godwit.processor.dialect.MySqlDialect;
import dev.godwit.processor.dialect.PostgresDialect;
import dev.godwit.processor.model.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A report for MySQL alone shows tables as the database holds them: without the schema MySQL does not keep. */
class ShownNamesTest {
  private static final Schema AFTER = schema(List.of(table("billing.invoice").build(), table("`order`.`user`").build(),
      table("billing.invoice_line").build(), table("customer").build()), List.of(sequence("billing.invoice_seq")));
  private static final String TEXT = "add foreign key FK1 billing.invoice_line[invoice_id] -> billing.invoice[id]; create"
      + " table `order`.`user`; create sequence billing.invoice_seq; customer.billing_id; acknowledge it:"
      + " @AllowDestructive(value = \"billing.invoice.FK1\", code = \"GW413\", reason = \"...\")";

  @Test
  void mysqlAloneShowsNamesWithoutTheirSchemaButAcknowledgementsKeepThem() {
    ShownNames shown = ShownNames.of(List.of(new MySqlDialect()), Schema.EMPTY, AFTER);

    assertThat(shown.schemas()).isFalse();
    assertThat(shown.text(TEXT)).isEqualTo("add foreign key FK1 invoice_line[invoice_id] -> invoice[id]; create table"
        + " `user`; create sequence invoice_seq; customer.billing_id; acknowledge it:"
        + " @AllowDestructive(value = \"billing.invoice.FK1\", code = \"GW413\", reason = \"...\")");
  }

  @Test
  void anyDialectThatKeepsSchemasKeepsThemInTheReport() {
    for (List<dev.godwit.processor.dialect.Dialect> dialects : List.<List<dev.godwit.processor.dialect.Dialect>>of(List.of(new PostgresDialect()), List.of(new H2Dialect()),
        List.of(new MySqlDialect(), new PostgresDialect()))) {
      ShownNames shown = ShownNames.of(dialects, Schema.EMPTY, AFTER);
      assertThat(shown.schemas()).isTrue();
      assertThat(shown.text(TEXT)).isEqualTo(TEXT);
    }
  }
}
