package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.RuleCases.ack;
import static dev.godwit.processor.safety.RuleCases.check;
import static dev.godwit.processor.safety.RuleCases.codes;
import static dev.godwit.processor.safety.RuleCases.expanded;
import static dev.godwit.processor.safety.RuleCases.idTable;
import static dev.godwit.processor.safety.RuleCases.migration;
import static dev.godwit.processor.safety.RuleCases.renamed;
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

  /** Table {@code table} whose id column {@code column} segment {@code segment} of id_blocks fills. */
  static Schema blocks(String segment, String table, String column) {
    return new Schema(List.of(ID_BLOCKS, idTable(table, column, false)), List.of(),
        List.of(new GeneratorRow("id_blocks", "sequence_name", "next_val", segment, 0, 10, List.of(new IdColumn(table, column)))));
  }

  /** The ids a deleted row filled are those of the diff, which follows @Renamed on the id column and on the table. */
  @Test
  void flaggedWithItsIdColumnAndTableRenamed() {
    assertThat(runAll(new DeleteGeneratorRowRule(), migration(blocks("ticket", "ticket", "id"),
        blocks("ticket_ids", "ticket", "number"), renamed("ticket", "ticket", "id", "number"))))
        .singleElement().satisfies(f -> {
          assertThat(f.target()).isEqualTo("ticket.number");
          assertThat(f.message()).contains("deleting generator row id_blocks 'ticket', which fills ticket.number");
        });
    assertThat(runAll(new DeleteGeneratorRowRule(), migration(blocks("ticket", "ticket", "id"),
        blocks("pass", "pass", "number"), renamed("ticket", "pass", "id", "number"))))
        .singleElement().satisfies(f -> assertThat(f.target()).isEqualTo("pass.number"));
  }

  /** The old instances write through the view with the old name: a table renamed with expand/contract stays. */
  @Test
  void flaggedWhenItsTableExpands() {
    assertThat(runAll(new DeleteGeneratorRowRule(), migration(blocks("ticket", "ticket", "id"),
        blocks("pass", "pass", "id"), expanded("ticket", "pass"))))
        .singleElement().satisfies(f -> assertThat(f.target()).isEqualTo("pass.id"));
  }

  @Test
  void acknowledgedOnTheRenamedId() {
    SafetyCheck.Result result = check(migration(blocks("ticket", "ticket", "id"), blocks("pass", "pass", "number"),
        renamed("ticket", "pass", "id", "number")), ack("pass.number", Code.ID_GENERATOR_ROW_GONE));
    assertThat(codes(result)).doesNotContain(Code.ID_GENERATOR_ROW_GONE);
    assertThat(result.acknowledged()).extracting(a -> a.finding().code()).containsExactly(Code.ID_GENERATOR_ROW_GONE);
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
    // the table and its id column renamed, the row kept
    assertThat(runAll(new DeleteGeneratorRowRule(), migration(blocks("ticket", "ticket", "id"),
        blocks("ticket", "pass", "number"), renamed("ticket", "pass", "id", "number")))).isEmpty();
  }
}
