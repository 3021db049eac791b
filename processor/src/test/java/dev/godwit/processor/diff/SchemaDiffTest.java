package dev.godwit.processor.diff;

import static dev.godwit.processor.testing.SchemaFixtures.bigint;
import static dev.godwit.processor.testing.SchemaFixtures.integer;
import static dev.godwit.processor.testing.SchemaFixtures.notNull;
import static dev.godwit.processor.testing.SchemaFixtures.numeric;
import static dev.godwit.processor.testing.SchemaFixtures.schema;
import static dev.godwit.processor.testing.SchemaFixtures.sequence;
import static dev.godwit.processor.testing.SchemaFixtures.table;
import static dev.godwit.processor.testing.SchemaFixtures.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.model.GeneratorRow;
import dev.godwit.processor.model.IdColumn;
import dev.godwit.processor.model.OnDelete;
import dev.godwit.processor.model.Sequence;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.testing.SchemaApplier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** SchemaDiff over named before/after fixtures: the ordered change list, and that down undoes up. */
class SchemaDiffTest {

  /** One named fixture: two schemas, the hints, and the changes expected, in order. */
  record Case(String name, Schema before, Schema after, DiffHints hints, List<String> expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final Schema CUSTOMER = schema(table("customer").column(varchar("name", 100)).build());

  static Stream<Case> cases() {
    return Stream.concat(sequenceCases(), otherCases());
  }

  static Stream<Case> otherCases() {
    return Stream.of(
        new Case("create table", Schema.EMPTY,
            schema(List.of(table("customer").column(varchar("name", 100)).build()), List.of(sequence("customer_seq"))),
            DiffHints.NONE,
            List.of("create sequence customer_seq start 1 increment 50", "create table customer")),
        new Case("drop table drops its foreign keys first",
            schema(table("customer").build(),
                table("orders").column(bigint("customer_id")).foreignKey("FK_orders_customer", "customer_id", "customer").build()),
            schema(table("customer").build()), DiffHints.NONE,
            List.of("drop foreign key FK_orders_customer on orders", "drop table orders")),
        new Case("add column", CUSTOMER,
            schema(table("customer").column(varchar("name", 100)).column(varchar("email", 200)).build()), DiffHints.NONE,
            List.of("add column customer.email varchar(200)")),
        new Case("drop column", schema(table("customer").column(varchar("name", 100)).column(varchar("email", 200)).build()),
            CUSTOMER, DiffHints.NONE,
            List.of("drop column customer.email")),
        new Case("varchar length change", CUSTOMER, schema(table("customer").column(varchar("name", 200)).build()),
            DiffHints.NONE,
            List.of("alter column customer.name type varchar(100) -> varchar(200)")),
        new Case("numeric precision change", schema(table("item").column(numeric("price", 10, 2)).build()),
            schema(table("item").column(numeric("price", 12, 2)).build()), DiffHints.NONE,
            List.of("alter column item.price type numeric(10,2) -> numeric(12,2)")),
        new Case("type and nullability change together", CUSTOMER,
            schema(table("customer").column(notNull(bigint("name"))).build()), DiffHints.NONE,
            List.of("alter column customer.name type varchar(100) -> bigint set not null")),
        new Case("set not null", CUSTOMER, schema(table("customer").column(notNull(varchar("name", 100))).build()),
            DiffHints.NONE,
            List.of("alter column customer.name set not null")),
        new Case("drop not null", schema(table("customer").column(notNull(varchar("name", 100))).build()), CUSTOMER,
            DiffHints.NONE,
            List.of("alter column customer.name drop not null")),
        new Case("add unique", CUSTOMER, schema(table("customer").column(varchar("name", 100)).unique("uk_name", "name").build()),
            DiffHints.NONE,
            List.of("add unique uk_name on customer[name]")),
        new Case("drop unique", schema(table("customer").column(varchar("name", 100)).unique("uk_name", "name").build()), CUSTOMER,
            DiffHints.NONE,
            List.of("drop unique uk_name on customer")),
        new Case("unique over other columns is dropped and added again",
            schema(table("customer").column(varchar("name", 100)).column(varchar("mail", 100)).unique("uk_c", "name").build()),
            schema(table("customer").column(varchar("name", 100)).column(varchar("mail", 100)).unique("uk_c", "name", "mail").build()),
            DiffHints.NONE,
            List.of("drop unique uk_c on customer", "add unique uk_c on customer[name, mail]")),
        new Case("add index", CUSTOMER, schema(table("customer").column(varchar("name", 100)).index("idx_name", "name desc").build()),
            DiffHints.NONE,
            List.of("create index idx_name on customer[name desc]")),
        new Case("drop index", schema(table("customer").column(varchar("name", 100)).index("idx_name", "name").build()), CUSTOMER,
            DiffHints.NONE,
            List.of("drop index idx_name on customer")),
        new Case("add foreign key with its column",
            schema(table("customer").build(), table("orders").build()),
            schema(table("customer").build(),
                table("orders").column(bigint("customer_id")).foreignKey("FK_oc", "customer_id", "customer").build()),
            DiffHints.NONE,
            List.of("add column orders.customer_id bigint", "add foreign key FK_oc orders[customer_id] -> customer[id]")),
        new Case("drop foreign key with its column",
            schema(table("customer").build(),
                table("orders").column(bigint("customer_id")).foreignKey("FK_oc", "customer_id", "customer").build()),
            schema(table("customer").build(), table("orders").build()),
            DiffHints.NONE,
            List.of("drop foreign key FK_oc on orders", "drop column orders.customer_id")),
        new Case("new table referencing an existing one: table first, key last",
            schema(table("customer").build()),
            schema(table("customer").build(),
                table("orders").column(bigint("customer_id")).foreignKey("FK_oc", "customer_id", "customer").build()),
            DiffHints.NONE,
            List.of("create table orders", "add foreign key FK_oc orders[customer_id] -> customer[id]")),
        new Case("table rename keeps a foreign key that points at it",
            schema(table("customer").build(),
                table("orders").column(bigint("customer_id")).foreignKey("FK_oc", "customer_id", "customer").build()),
            schema(table("client").build(),
                table("orders").column(bigint("customer_id")).foreignKey("FK_oc", "customer_id", "client").build()),
            new DiffHints(Map.of("client", "customer"), Map.of(), Map.of()),
            List.of("rename table customer to client")),
        new Case("a table expand renames it with its view, and the keys Hibernate names after it are renamed in place",
            schema(table("customer").column(varchar("email", 100)).column(varchar("name", 100))
                    .unique("UK_customer", "email").index("IDX_customer", "name").build(),
                table("orders").column(bigint("customer_id")).foreignKey("FK_oc", "customer_id", "customer").build()),
            schema(table("client").column(varchar("email", 100)).column(varchar("name", 100))
                    .unique("UK_client", "email").index("IDX_client", "name").build(),
                table("orders").column(bigint("customer_id")).foreignKey("FK_ocl", "customer_id", "client").build()),
            new DiffHints(Map.of("client", "customer"), Map.of(), Map.of(), java.util.Set.of(), Map.of(), List.of(),
                java.util.Set.of("client")),
            List.of("expand table customer to client, the old name kept as a view until the contract",
                "rename index IDX_customer of client to IDX_client", "rename unique key UK_customer of client to UK_client",
                "rename foreign key FK_oc of orders to FK_ocl")),
        new Case("a plain table rename still drops and adds the keys named after it",
            schema(table("customer").column(varchar("email", 100)).unique("UK_customer", "email").build()),
            schema(table("client").column(varchar("email", 100)).unique("UK_client", "email").build()),
            new DiffHints(Map.of("client", "customer"), Map.of(), Map.of()),
            List.of("drop unique UK_customer on customer", "rename table customer to client",
                "add unique UK_client on client[email]")),
        new Case("a table contract drops the view only",
            schema(table("client").column(varchar("email", 100)).build()),
            schema(table("client").column(varchar("email", 100)).build()),
            DiffHints.NONE.withContracts(List.of(new TableExpansion("customer", "client", List.of(varchar("email", 100))))),
            List.of("contract table customer -> client: drop the view customer")),
        new Case("a join column quoted once its target is renamed to a keyword is the same column",
            schema(table("review").build(),
                table("comment").column(bigint("review_id")).foreignKey("FK_cr", "review_id", "review").build()),
            schema(table("`user`").build(),
                table("comment").column(bigint("`review_id`")).foreignKey("FK_cu", "`review_id`", "`user`").build()),
            new DiffHints(Map.of("`user`", "review"), Map.of(), Map.of()),
            List.of("drop foreign key FK_cr on comment", "rename table review to `user`",
                "rename column comment.review_id to `review_id`",
                "add foreign key FK_cu comment[`review_id`] -> `user`[id]")),
        new Case("and unquoted again once its target is renamed from a keyword",
            schema(table("`user`").build(),
                table("comment").column(bigint("`user_id`")).foreignKey("FK_cu", "`user_id`", "`user`").build()),
            schema(table("review").build(),
                table("comment").column(bigint("user_id")).foreignKey("FK_cr", "user_id", "review").build()),
            new DiffHints(Map.of("review", "`user`"), Map.of(), Map.of()),
            List.of("drop foreign key FK_cu on comment", "rename table `user` to review",
                "rename column comment.`user_id` to user_id",
                "add foreign key FK_cr comment[user_id] -> review[id]")),
        new Case("keys and indexes over a converted column are dropped before and added after",
            schema(table("customer").column(notNull(varchar("code", 32))).column(bigint("rating")).column(bigint("region_id"))
                .index("IDX_cr", "code", "rating").index("IDX_r", "rating").unique("UK_c", "code")
                .foreignKey("FK_r", "region_id", "customer").build()),
            schema(table("customer").column(notNull(integer("code"))).column(bigint("rating")).column(bigint("region_id"))
                .index("IDX_cr", "code", "rating").index("IDX_r", "rating").unique("UK_c", "code")
                .foreignKey("FK_r", "region_id", "customer").build()),
            new DiffHints(Map.of(), Map.of(), Map.of("customer", Map.of("code", "LENGTH(code)"))),
            List.of("drop index IDX_cr on customer", "drop unique UK_c on customer",
                "alter column customer.code type varchar(32) -> integer (using: LENGTH(code))",
                "create index IDX_cr on customer[code, rating]", "add unique UK_c on customer[code]")),
        new Case("table rename with a column change on the renamed table",
            CUSTOMER, schema(table("client").column(varchar("name", 100)).column(varchar("email", 50)).build()),
            new DiffHints(Map.of("client", "customer"), Map.of(), Map.of()),
            List.of("rename table customer to client", "add column client.email varchar(50)")),
        new Case("table rename with a renamed index drops it under the old table name",
            schema(table("customer").column(varchar("name", 100)).index("IDX_old", "name").build()),
            schema(table("client").column(varchar("name", 100)).index("IDX_new", "name").build()),
            new DiffHints(Map.of("client", "customer"), Map.of(), Map.of()),
            List.of("drop index IDX_old on customer", "rename table customer to client",
                "create index IDX_new on client[name]")),
        new Case("rename onto a dropped column's name drops that column first",
            schema(table("customer").column(varchar("name", 100)).column(varchar("nick", 100)).build()),
            schema(table("customer").column(varchar("name", 100)).build()),
            new DiffHints(Map.of(), Map.of("customer", Map.of("name", "nick")), Map.of()),
            List.of("drop column customer.name", "rename column customer.nick to name")),
        new Case("rename onto a dropped table's name drops that table first",
            schema(table("client").build(), table("customer").build()),
            schema(table("client").build()),
            new DiffHints(Map.of("client", "customer"), Map.of(), Map.of()),
            List.of("drop table client", "rename table customer to client")),
        new Case("primary key moved to another column",
            schema(table("customer").column(notNull(varchar("code", 20))).build()),
            schema(table("customer").column(notNull(varchar("code", 20))).primaryKey("code").build()),
            DiffHints.NONE,
            List.of("alter primary key of customer [id] -> [code]")),
        new Case("renaming the primary key column keeps the key",
            schema(table("customer").build()),
            schema(new dev.godwit.processor.model.Table("customer",
                List.of(table("x").build().columns().get(0).withName("customer_id")), List.of("customer_id"),
                List.of(), List.of(), List.of())),
            new DiffHints(Map.of(), Map.of("customer", Map.of("customer_id", "id")), Map.of()),
            List.of("rename column customer.id to customer_id")),
        new Case("column rename", CUSTOMER, schema(table("customer").column(varchar("full_name", 100)).build()),
            new DiffHints(Map.of(), Map.of("customer", Map.of("full_name", "name")), Map.of()),
            List.of("rename column customer.name to full_name")),
        new Case("column rename and widening",
            CUSTOMER, schema(table("customer").column(varchar("full_name", 150)).build()),
            new DiffHints(Map.of(), Map.of("customer", Map.of("full_name", "name")), Map.of()),
            List.of("rename column customer.name to full_name",
                "alter column customer.full_name type varchar(100) -> varchar(150)")),
        new Case("an expand/contract rename expands, keeping the old column for its contract",
            schema(table("customer").column(notNull(varchar("name", 100))).column(varchar("age", 10)).build()),
            schema(table("customer").column(notNull(varchar("full_name", 100))).column(bigint("age_years")).build()),
            new DiffHints(Map.of(), Map.of("customer", Map.of("full_name", "name", "age_years", "age")),
                Map.of("customer", Map.of("age_years", "CAST(age AS BIGINT)", "full_name", "'unused'")),
                java.util.Set.of("customer.full_name", "customer.age_years"),
                Map.of("customer", Map.of("age_years", "CAST(age_years AS VARCHAR(10))")), List.of()),
            List.of("expand column customer.age -> customer.age_years (varchar(10) -> bigint) (backfill: CAST(age AS BIGINT)),"
                + " the old column kept in sync until the contract",
                // a @Backfill without a type change converts nothing
                "expand column customer.name -> customer.full_name, the old column kept in sync until the contract")),
        new Case("a contract comes with the other changes of its migration, among the column drops by name",
            schema(table("customer").column(varchar("full_name", 100)).column(varchar("email", 100)).build()),
            schema(table("customer").column(varchar("full_name", 100)).column(varchar("phone", 20)).build()),
            DiffHints.NONE.withContracts(List.of(new Expansion("customer", varchar("name", 100), varchar("full_name", 100),
                Optional.empty(), Optional.empty()))),
            List.of("add column customer.phone varchar(20)", "drop column customer.email",
                "contract column customer.name -> customer.full_name: drop the sync and customer.name")),
        new Case("an expanded column's keys: the old ones stay, the new ones are created, under an interim name while an"
            + " old one holds theirs",
            schema(table("customer").column(varchar("name", 100)).column(varchar("email", 100)).column(varchar("code", 5))
                .unique("uk_name", "name").unique("UKemailhash", "email").index("idx_name_code", "code", "name")
                .index("idx_code", "code").build()),
            schema(table("customer").column(varchar("full_name", 100)).column(varchar("email", 100)).column(varchar("code", 5))
                .unique("uk_name", "full_name").unique("UKemailhash", "email").index("idx_name_code", "code", "full_name")
                .index("idx_full_name", "full_name").build()),
            new DiffHints(Map.of(), Map.of("customer", Map.of("full_name", "name")), Map.of(),
                java.util.Set.of("customer.full_name"), Map.of(), List.of()),
            List.of("drop index idx_code on customer",
                "expand column customer.name -> customer.full_name, the old column kept in sync until the contract",
                "create index gwx_idx_name_code on customer[code, full_name]", "add unique gwx_uk_name on customer[full_name]",
                "create index idx_full_name on customer[full_name]")),
        new Case("a contract drops the old column's keys before it and gives the new column's their own names after it",
            schema(table("customer").column(varchar("full_name", 100)).column(varchar("code", 5))
                .unique("uk_name", "full_name").index("idx_name_code", "code", "full_name").build()),
            schema(table("customer").column(varchar("full_name", 100)).column(varchar("code", 5))
                .unique("uk_name", "full_name").index("idx_name_code", "code", "full_name").build()),
            DiffHints.NONE.withContracts(List.of(new Expansion("customer", varchar("name", 100), varchar("full_name", 100),
                Optional.empty(), Optional.empty(), new ExpansionKeys(
                    List.of(new dev.godwit.processor.model.UniqueKey("uk_name", List.of("name"), false)),
                    List.of(new dev.godwit.processor.model.Index("idx_name_code", List.of("code", "name"), false),
                        new dev.godwit.processor.model.Index("idx_name", List.of("name"), false)),
                    List.of(new dev.godwit.processor.model.UniqueKey("uk_name", List.of("full_name"), false)),
                    List.of(new dev.godwit.processor.model.Index("idx_name_code", List.of("code", "full_name"), false)))))),
            List.of("drop index idx_name on customer", "drop index idx_name_code on customer", "drop unique uk_name on customer",
                "contract column customer.name -> customer.full_name: drop the sync and customer.name",
                "rename index gwx_idx_name_code to idx_name_code on customer",
                "rename unique gwx_uk_name to uk_name on customer")),
        new Case("without a rename hint a renamed column is a drop and an add",
            CUSTOMER, schema(table("customer").column(varchar("full_name", 100)).build()), DiffHints.NONE,
            List.of("add column customer.full_name varchar(100)", "drop column customer.name")),
        new Case("a default is set, changed and dropped on its own, not as a type change",
            schema(table("item").column(numeric("price", 10, 2).withDefaultValue(Optional.of("0")))
                .column(varchar("state", 20)).column(varchar("code", 3).withDefaultValue(Optional.of("'X'"))).build()),
            schema(table("item").column(numeric("price", 10, 2).withDefaultValue(Optional.of("1")))
                .column(varchar("state", 20).withDefaultValue(Optional.of("'new'"))).column(varchar("code", 3)).build()),
            DiffHints.NONE,
            List.of("alter column item.code drop default", "alter column item.price set default 1",
                "alter column item.state set default 'new'")),
        new Case("comments on a table and its columns",
            schema(table("item").column(varchar("name", 20).withComment(Optional.of("old"))).column(bigint("qty")).build()),
            schema(table("item").column(varchar("name", 20)).column(bigint("qty").withComment(Optional.of("how many")))
                .comment("the items").build()),
            DiffHints.NONE,
            List.of("comment on table item 'the items'", "comment on column item.name removed",
                "comment on column item.qty 'how many'")),
        new Case("checks are dropped before and added after column changes",
            schema(table("item").column(bigint("qty")).column(bigint("old_qty")).check(null, "qty", "qty >= 0")
                .check(null, "old_qty", "old_qty >= 0").build()),
            schema(table("item").column(bigint("qty")).check(null, "qty", "qty > 0")
                .check("item_small", null, "qty < 100").build()),
            DiffHints.NONE,
            List.of("drop check (old_qty >= 0) on item.old_qty", "drop check (qty >= 0) on item.qty",
                "drop column item.old_qty", "add item_small check (qty < 100) on item", "add check (qty > 0) on item.qty")),
        new Case("a changed column definition is a type change",
            schema(table("item").column(varchar("code", 20).withDefinition(Optional.of("varchar(20)"))).build()),
            schema(table("item").column(varchar("code", 20).withDefinition(Optional.of("text"))).build()),
            DiffHints.NONE,
            List.of("alter column item.code type varchar(20) -> text")),
        new Case("not null column with backfill", CUSTOMER,
            schema(table("customer").column(varchar("name", 100)).column(notNull(varchar("status", 20))).build()),
            new DiffHints(Map.of(), Map.of(), Map.of("customer", Map.of("status", "'new'"))),
            List.of("add column customer.status varchar(20) not null (backfill: 'new')")),
        new Case("a sequence's allocation size changes in place, keeping its value",
            schema(List.of(), List.of(sequence("customer_seq"))),
            schema(List.of(), List.of(new dev.godwit.processor.model.Sequence("customer_seq", 1, 100))),
            DiffHints.NONE,
            List.of("alter sequence customer_seq start 1 -> 1 increment 50 -> 100")),
        new Case("backfill converts a type change", CUSTOMER,
            schema(table("customer").column(bigint("name")).build()),
            new DiffHints(Map.of(), Map.of(), Map.of("customer", Map.of("name", "length(name)"))),
            List.of("alter column customer.name type varchar(100) -> bigint (using: length(name))")),
        new Case("phases: drops of dependents, renames, creates, adds, drops, keys",
            schema(List.of(
                table("customer").column(varchar("name", 100)).column(varchar("fax", 20)).index("idx_fax", "fax").build(),
                table("legacy").column(bigint("customer_id")).foreignKey("FK_lc", "customer_id", "customer").build()),
                List.of(sequence("legacy_seq"))),
            schema(List.of(
                table("client").column(varchar("name", 120)).column(varchar("email", 100)).unique("uk_email", "email").build(),
                table("orders").column(bigint("client_id")).foreignKey("FK_oc", "client_id", "client").build()),
                List.of(sequence("orders_seq"))),
            new DiffHints(Map.of("client", "customer"), Map.of(), Map.of()),
            List.of(
                "drop foreign key FK_lc on legacy",
                "drop index idx_fax on customer",
                "rename table customer to client",
                "create sequence orders_seq start 1 increment 50",
                "create table orders",
                "add column client.email varchar(100)",
                "alter column client.name type varchar(100) -> varchar(120)",
                "drop column client.fax",
                "drop table legacy",
                "drop sequence legacy_seq",
                "add unique uk_email on client[email]",
                "add foreign key FK_oc orders[client_id] -> client[id]")),
        new Case("a new generator table gets its row after the table exists", Schema.EMPTY, generators(BLOCKS_INVOICE),
            DiffHints.NONE,
            List.of("create table id_blocks", "insert generator row id_blocks 'invoice' = 1000")),
        new Case("a generator added to an existing table inserts its row, one that is gone is deleted first",
            generators(BLOCKS_INVOICE, BLOCKS_VOUCHER), generators(BLOCKS_INVOICE, BLOCKS_CREDIT),
            DiffHints.NONE,
            List.of("delete generator row id_blocks 'voucher'", "insert generator row id_blocks 'credit' = 5")),
        new Case("a dropped generator table's rows are deleted first, so that the undo inserts them again",
            generators(BLOCKS_INVOICE), Schema.EMPTY,
            DiffHints.NONE, List.of("delete generator row id_blocks 'invoice'", "drop table id_blocks")),
        new Case("rows follow a renamed generator table",
            generators(BLOCKS_INVOICE, BLOCKS_VOUCHER),
            generators(BLOCKS_INVOICE.withTable("id_ranges"), BLOCKS_CREDIT.withTable("id_ranges")),
            new DiffHints(Map.of("id_ranges", "id_blocks"), Map.of(), Map.of()),
            List.of("delete generator row id_blocks 'voucher'", "rename table id_blocks to id_ranges",
                "insert generator row id_ranges 'credit' = 5")));
  }

  static final Schema SEQUENCED_CUSTOMER = schema(List.of(table("customer").idFromSequence().build()),
      List.of(sequence("customer_SEQ", "customer")));

  static Stream<Case> sequenceCases() {
    return Stream.of(
        new Case("a renamed entity's sequence named after it is renamed, keeping its value", SEQUENCED_CUSTOMER,
            schema(List.of(table("client").idFromSequence().build()), List.of(sequence("Client_SEQ", "client"))),
            new DiffHints(Map.of("client", "customer"), Map.of(), Map.of()),
            List.of("rename table customer to client", "rename sequence customer_SEQ to Client_SEQ")),
        new Case("a changed sequenceName renames the sequence; a changed allocation size is altered after",
            schema(List.of(table("invoice").idFromSequence().build()),
                List.of(new Sequence("invoice_ids", 1, 10, List.of(new IdColumn("invoice", "id"))))),
            schema(List.of(table("invoice").idFromSequence().build()),
                List.of(new Sequence("invoice_numbers", 1, 20, List.of(new IdColumn("invoice", "id"))))),
            DiffHints.NONE,
            List.of("rename sequence invoice_ids to invoice_numbers",
                "alter sequence invoice_numbers start 1 -> 1 increment 10 -> 20")),
        new Case("a sequence that keeps its name through a table rename changes nothing",
            SEQUENCED_CUSTOMER,
            schema(List.of(table("client").idFromSequence().build()), List.of(sequence("customer_SEQ", "client"))),
            new DiffHints(Map.of("client", "customer"), Map.of(), Map.of()),
            List.of("rename table customer to client")),
        new Case("a new sequence of an existing table (it was IDENTITY) starts past its ids",
            schema(table("customer").build()),
            schema(List.of(table("customer").idFromSequence().build()), List.of(sequence("customer_SEQ", "customer"))),
            DiffHints.NONE,
            List.of("create sequence customer_SEQ start 1 increment 50 past the ids in customer.id",
                "alter column customer.id drop identity")),
        new Case("an id switched to IDENTITY: the identity starts past its ids, the sequence is dropped",
            SEQUENCED_CUSTOMER, schema(table("customer").build()), DiffHints.NONE,
            List.of("alter column customer.id add identity past the ids", "drop sequence customer_SEQ")),
        new Case("a new sequence of a new table starts at its initial value", SEQUENCED_CUSTOMER,
            schema(List.of(table("customer").idFromSequence().build(), table("invoice").idFromSequence().build()),
                List.of(sequence("customer_SEQ", "customer"), sequence("invoice_SEQ", "invoice"))),
            DiffHints.NONE,
            List.of("create sequence invoice_SEQ start 1 increment 50", "create table invoice")),
        new Case("a sequence that takes over another existing table moves past its ids; the one it had is dropped",
            schema(List.of(table("customer").idFromSequence().build(), table("invoice").idFromSequence().build()),
                List.of(sequence("customer_SEQ", "customer"), sequence("invoice_SEQ", "invoice"))),
            schema(List.of(table("customer").idFromSequence().build(), table("invoice").idFromSequence().build()),
                List.of(sequence("customer_SEQ", "customer", "invoice"))),
            DiffHints.NONE,
            List.of("advance sequence customer_SEQ past the ids in invoice.id", "drop sequence invoice_SEQ")),
        new Case("a snapshot without the id columns of its sequences: the new one is created past the ids",
            schema(List.of(table("customer").idFromSequence().build()), List.of(sequence("customer_SEQ"))),
            schema(List.of(table("client").idFromSequence().build()), List.of(sequence("Client_SEQ", "client"))),
            new DiffHints(Map.of("client", "customer"), Map.of(), Map.of()),
            List.of("rename table customer to client",
                "create sequence Client_SEQ start 1 increment 50 past the ids in client.id",
                "drop sequence customer_SEQ")));
  }

  /** The undo of a dropped sequence whose table stays creates it past the ids written meanwhile. */
  @Test
  void theUndoOfADroppedSequenceContinuesItsTable() {
    Schema before = schema(List.of(table("customer").idFromSequence().build(), table("invoice").idFromSequence().build()),
        List.of(sequence("customer_SEQ", "customer"), sequence("invoice_SEQ", "invoice")));
    Schema after = schema(List.of(table("customer").idFromSequence().build(), table("bill").idFromSequence().build()),
        List.of(sequence("customer_SEQ", "customer", "bill")));
    List<Change> down = SchemaDiff.reverse(SchemaDiff.between(before, after,
        new DiffHints(Map.of("bill", "invoice"), Map.of(), Map.of())));
    assertThat(describe(down)).as("%s", listing(down)).containsExactly(
        "create sequence invoice_SEQ start 1 increment 50 past the ids in bill.id",
        "advance sequence customer_SEQ past the ids in bill.id",
        "rename table bill to invoice");
  }

  /** An id switched to a table generator: the new row starts past the ids in the populated table. */
  @Test
  void aNewGeneratorRowOfAnExistingTableStartsPastItsIds() {
    Schema before = schema(table("invoice").build());
    Schema after = withRows(List.of(table("invoice").idFromSequence().build()), blocks("invoice", 10, "invoice"));
    List<Change> up = SchemaDiff.between(before, after, DiffHints.NONE);
    assertThat(describe(up)).as("%s", listing(up)).containsExactly("create table id_blocks",
        "alter column invoice.id drop identity", "insert generator row id_blocks 'invoice' = 1000 or past the ids in invoice.id");
    assertThat(describe(SchemaDiff.reverse(up))).containsExactly(
        "delete generator row id_blocks 'invoice'", "alter column invoice.id add identity past the ids", "drop table id_blocks");
  }

  /** A new row of a new table (nothing written yet) starts at its initial value, as Hibernate exports it. */
  @Test
  void aNewGeneratorRowOfANewTableStartsAtItsInitialValue() {
    List<Change> up = SchemaDiff.between(Schema.EMPTY,
        withRows(List.of(table("invoice").idFromSequence().build()), blocks("invoice", 10, "invoice")), DiffHints.NONE);
    assertThat(describe(up)).as("%s", listing(up))
        .containsExactly("create table id_blocks", "create table invoice", "insert generator row id_blocks 'invoice' = 1000");
  }

  /**
   * A segment changed (or the generator table renamed): the new row starts past the ids; the undo
   * deletes it and inserts the old one past the ids written meanwhile, named as before.
   */
  @Test
  void aChangedSegmentStartsPastTheIdsAndItsUndoToo() {
    Schema before = withRows(List.of(table("invoice").idFromSequence().build()), blocks("invoice", 10, "invoice"));
    Schema after = withRows(List.of(table("bill").idFromSequence().build()), blocks("bill", 10, "bill"));
    List<Change> up = SchemaDiff.between(before, after, new DiffHints(Map.of("bill", "invoice"), Map.of(), Map.of()));
    assertThat(describe(up)).as("%s", listing(up)).containsExactly("delete generator row id_blocks 'invoice'",
        "rename table invoice to bill", "insert generator row id_blocks 'bill' = 1000 or past the ids in bill.id");
    List<Change> down = SchemaDiff.reverse(up);
    assertThat(describe(down)).as("%s", listing(down)).containsExactly("delete generator row id_blocks 'bill'",
        "rename table bill to invoice", "insert generator row id_blocks 'invoice' = 1000 or past the ids in invoice.id");
    assertThat(SchemaApplier.apply(after, down)).isEqualTo(SchemaApplier.normalized(before));
  }

  /** A kept row that takes over another populated table moves past its ids; the one that table had is deleted. */
  @Test
  void aKeptRowThatTakesOverATableMovesPastItsIds() {
    Schema before = withRows(List.of(table("invoice").idFromSequence().build(), table("credit").idFromSequence().build()),
        blocks("invoice", 10, "invoice"), blocks("credit", 10, "credit"));
    Schema after = withRows(List.of(table("invoice").idFromSequence().build(), table("credit").idFromSequence().build()),
        blocks("invoice", 10, "invoice", "credit"));
    List<Change> up = SchemaDiff.between(before, after, DiffHints.NONE);
    assertThat(describe(up)).as("%s", listing(up)).containsExactly("delete generator row id_blocks 'credit'",
        "advance generator row id_blocks 'invoice' past the ids in credit.id");
    assertThat(describe(SchemaDiff.reverse(up))).containsExactly(
        "advance generator row id_blocks 'invoice' past the ids in credit.id",
        "insert generator row id_blocks 'credit' = 1000 or past the ids in credit.id");
  }

  /**
   * A kept row, or a kept sequence, that stops filling a table changes nothing; the undo gives the
   * table back to it, so it first moves past the ids the table's new generator wrote.
   */
  @Test
  void aKeptGeneratorThatReleasesATableAdvancesOnUndo() {
    Schema before = new Schema(List.of(table("invoice").idFromSequence().build(), table("credit").idFromSequence().build(),
        blocks("invoice", 10, "invoice", "credit").tableLayout()),
        List.of(sequence("shared_seq", "invoice", "credit")), List.of(blocks("invoice", 10, "invoice", "credit")));
    Schema after = new Schema(List.of(table("invoice").idFromSequence().build(), table("credit").idFromSequence().build(),
        blocks("invoice", 10, "invoice").tableLayout()),
        List.of(sequence("shared_seq", "invoice"), sequence("credit_seq", "credit")), List.of(blocks("invoice", 10, "invoice")));
    List<Change> up = SchemaDiff.between(before, after, DiffHints.NONE);
    assertThat(describe(up)).as("%s", listing(up)).containsExactly(
        "create sequence credit_seq start 1 increment 50 past the ids in credit.id",
        "sequence shared_seq no longer fills credit.id",
        "generator row id_blocks 'invoice' no longer fills credit.id");
    assertThat(describe(SchemaDiff.reverse(up))).containsExactly(
        "advance generator row id_blocks 'invoice' past the ids in credit.id",
        "advance sequence shared_seq past the ids in credit.id",
        "drop sequence credit_seq");
  }

  /** A larger allocation size would reach back into the block handed out: the row grows by the difference. */
  @Test
  void aChangedAllocationSizeResizesTheRow() {
    Schema before = withRows(List.of(table("invoice").idFromSequence().build()), blocks("invoice", 10, "invoice"));
    Schema after = withRows(List.of(table("invoice").idFromSequence().build()), blocks("invoice", 30, "invoice"));
    List<Change> up = SchemaDiff.between(before, after, DiffHints.NONE);
    assertThat(describe(up)).containsExactly("resize generator row id_blocks 'invoice' allocation size 10 -> 30");
    assertThat(describe(SchemaDiff.reverse(up))).containsExactly("resize generator row id_blocks 'invoice' allocation size 30 -> 10");
    assertThat(SchemaApplier.apply(before, up)).isEqualTo(SchemaApplier.normalized(after));
  }

  /** A row of a snapshot written before format 10 knows no ids: kept as it is, neither advanced nor released. */
  @Test
  void aRowWithoutRecordedIdsIsKeptAsItIs() {
    Schema before = withRows(List.of(table("invoice").idFromSequence().build()), blocks("invoice", 10));
    Schema after = withRows(List.of(table("invoice").idFromSequence().build()), blocks("invoice", 10, "invoice"));
    assertThat(SchemaDiff.between(before, after, DiffHints.NONE)).isEmpty();
  }

  /** A row of {@code id_blocks} with start 1000 and {@code increment} that fills the {@code id} of {@code tables}. */
  static GeneratorRow blocks(String segment, int increment, String... tables) {
    return new GeneratorRow("id_blocks", "block", "next_block", segment, 1000, increment,
        Stream.of(tables).map(t -> new IdColumn(t, "id")).toList());
  }

  static Schema withRows(List<dev.godwit.processor.model.Table> tables, GeneratorRow... rows) {
    List<dev.godwit.processor.model.Table> all = new java.util.ArrayList<>(tables);
    Stream.of(rows).map(GeneratorRow::tableLayout).distinct().forEach(all::add);
    return new Schema(all, List.of(), List.of(rows));
  }

  /** The generator has handed out ids from its current value; writing the initial value again would repeat them. */
  @Test
  void aChangedInitialValueOfAGeneratorWritesNothing() {
    assertThat(SchemaDiff.between(generators(BLOCKS_INVOICE),
        generators(new GeneratorRow("id_blocks", "block", "next_block", "invoice", 1)), DiffHints.NONE)).isEmpty();
  }

  static final GeneratorRow BLOCKS_INVOICE = new GeneratorRow("id_blocks", "block", "next_block", "invoice", 1000);
  static final GeneratorRow BLOCKS_VOUCHER = new GeneratorRow("id_blocks", "block", "next_block", "voucher", 0);
  static final GeneratorRow BLOCKS_CREDIT = new GeneratorRow("id_blocks", "block", "next_block", "credit", 5);

  /** Generator tables with their rows. */
  static Schema generators(GeneratorRow... rows) {
    List<dev.godwit.processor.model.Table> tables = Stream.of(rows).map(GeneratorRow::tableLayout).distinct().toList();
    return new Schema(tables, List.of(), List.of(rows));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void changesAreListedInOrder(Case c) {
    List<Change> up = SchemaDiff.between(c.before(), c.after(), c.hints());
    assertThat(describe(up)).as("changes of '%s':%n%s", c.name(), listing(up)).isEqualTo(c.expected());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void upLeadsToAfterAndDownRestoresBefore(Case c) {
    List<Change> up = SchemaDiff.between(c.before(), c.after(), c.hints());
    List<Change> down = SchemaDiff.reverse(up);
    assertThat(SchemaApplier.apply(c.before(), up)).as("up of '%s':%n%s", c.name(), listing(up))
        .isEqualTo(SchemaApplier.normalized(c.after()));
    assertThat(SchemaApplier.apply(c.after(), down)).as("down of '%s':%n%s", c.name(), listing(down))
        .isEqualTo(SchemaApplier.normalized(c.before()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void diffOfASchemaWithItselfIsEmpty(Case c) {
    List<Change> same = SchemaDiff.between(c.after(), c.after(), DiffHints.NONE);
    assertThat(same).as("changes:%n%s", listing(same)).isEmpty();
  }

  @Test
  void reverseRunsTheUndoOfEachChangeLastFirst() {
    List<Change> up = SchemaDiff.between(Schema.EMPTY,
        schema(List.of(table("customer").build(),
            table("orders").column(bigint("customer_id")).foreignKey("FK_oc", "customer_id", "customer").build()),
            List.of(sequence("orders_seq"))),
        DiffHints.NONE);
    List<Change> down = SchemaDiff.reverse(up);
    assertThat(describe(down)).as("down:%n%s", listing(down)).containsExactly(
        "drop foreign key FK_oc on orders", "drop table orders", "drop table customer", "drop sequence orders_seq");
  }

  @Test
  void sameInputsGiveTheSameList() {
    Case c = cases().filter(x -> x.name().startsWith("phases")).findFirst().orElseThrow();
    assertThat(SchemaDiff.between(c.before(), c.after(), c.hints()))
        .isEqualTo(SchemaDiff.between(c.before(), c.after(), c.hints()));
  }

  /**
   * A kept foreign key relies on the index changes that leave it without an index or replace its own:
   * given to the drop the undo re-creates first and to the creation that runs first (name order).
   */
  @Test
  void indexChangesNameTheForeignKeysThatRelyOnThem() {
    Schema before = schema(table("supplier").build(),
        table("courier").column(bigint("supplier_id")).column(integer("title")).column(bigint("region_id"))
            .foreignKey("FK_cs", "supplier_id", "supplier").foreignKey("FK_cr", "region_id", "supplier")
            .index("IDX_region", "region_id").unique("UK_a", "supplier_id", "title").unique("UK_b", "supplier_id", "region_id")
            .build());
    Schema after = schema(table("supplier").build(),
        table("courier").column(bigint("supplier_id")).column(integer("title")).column(bigint("region_id"))
            .foreignKey("FK_cs", "supplier_id", "supplier").foreignKey("FK_cr", "region_id", "supplier")
            .index("IDX_region", "region_id").index("IDX_x", "supplier_id desc", "title").index("IDX_y", "supplier_id")
            .index("IDX_z", "title", "supplier_id").index("IDX_w", "region_id", "title").build());
    List<Change> up = SchemaDiff.between(before, after, DiffHints.NONE);
    Map<String, List<String>> reliant = up.stream()
        .filter(c -> c instanceof Change.CreateIndex || c instanceof Change.DropUnique)
        .collect(Collectors.toMap(Change::detail, c -> (c instanceof Change.CreateIndex create ? create.reliant()
            : ((Change.DropUnique) c).reliant()).leading().stream().map(dev.godwit.processor.model.ForeignKey::name).toList()));
    assertThat(reliant).as("%s", listing(up)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "UK_a", List.of(), "UK_b", List.of("FK_cs"),
        "IDX_w", List.of(), "IDX_x", List.of("FK_cs"), "IDX_y", List.of(), "IDX_z", List.of()));
    // H2 indexes a key only with exactly its columns: IDX_y takes FK_cs's, although IDX_x serves it on MySQL,
    // and IDX_region already serves FK_cr
    assertThat(up.stream().filter(c -> c instanceof Change.CreateIndex)
        .collect(Collectors.toMap(Change::detail, c -> ((Change.CreateIndex) c).reliant().exact().stream()
            .map(dev.godwit.processor.model.ForeignKey::name).toList())))
        .containsExactlyInAnyOrderEntriesOf(Map.of("IDX_w", List.of(), "IDX_x", List.of(), "IDX_y", List.of("FK_cs"),
            "IDX_z", List.of()));
    List<Change> down = SchemaDiff.reverse(up);
    assertThat(down.stream().filter(c -> c instanceof Change.AddUnique a && a.key().name().equals("UK_b")).findFirst()
        .map(c -> ((Change.AddUnique) c).reliant().leading()).orElseThrow()).as("the undo keeps them").hasSize(1);
  }

  /**
   * A kept key whose delete action changes (Hibernate's @OnDelete) is dropped and added again with the
   * new action, also when its table is renamed; the undo restores the old action; a kept action is no change.
   */
  @Test
  void aChangedDeleteActionDropsAndAddsTheKeyAgain() {
    Schema before = schema(table("customer").build(), table("orders").column(bigint("customer_id"))
        .foreignKey("FK_oc", "customer_id", "customer").build());
    Schema after = schema(table("customer").build(), table("orders").column(bigint("customer_id"))
        .foreignKey("FK_oc", "customer_id", "customer", OnDelete.CASCADE).build());
    List<Change> up = SchemaDiff.between(before, after, DiffHints.NONE);
    assertThat(up).as(listing(up)).hasSize(2);
    assertThat(up.get(0)).isInstanceOfSatisfying(Change.DropForeignKey.class,
        c -> assertThat(c.key().onDelete()).isEqualTo(OnDelete.NO_ACTION));
    assertThat(up.get(1)).isInstanceOfSatisfying(Change.AddForeignKey.class, c -> {
      assertThat(c.key().onDelete()).isEqualTo(OnDelete.CASCADE);
      assertThat(c.ofNewTable()).isFalse();
    });
    List<Change> down = SchemaDiff.reverse(up);
    assertThat(down).filteredOn(c -> c instanceof Change.AddForeignKey).singleElement()
        .satisfies(c -> assertThat(((Change.AddForeignKey) c).key().onDelete()).isEqualTo(OnDelete.NO_ACTION));
    assertThat(SchemaDiff.between(after, after, DiffHints.NONE)).isEmpty();
    // the referenced table renamed: the key follows the rename and keeps its action, so nothing but the rename
    Schema renamed = schema(table("client").build(), table("orders").column(bigint("customer_id"))
        .foreignKey("FK_oc", "customer_id", "client", OnDelete.CASCADE).build());
    List<Change> rename = SchemaDiff.between(after, renamed, new DiffHints(Map.of("client", "customer"), Map.of(), Map.of()));
    assertThat(rename).as(listing(rename)).noneMatch(c -> c instanceof Change.AddForeignKey || c instanceof Change.DropForeignKey);
  }

  static List<String> describe(List<Change> changes) {
    return changes.stream().map(Change::describe).toList();
  }

  static String listing(List<Change> changes) {
    return changes.stream().map(c -> "  " + c.phase() + ": " + c.describe()).collect(Collectors.joining("\n"));
  }

}
