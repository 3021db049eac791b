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
import dev.godwit.processor.diff.ExpansionKeys;
import dev.godwit.processor.diff.TableExpansion;
import dev.godwit.processor.model.Check;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.Index;
import dev.godwit.processor.model.TypeKind;
import dev.godwit.processor.model.UniqueKey;
import java.util.List;
import java.util.Optional;

/**
 * One change to the populated {@code bench} table, and whether a long-running reader holds the table meanwhile.
 *
 * @param setup changes applied (plain DDL, once per table size) to the table before the runs copy it: the
 *     state a contract starts from
 * @param changes what the run migrates, in order
 * @param writerTable the table the writers update: the old name for an expand (the previous release), the new
 *     one for a contract (this release)
 */
record Scenario(String name, List<Change> setup, List<Change> changes, boolean longReader, String writerTable) {

  Scenario(String name, Change change, boolean longReader) {
    this(name, List.of(), List.of(change), longReader, "bench");
  }

  static List<Scenario> all() {
    Column name = new Column("name", ColumnType.varchar(100), true, false);
    Column code = new Column("code", ColumnType.varchar(40), true, false);
    Column sku = new Column("sku", ColumnType.varchar(40), true, false);
    List<Column> columns = List.of(new Column("id", ColumnType.of(TypeKind.BIGINT), false, false),
        new Column("account_id", ColumnType.of(TypeKind.BIGINT), false, false), name,
        new Column("amount", ColumnType.of(TypeKind.INTEGER), false, false), code);
    TableExpansion table = new TableExpansion("bench", "bench_item", columns);
    // code carries a unique key; the expand builds the same key over sku under its interim name, the contract
    // drops the old one and gives the new one its name
    UniqueKey codeKey = new UniqueKey("uk_bench_code", List.of("code"), false);
    UniqueKey skuKey = new UniqueKey("uk_bench_code", List.of("sku"), false);
    Expansion unique = new Expansion("bench", code, sku, Optional.empty(), Optional.empty())
        .withKeys(new ExpansionKeys(List.of(codeKey), List.of(), List.of(skuKey), List.of()));
    List<Change> uniqueExpand = List.of(new ExpandColumn(unique), new AddUnique("bench", ExpansionKeys.interim(skuKey)));
    return List.of(
        new Scenario("create index", new CreateIndex("bench", new Index("idx_bench_name", List.of("name"), false)), false),
        new Scenario("add foreign key", new AddForeignKey("bench",
            new ForeignKey("fk_bench_account", List.of("account_id"), "account", List.of("id")), false), false),
        new Scenario("set not null", new AlterColumn("bench", name, name.withNullable(false), Optional.empty()), false),
        new Scenario("add unique", new AddUnique("bench", new UniqueKey("uk_bench_code", List.of("code"), false)), false),
        new Scenario("add not null column, backfill `upper(name)`", new AddColumn("bench",
            new Column("handle", ColumnType.varchar(110), false, false), Optional.of("upper(name)")), false),
        new Scenario("add check (amount >= 0)", new Change.AddCheck("bench", new Check(Optional.of("ck_bench_amount"),
            Optional.empty(), "amount >= 0")), false),
        new Scenario("drop index", List.of(new CreateIndex("bench", new Index("idx_bench_name", List.of("name"), false))),
            List.of(new Change.DropIndex("bench", new Index("idx_bench_name", List.of("name"), false))), false, "bench"),
        new Scenario("drop index, 3 s reader holds the table",
            List.of(new CreateIndex("bench", new Index("idx_bench_name", List.of("name"), false))),
            List.of(new Change.DropIndex("bench", new Index("idx_bench_name", List.of("name"), false))), true, "bench"),
        new Scenario("primary key (id) -> (id, account_id)", new Change.AlterPrimaryKey("bench", List.of("id"),
            List.of("id", "account_id")), false),
        new Scenario("alter type int -> bigint (no safe form: a finding)", new AlterColumn("bench",
            new Column("amount", ColumnType.of(TypeKind.INTEGER), false, false),
            new Column("amount", ColumnType.of(TypeKind.BIGINT), false, false), Optional.empty()), false),
        new Scenario("rename column, 3 s reader holds the table", new RenameColumn("bench", "code", "sku",
            new Column("sku", ColumnType.varchar(40), true, false)), true),
        new Scenario("add nullable column, 3 s reader holds the table", new AddColumn("bench",
            new Column("note", ColumnType.varchar(50), true, false), Optional.empty()), true),
        // the writers update amount, as instances of the previous release would: the trigger syncs every update
        new Scenario("expand int -> bigint (expand/contract: new column, sync trigger, batched fill)",
            new ExpandColumn(new Expansion("bench", new Column("amount", ColumnType.of(TypeKind.INTEGER), false, false),
                new Column("amount_big", ColumnType.of(TypeKind.BIGINT), false, false), Optional.empty(), Optional.empty())),
            false),
        new Scenario("expand rename code -> sku (expand/contract), 3 s reader holds the table",
            new ExpandColumn(new Expansion("bench", code, sku, Optional.empty(), Optional.empty())), true),
        new Scenario("expand rename unique code -> sku (expand/contract: + unique key under interim name)",
            List.of(new AddUnique("bench", codeKey)), uniqueExpand, false, "bench"),
        new Scenario("contract rename unique code -> sku (drop old key and column, rename interim key)",
            concat(List.of(new AddUnique("bench", codeKey)), uniqueExpand),
            List.of(new Change.DropUnique("bench", codeKey), new Change.ContractColumn(unique),
                new Change.RenameInterimKey("bench", ExpansionKeys.interimName(skuKey.name()), skuKey.name(), true)),
            false, "bench"),
        // the writers of the previous release update bench, a view over bench_item after the expand
        new Scenario("expand table bench -> bench_item (rename + updatable view)", List.of(),
            List.of(new Change.ExpandTable(table)), false, "bench"),
        new Scenario("expand table bench -> bench_item, 3 s reader holds the table", List.of(),
            List.of(new Change.ExpandTable(table)), true, "bench"),
        // the writers of this release update bench_item
        new Scenario("contract table bench -> bench_item (drop the view)", List.of(new Change.ExpandTable(table)),
            List.of(new Change.ContractTable(table)), false, "bench_item"));
  }

  private static List<Change> concat(List<Change> first, List<Change> second) {
    return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
  }
}
