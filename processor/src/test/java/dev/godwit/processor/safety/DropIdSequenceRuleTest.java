package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.RuleCases.ack;
import static dev.godwit.processor.safety.RuleCases.check;
import static dev.godwit.processor.safety.RuleCases.codes;
import static dev.godwit.processor.safety.RuleCases.expanded;
import static dev.godwit.processor.safety.RuleCases.idTable;
import static dev.godwit.processor.safety.RuleCases.migration;
import static dev.godwit.processor.safety.RuleCases.renamed;
import static dev.godwit.processor.safety.RuleCases.runAll;
import static dev.godwit.processor.testing.SchemaFixtures.schema;
import static dev.godwit.processor.testing.SchemaFixtures.sequence;
import static dev.godwit.processor.testing.SchemaFixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.model.IdColumn;
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

  /** Table {@code table} whose id column {@code column} sequence {@code sequence} fills. */
  static Schema numbered(String table, String column, String sequence) {
    return schema(List.of(idTable(table, column, false)),
        List.of(new Sequence(sequence, 1, 50, List.of(new IdColumn(table, column)))));
  }

  /**
   * The ids a renamed sequence filled are those of the diff, which follows @Renamed on the id column and
   * on the table: the finding is on the id as it is named now.
   */
  @Test
  void flaggedWhenRenamedWithItsIdColumnAndTable() {
    assertThat(runAll(new DropIdSequenceRule(), migration(numbered("invoice", "id", "invoice_ids"),
        numbered("invoice", "number", "invoice_numbers"), renamed("invoice", "invoice", "id", "number"))))
        .singleElement().satisfies(f -> {
          assertThat(f.target()).isEqualTo("invoice.number");
          assertThat(f.message()).contains("renaming sequence invoice_ids to invoice_numbers, which fills invoice.number");
        });
    assertThat(runAll(new DropIdSequenceRule(), migration(numbered("invoice", "id", "invoice_ids"),
        numbered("bill", "number", "bill_ids"), renamed("invoice", "bill", "id", "number"))))
        .singleElement().satisfies(f -> assertThat(f.target()).isEqualTo("bill.number"));
  }

  @Test
  void flaggedWhenDroppedWithItsIdColumnRenamed() {
    Schema identity = schema(idTable("bill", "number", true));
    assertThat(runAll(new DropIdSequenceRule(), migration(numbered("invoice", "id", "invoice_ids"), identity,
        renamed("invoice", "bill", "id", "number"))))
        .singleElement().satisfies(f -> {
          assertThat(f.target()).isEqualTo("bill.number");
          assertThat(f.message()).contains("dropping sequence invoice_ids, which fills bill.number");
        });
  }

  /** The old instances write through the view with the old name: a table renamed with expand/contract stays. */
  @Test
  void flaggedWhenItsTableExpands() {
    assertThat(runAll(new DropIdSequenceRule(), migration(numbered("invoice", "id", "invoice_ids"),
        numbered("bill", "id", "bill_ids"), expanded("invoice", "bill"))))
        .singleElement().satisfies(f -> assertThat(f.target()).isEqualTo("bill.id"));
  }

  @Test
  void acknowledgedOnTheRenamedId() {
    SafetyCheck.Result result = check(migration(numbered("invoice", "id", "invoice_ids"),
        numbered("bill", "number", "bill_ids"), renamed("invoice", "bill", "id", "number")),
        ack("bill.number", Code.ID_SEQUENCE_GONE));
    assertThat(codes(result)).doesNotContain(Code.ID_SEQUENCE_GONE);
    assertThat(result.acknowledged()).extracting(a -> a.finding().code()).containsExactly(Code.ID_SEQUENCE_GONE);
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
    // the table and its id column renamed, the sequence kept
    assertThat(runAll(new DropIdSequenceRule(), migration(numbered("invoice", "id", "invoice_ids"),
        numbered("bill", "number", "invoice_ids"), renamed("invoice", "bill", "id", "number")))).isEmpty();
  }
}
