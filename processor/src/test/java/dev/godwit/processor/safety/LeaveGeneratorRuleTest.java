package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.RuleCases.ack;
import static dev.godwit.processor.safety.RuleCases.check;
import static dev.godwit.processor.safety.RuleCases.codes;
import static dev.godwit.processor.safety.RuleCases.migration;
import static dev.godwit.processor.safety.RuleCases.runAll;
import static dev.godwit.processor.testing.SchemaFixtures.bigint;
import static dev.godwit.processor.testing.SchemaFixtures.notNull;
import static dev.godwit.processor.testing.SchemaFixtures.schema;
import static dev.godwit.processor.testing.SchemaFixtures.sequence;
import static dev.godwit.processor.testing.SchemaFixtures.table;
import static dev.godwit.processor.testing.SchemaFixtures.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.model.GeneratorRow;
import dev.godwit.processor.model.IdColumn;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeaveGeneratorRuleTest {
  static final Table INVOICE = table("invoice").idFromSequence().build();
  static final Table PAYMENT = table("payment").idFromSequence().build();
  static final Schema SHARED = schema(List.of(INVOICE, PAYMENT), List.of(sequence("doc_ids", "invoice", "payment")));
  static final Schema OWN =
      schema(List.of(INVOICE, PAYMENT), List.of(sequence("doc_ids", "invoice"), sequence("payment_ids", "payment")));

  static final Table SEQUENCES = table("hibernate_sequences").column(notNull(varchar("sequence_name", 255)))
      .column(bigint("next_val")).primaryKey("sequence_name").build();

  static Schema stickers(List<IdColumn> rowIds, List<dev.godwit.processor.model.Sequence> sequences) {
    return new Schema(List.of(SEQUENCES, table("sticker").idFromSequence().build(), table("stamp").idFromSequence().build()),
        sequences, List.of(new GeneratorRow("hibernate_sequences", "sequence_name", "next_val", "default", 0, 50, rowIds)));
  }

  @Test
  void flaggedOnASequence() {
    assertThat(runAll(new LeaveGeneratorRule(), migration(SHARED, OWN))).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(Code.ID_LEAVES_GENERATOR);
      assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
      assertThat(f.target()).isEqualTo("payment.id");
      assertThat(f.dialects()).isEqualTo(RuleCases.ALL);
      assertThat(f.message()).contains("leaves sequence doc_ids", "keep drawing payment's ids from it", "duplicate keys",
          "sequenceName = \"doc_ids\"", "code = \"GW429\"");
    });
  }

  @Test
  void flaggedOnAGeneratorRow() {
    IdColumn sticker = new IdColumn("sticker", "id");
    IdColumn stamp = new IdColumn("stamp", "id");
    Schema before = stickers(List.of(sticker, stamp), List.of());
    Schema after = stickers(List.of(sticker), List.of(sequence("stamp_ids", "stamp")));
    assertThat(runAll(new LeaveGeneratorRule(), migration(before, after))).singleElement().satisfies(f -> {
      assertThat(f.target()).isEqualTo("stamp.id");
      assertThat(f.message()).contains("leaves generator row hibernate_sequences 'default'",
          "@TableGenerator(table = \"hibernate_sequences\", pkColumnValue = \"default\")");
    });
  }

  @Test
  void acknowledged() {
    SafetyCheck.Result result = check(migration(SHARED, OWN), ack("payment.id", Code.ID_LEAVES_GENERATOR));
    assertThat(codes(result)).isEmpty();
    assertThat(result.acknowledged()).extracting(a -> a.finding().code()).containsExactly(Code.ID_LEAVES_GENERATOR);
  }

  @Test
  void safeNeighbour() {
    // payment's table goes (GW401 is about it), and a new table joins the shared sequence
    Schema invoicesOnly = schema(List.of(INVOICE), List.of(sequence("doc_ids", "invoice")));
    assertThat(runAll(new LeaveGeneratorRule(), migration(SHARED, invoicesOnly))).isEmpty();
    assertThat(codes(check(migration(invoicesOnly, SHARED)))).isEmpty();
  }
}
