package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.RuleCases.ack;
import static dev.godwit.processor.safety.RuleCases.check;
import static dev.godwit.processor.safety.RuleCases.codes;
import static dev.godwit.processor.safety.RuleCases.migration;
import static dev.godwit.processor.safety.RuleCases.runAll;
import static dev.godwit.processor.testing.SchemaFixtures.bigint;
import static dev.godwit.processor.testing.SchemaFixtures.notNull;
import static dev.godwit.processor.testing.SchemaFixtures.table;
import static dev.godwit.processor.testing.SchemaFixtures.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.model.GeneratorRow;
import dev.godwit.processor.model.IdColumn;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.model.Table;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeleteGeneratorRowRuleTest {
  static final Table ID_BLOCKS = table("id_blocks").column(notNull(varchar("sequence_name", 255)))
      .column(bigint("next_val")).primaryKey("sequence_name").build();

  /** Tickets whose ids come from segment {@code segment} of id_blocks, and {@code others} tables. */
  static Schema tickets(String segment, Table... others) {
    List<Table> tables = new ArrayList<>(List.of(ID_BLOCKS, table("ticket").idFromSequence().build()));
    tables.addAll(List.of(others));
    return new Schema(tables, List.of(),
        List.of(new GeneratorRow("id_blocks", "sequence_name", "next_val", segment, 0, 10, List.of(new IdColumn("ticket", "id")))));
  }

  @Test
  void flagged() {
    assertThat(runAll(new DeleteGeneratorRowRule(), migration(tickets("ticket"), tickets("ticket_ids"))))
        .singleElement().satisfies(f -> {
          assertThat(f.code()).isEqualTo(Code.ID_GENERATOR_ROW_GONE);
          assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
          assertThat(f.target()).isEqualTo("ticket.id");
          assertThat(f.dialects()).isEqualTo(RuleCases.ALL);
          assertThat(f.message()).contains("deleting generator row id_blocks 'ticket'", "inserts it again at its initial"
              + " value", "duplicate keys", "@TableGenerator(table = \"id_blocks\", pkColumnValue = \"ticket\")",
              "code = \"GW428\"");
        });
  }

  @Test
  void acknowledged() {
    SafetyCheck.Result result = check(migration(tickets("ticket"), tickets("ticket_ids")),
        ack("ticket.id", Code.ID_GENERATOR_ROW_GONE));
    assertThat(codes(result)).isEmpty();
    assertThat(result.acknowledged()).extracting(a -> a.finding().code()).containsExactly(Code.ID_GENERATOR_ROW_GONE);
  }

  @Test
  void safeNeighbour() {
    // the row goes with the table it fills, and a row that stays while another table is added
    Schema withoutTickets = new Schema(List.of(ID_BLOCKS), List.of(), List.of());
    assertThat(runAll(new DeleteGeneratorRowRule(), migration(tickets("ticket"), withoutTickets))).isEmpty();
    assertThat(codes(check(migration(tickets("ticket"), tickets("ticket", table("shop").build()))))).isEmpty();
  }
}
