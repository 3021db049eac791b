package dev.godwit.processor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaTest {

  @Test
  void findsEveryTableAndSequenceByExactNameWhateverTheOrderGiven() {
    List<Table> tables = new ArrayList<>();
    List<Sequence> sequences = new ArrayList<>();
    for (int i = 99; i >= 0; i--) {
      tables.add(table("t" + i));
      sequences.add(new Sequence("s" + i, 1, 50));
    }
    tables.add(table("`order`"));
    tables.add(table("Customer"));
    Schema schema = new Schema(tables, sequences);

    for (Table table : tables) {
      assertThat(schema.table(table.name())).containsSame(table);
    }
    for (Sequence sequence : sequences) {
      assertThat(schema.sequence(sequence.name())).containsSame(sequence);
    }
    assertThat(schema.table("customer")).isEmpty();
    assertThat(schema.table("order")).isEmpty();
    assertThat(schema.table("t100")).isEmpty();
    assertThat(schema.table("")).isEmpty();
    assertThat(Schema.EMPTY.table("t1")).isEmpty();
    assertThat(schema.sequence("t1")).isEmpty();
  }

  private static Table table(String name) {
    return new Table(name, List.of(new Column("id", ColumnType.of(TypeKind.BIGINT), false, false)), List.of("id"),
        List.of(), List.of(), List.of());
  }
}
