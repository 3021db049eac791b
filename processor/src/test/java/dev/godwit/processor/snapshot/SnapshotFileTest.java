package dev.godwit.processor.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonParser;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.model.Table;
import dev.godwit.processor.model.TypeKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SnapshotFileTest {
  private static final Optional<String> SEALED = Optional.of("0123456789abcdef");

  @Test
  void tablesKeptAsTheSameObjectsAreCopiedAndTheSnapshotIsTheOneRenderingWrites() throws Exception {
    String text = SnapshotCodec.write(SnapshotCodecTest.withDialectNames(), SEALED);
    Snapshot read = SnapshotCodec.read(text);
    SnapshotFile file = new SnapshotFile(read, text);
    assertThat(file.tableTexts()).hasSize(2).allSatisfy((table, tableText) -> {
      assertThat(text).contains(tableText);
      assertThat(tableText).startsWith("{\n      \"name\": \"" + table.name() + "\"").endsWith("\n    }");
    });

    Table order = read.schema().table("`Order`").orElseThrow();
    Table customer = read.schema().table("customer").orElseThrow();
    Table changed = new Table("customer", List.of(customer.columns().get(0),
        new Column("name", ColumnType.varchar(80), true, false)), List.of("id"), List.of(), List.of(), List.of());
    Table added = new Table("zeta", List.of(new Column("id", ColumnType.of(TypeKind.UUID), false, false)),
        List.of("id"), List.of(), List.of(), List.of());
    for (List<Table> tables : List.of(List.of(order, changed), List.of(order, customer, added), List.of(customer),
        List.of(added, order), List.of(order, customer))) {
      Snapshot next = new Snapshot(8, new Schema(tables, read.schema().sequences(), read.schema().dialectNames()),
          read.migrations());
      assertThat(SnapshotCodec.write(next, SEALED, Optional.of(file))).as("%s", tables.stream().map(Table::name).toList())
          .isEqualTo(SnapshotCodec.write(next, SEALED));
    }
  }

  @Test
  void aTextNotLaidOutAsGodwitWritesItLendsNothing() throws Exception {
    String text = SnapshotCodec.write(SnapshotCodecTest.rich(), SEALED);
    Snapshot read = SnapshotCodec.read(text);
    assertThat(new SnapshotFile(read, text.replace("\n", "\r\n")).tableTexts()).isEmpty();
    assertThat(new SnapshotFile(read, text.replace("\n", "  \n")).tableTexts()).isEmpty();
    String compact = new GsonBuilder().create().toJson(JsonParser.parseString(text));
    assertThat(new SnapshotFile(SnapshotCodec.read(compact), compact).tableTexts()).isEmpty();
    String reindented = new GsonBuilder().setPrettyPrinting().create().toJson(JsonParser.parseString(text))
        .replace("\n  ", "\n   ");
    assertThat(new SnapshotFile(SnapshotCodec.read(reindented), reindented).tableTexts()).isEmpty();
    // each table's text must start with that table's name: a list of other tables lends nothing
    Snapshot fewer = new Snapshot(read.version(), new Schema(List.of(read.schema().tables().get(1)), List.of()));
    assertThat(new SnapshotFile(fewer, text).tableTexts()).isEmpty();
  }
}
