package dev.godwit.processor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DialectNamesTest {

  private static Table comment(String table, String eventId, String text, String fk, String event) {
    return new Table(table,
        List.of(new Column("id", ColumnType.of(TypeKind.BIGINT), false, false),
            new Column(eventId, ColumnType.of(TypeKind.BIGINT), true, false),
            new Column(text, ColumnType.varchar(200), true, false)),
        List.of("id"), List.of(), List.of(new Index(fk.replace("FK", "IDX"), List.of(text + " desc"), false)),
        List.of(new ForeignKey(fk, List.of(eventId), event, List.of("id"))));
  }

  private static Table event(String name) {
    return new Table(name, List.of(new Column("id", ColumnType.of(TypeKind.BIGINT), false, false)), List.of("id"),
        List.of(), List.of(), List.of());
  }

  private static final Schema COMMON = new Schema(
      List.of(comment("Comment", "event_id", "text", "FKa", "Event"), event("Event")),
      List.of(new Sequence("Event_SEQ", 1, 50)));
  private static final Schema POSTGRESQL = new Schema(
      List.of(comment("`Comment`", "`event_id`", "`text`", "FKb", "`Event`"), event("`Event`")),
      List.of(new Sequence("Event_SEQ", 1, 50)));

  @Test
  void holdsOnlyTheNamesThatDiffer() {
    DialectNames names = DialectNames.between(COMMON, POSTGRESQL);
    assertThat(names.tables()).isEqualTo(Map.of("Comment", "`Comment`", "Event", "`Event`"));
    assertThat(names.columns()).isEqualTo(Map.of("Comment", Map.of("event_id", "`event_id`", "text", "`text`")));
    assertThat(names.constraints()).isEqualTo(Map.of("Comment", Map.of("FKa", "FKb", "IDXa", "IDXb")));
    assertThat(names.sequences()).isEmpty();
    assertThat(DialectNames.between(COMMON, COMMON).isEmpty()).isTrue();
  }

  @Test
  void spellsWholeTablesAsTheDialectDoes() {
    DialectNames names = DialectNames.between(COMMON, POSTGRESQL);
    for (Table table : COMMON.tables()) {
      assertThat(names.table(table)).isEqualTo(POSTGRESQL.table(names.table(table.name())).orElseThrow());
    }
    assertThat(names.column("Comment", "text desc")).isEqualTo("`text` desc");
    assertThat(names.column("Event", "text")).isEqualTo("text");
  }

  @Test
  void objectsTheDatabaseHoldsKeepTheirNamesNewOnesGetHibernatesNow() {
    // a snapshot written before dialect names: the database holds Comment as the common name
    Schema before = new Schema(List.of(event("Other"), comment("Comment", "event_id", "text", "FKa", "Other")), List.of());
    Schema after = COMMON.withDialectNames(Map.of("postgresql", DialectNames.between(COMMON, POSTGRESQL)));
    DialectNames kept = DialectNames.kept(before, after).get("postgresql");
    assertThat(kept.tables()).isEqualTo(Map.of("Event", "`Event`"));
    assertThat(kept.columns()).isEmpty();
    assertThat(kept.constraints()).isEmpty();
    // from then on, the recorded names are kept
    Schema recorded = after.withDialectNames(DialectNames.kept(before, after));
    assertThat(DialectNames.kept(recorded, after)).isEqualTo(recorded.dialectNames());
    assertThat(DialectNames.kept(after, after)).isEqualTo(after.dialectNames());
  }
}
