package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.RuleCases.ack;
import static dev.godwit.processor.safety.RuleCases.check;
import static dev.godwit.processor.safety.RuleCases.codes;
import static dev.godwit.processor.safety.RuleCases.migration;
import static dev.godwit.processor.safety.RuleCases.runAll;
import static dev.godwit.processor.testing.SchemaFixtures.schema;
import static dev.godwit.processor.testing.SchemaFixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.model.IdColumn;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.model.Sequence;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShrinkSequenceRuleTest {
  static Schema invoices(int allocationSize) {
    return schema(List.of(table("invoice").idFromSequence().build()),
        List.of(new Sequence("doc_ids", 1, allocationSize, List.of(new IdColumn("invoice", "id")))));
  }

  @Test
  void flagged() {
    assertThat(runAll(new ShrinkSequenceRule(), migration(invoices(30), invoices(10)))).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(Code.SEQUENCE_ALLOCATION_SHRINKS);
      assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
      assertThat(f.target()).isEqualTo("invoice.id");
      assertThat(f.dialects()).isEqualTo(RuleCases.ALL);
      assertThat(f.message()).contains("shrinks from 30 to 10", "blocks of 30", "duplicate keys", "allocationSize = 30",
          "code = \"GW430\"");
    });
  }

  @Test
  void acknowledged() {
    SafetyCheck.Result result = check(migration(invoices(30), invoices(10)), ack("invoice.id", Code.SEQUENCE_ALLOCATION_SHRINKS));
    assertThat(codes(result)).isEmpty();
    assertThat(result.acknowledged()).extracting(a -> a.finding().code()).containsExactly(Code.SEQUENCE_ALLOCATION_SHRINKS);
  }

  @Test
  void safeNeighbour() {
    // a larger allocation size: the previous release uses the top of each larger block
    assertThat(runAll(new ShrinkSequenceRule(), migration(invoices(10), invoices(30)))).isEmpty();
    assertThat(codes(check(migration(invoices(10), invoices(30))))).isEmpty();
    // a new table's sequence
    assertThat(runAll(new ShrinkSequenceRule(), migration(Schema.EMPTY, invoices(10)))).isEmpty();
  }
}
