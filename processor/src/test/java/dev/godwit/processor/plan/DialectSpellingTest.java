package dev.godwit.processor.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.DiffHints;
import dev.godwit.processor.diff.SchemaDiff;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.DialectNames;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.Index;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.model.Table;
import dev.godwit.processor.model.TypeKind;
import dev.godwit.processor.diff.Expansion;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DialectSpellingTest {

  private static Table event() {
    return new Table("Event", List.of(new Column("id", ColumnType.of(TypeKind.BIGINT), false, false)), List.of("id"),
        List.of(), List.of(), List.of());
  }

  private static Table comment(String index, boolean withEvent) {
    List<Column> columns = new java.util.ArrayList<>(List.of(new Column("id", ColumnType.of(TypeKind.BIGINT), false, false),
        new Column("text", ColumnType.varchar(20), true, false)));
    if (withEvent) {
      columns.add(new Column("event_id", ColumnType.of(TypeKind.BIGINT), true, false));
    }
    return new Table("Comment", columns, List.of("id"), List.of(), List.of(new Index(index, List.of("text"), false)),
        withEvent ? List.of(new ForeignKey("FKa", List.of("event_id"), "Event", List.of("id"))) : List.of());
  }

  @Test
  void droppedObjectsTakeTheirRecordedNamesNewOnesTheirNewNames() {
    DialectNames recorded = new DialectNames(Map.of("Comment", "`Comment`"), Map.of("Comment", Map.of("text", "`text`")),
        Map.of("Comment", Map.of("IDXold", "IDXold_pg")), Map.of());
    Schema before = new Schema(List.of(comment("IDXold", false), event()), List.of())
        .withDialectNames(Map.of("postgresql", recorded));
    DialectNames now = new DialectNames(Map.of("Comment", "`Comment`", "Event", "`Event`"),
        Map.of("Comment", Map.of("text", "`text`", "event_id", "`event_id`")),
        Map.of("Comment", Map.of("IDXnew", "IDXnew_pg", "FKa", "FKb")), Map.of());
    Schema after = new Schema(List.of(comment("IDXnew", true), event()), List.of())
        .withDialectNames(Map.of("postgresql", now));
    List<Change> changes = SchemaDiff.between(before, after, DiffHints.NONE);
    MigrationPlan plan = new MigrationPlan(2, "x", changes, List.of(), List.of());

    List<String> spelled = DialectSpelling.of(plan, "postgresql", before, DialectNames.kept(before, after, "postgresql")).up().stream().map(Change::describe).toList();
    assertThat(String.join("\n", spelled))
        .contains("drop index IDXold_pg", "add column `Comment`.`event_id`", "IDXnew_pg", "FKb", "-> Event[id]")
        .doesNotContain("IDXold\n", "FKa");
    // the recorded name of Event is the common one: the database created it so
    assertThat(DialectSpelling.of(plan, "h2", before, DialectNames.kept(before, after, "h2"))).isEqualTo(plan);
  }

  @Test
  void theColumnsOfAnExpandContractTakeTheDialectsNames() {
    Column old = new Column("text", ColumnType.varchar(20), true, false);
    Column now = new Column("body", ColumnType.varchar(40), false, false);
    Expansion expansion = new Expansion("Comment", old, now, Optional.of("text"), Optional.empty());
    DialectNames names = new DialectNames(Map.of("Comment", "`Comment`"), Map.of("Comment", Map.of("text", "`text`")),
        Map.of(), Map.of());
    List<Change> changes = List.of(new Change.ExpandColumn(expansion), new Change.RevertExpandColumn(expansion),
        new Change.ContractColumn(expansion), new Change.RestoreColumn(expansion));

    for (Change change : changes) {
      Change spelled = DialectSpelling.respell(change, names);
      assertThat(spelled.getClass()).isEqualTo(change.getClass());
      Expansion respelled = spelled instanceof Change.ExpandColumn c ? c.expansion()
          : spelled instanceof Change.RevertExpandColumn c ? c.expansion()
          : spelled instanceof Change.ContractColumn c ? c.expansion()
          : ((Change.RestoreColumn) spelled).expansion();
      assertThat(respelled.table()).isEqualTo("`Comment`");
      assertThat(respelled.old().name()).isEqualTo("`text`");
      assertThat(respelled.now()).isEqualTo(now);
      assertThat(respelled.forward()).contains("text");
    }
  }
}
