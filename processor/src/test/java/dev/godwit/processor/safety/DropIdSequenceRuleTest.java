package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.RuleCases.ack;
import static dev.godwit.processor.safety.RuleCases.check;
import static dev.godwit.processor.safety.RuleCases.codes;
import static dev.godwit.processor.safety.RuleCases.migration;
import static dev.godwit.processor.safety.RuleCases.runAll;
import static dev.godwit.processor.testing.SchemaFixtures.schema;
import static dev.godwit.processor.testing.SchemaFixtures.sequence;
import static dev.godwit.processor.testing.SchemaFixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.model.Sequence;
import java.util.List;
import org.junit.jupiter.api.Test;

class DropIdSequenceRuleTest {
  static final Schema PARCEL_SEQ =
      schema(List.of(table("parcel").idFromSequence().build()), List.of(sequence("parcel_SEQ", "parcel")));
  static final Schema IDENTITY = schema(table("parcel").build());

  static Schema invoices(String sequenceName, int allocationSize) {
    Sequence sequence = sequence(sequenceName, "invoice");
    return schema(List.of(table("invoice").idFromSequence().build()),
        List.of(new Sequence(sequence.name(), 1, allocationSize, sequence.ids())));
  }

  @Test
  void flaggedWhenSwitchedAway() {
    assertThat(runAll(new DropIdSequenceRule(), migration(PARCEL_SEQ, IDENTITY))).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(Code.ID_SEQUENCE_GONE);
      assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
      assertThat(f.target()).isEqualTo("parcel.id");
      assertThat(f.dialects()).isEqualTo(RuleCases.ALL);
      assertThat(f.message()).contains("dropping sequence parcel_SEQ", "nextval on parcel_SEQ", "the same ids",
          "sequenceName = \"parcel_SEQ\"", "stopped", "code = \"GW427\"");
    });
  }

  @Test
  void flaggedWhenRenamed() {
    assertThat(runAll(new DropIdSequenceRule(), migration(invoices("invoice_ids", 50), invoices("invoice_numbers", 50))))
        .singleElement().satisfies(f -> {
          assertThat(f.code()).isEqualTo(Code.ID_SEQUENCE_GONE);
          assertThat(f.target()).isEqualTo("invoice.id");
          assertThat(f.message()).contains("renaming sequence invoice_ids to invoice_numbers", "keep the name",
              "sequenceName = \"invoice_ids\"");
        });
  }

  @Test
  void acknowledged() {
    SafetyCheck.Result result = check(migration(PARCEL_SEQ, IDENTITY), ack("parcel.id", Code.ID_SEQUENCE_GONE));
    assertThat(codes(result)).isEmpty();
    assertThat(result.acknowledged()).extracting(a -> a.finding().code()).containsExactly(Code.ID_SEQUENCE_GONE);
  }

  @Test
  void safeNeighbour() {
    // the table goes with its sequence (GW401 is about the table), and a kept sequence's allocation size grows
    assertThat(runAll(new DropIdSequenceRule(), migration(PARCEL_SEQ, Schema.EMPTY))).isEmpty();
    assertThat(runAll(new DropIdSequenceRule(), migration(invoices("invoice_ids", 20), invoices("invoice_ids", 50))))
        .isEmpty();
    assertThat(codes(check(migration(invoices("invoice_ids", 20), invoices("invoice_ids", 50))))).isEmpty();
  }
}
