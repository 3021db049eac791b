package dev.godwit.lockbench;

import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddColumn;
import dev.godwit.processor.diff.Change.AddForeignKey;
import dev.godwit.processor.diff.Change.AddUnique;
import dev.godwit.processor.diff.Change.AlterColumn;
import dev.godwit.processor.diff.Change.CreateIndex;
import dev.godwit.processor.diff.Change.ExpandColumn;
import dev.godwit.processor.diff.Change.RenameColumn;
import dev.godwit.processor.diff.Expansion;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.Index;
import dev.godwit.processor.model.TypeKind;
import dev.godwit.processor.model.UniqueKey;
import java.util.List;
import java.util.Optional;

/** One change to the populated {@code bench} table, and whether a long-running reader holds the table meanwhile. */
record Scenario(String name, Change change, boolean longReader) {

  static List<Scenario> all() {
    Column name = new Column("name", ColumnType.varchar(100), true, false);
    return List.of(
        new Scenario("create index", new CreateIndex("bench", new Index("idx_bench_name", List.of("name"), false)), false),
        new Scenario("add foreign key", new AddForeignKey("bench",
            new ForeignKey("fk_bench_account", List.of("account_id"), "account", List.of("id")), false), false),
        new Scenario("set not null", new AlterColumn("bench", name, name.withNullable(false), Optional.empty()), false),
        new Scenario("add unique", new AddUnique("bench", new UniqueKey("uk_bench_code", List.of("code"), false)), false),
        new Scenario("add not null column, backfill `upper(name)`", new AddColumn("bench",
            new Column("handle", ColumnType.varchar(110), false, false), Optional.of("upper(name)")), false),
        new Scenario("alter type int -> bigint (no safe form: a finding)", new AlterColumn("bench",
            new Column("amount", ColumnType.of(TypeKind.INTEGER), false, false),
            new Column("amount", ColumnType.of(TypeKind.BIGINT), false, false), Optional.empty()), false),
        new Scenario("rename column, 3 s reader holds the table", new RenameColumn("bench", "code", "sku"), true),
        new Scenario("add nullable column, 3 s reader holds the table", new AddColumn("bench",
            new Column("note", ColumnType.varchar(50), true, false), Optional.empty()), true),
        // the writers update amount, as instances of the previous release would: the trigger syncs every update
        new Scenario("expand int -> bigint (expand/contract: new column, sync trigger, batched fill)",
            new ExpandColumn(new Expansion("bench", new Column("amount", ColumnType.of(TypeKind.INTEGER), false, false),
                new Column("amount_big", ColumnType.of(TypeKind.BIGINT), false, false), Optional.empty(), Optional.empty())),
            false),
        new Scenario("expand rename code -> sku (expand/contract), 3 s reader holds the table",
            new ExpandColumn(new Expansion("bench", new Column("code", ColumnType.varchar(40), true, false),
                new Column("sku", ColumnType.varchar(40), true, false), Optional.empty(), Optional.empty())), true));
  }
}
