package dev.godwit.processor.dialect;

import static dev.godwit.processor.testing.SchemaFixtures.bigint;
import static dev.godwit.processor.testing.SchemaFixtures.integer;
import static dev.godwit.processor.testing.SchemaFixtures.notNull;
import static dev.godwit.processor.testing.SchemaFixtures.numeric;
import static dev.godwit.processor.testing.SchemaFixtures.schema;
import static dev.godwit.processor.testing.SchemaFixtures.sequence;
import static dev.godwit.processor.testing.SchemaFixtures.table;
import static dev.godwit.processor.testing.SchemaFixtures.varchar;

import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.DiffHints;
import dev.godwit.processor.diff.SchemaDiff;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.GeneratorRow;
import dev.godwit.processor.model.OnDelete;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.model.Table;
import dev.godwit.processor.model.TypeKind;
import dev.godwit.processor.model.UniqueKey;
import dev.godwit.processor.plan.MigrationPlan;
import dev.godwit.processor.plan.ScriptRenderer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Named schema changes rendered for the golden SQL files: a before schema, an after schema, hints. */
record GoldenCases(String name, Schema before, Schema after, DiffHints hints) {

  @Override
  public String toString() {
    return name;
  }

  List<Change> changes() {
    return SchemaDiff.between(before, after, hints);
  }

  MigrationPlan plan() {
    return new MigrationPlan(2, name, changes(), List.of("fixtures." + name), List.of());
  }

  /** The golden file: the up script, then the down script. */
  String render(Dialect dialect) {
    MigrationPlan plan = plan();
    return ScriptRenderer.up(plan, dialect) + "\n" + ScriptRenderer.down(plan, dialect);
  }

  /** The SQL that creates the before schema. */
  String setup(Dialect dialect) {
    return create(before, dialect);
  }

  /** The SQL that creates {@code schema} from nothing. */
  static String create(Schema schema, Dialect dialect) {
    List<Change> create = SchemaDiff.between(Schema.EMPTY, schema, DiffHints.NONE);
    return create.isEmpty() ? "" : ScriptRenderer.up(new MigrationPlan(1, "setup", create, List.of(), List.of()), dialect);
  }

  static Column column(String name, ColumnType type, boolean nullable) {
    return new Column(name, type, nullable, false);
  }

  static Column kind(String name, TypeKind kind) {
    return column(name, ColumnType.of(kind), true);
  }

  static final Table CUSTOMER = table("customer").column(notNull(varchar("name", 100))).column(varchar("email", 255)).build();

  static Column typed(String name, TypeKind kind, int length, int precision) {
    return column(name, new ColumnType(kind, length, precision, 0, List.of()), true);
  }

  /** Column- and table-level features: definitions, defaults, comments, checks, sized types. */
  static Table gadget(String qtyDefault, String priceComment, String tableComment, boolean rangeCheck) {
    Column id = new Column("id", ColumnType.of(TypeKind.BIGINT), false, true).withComment(Optional.of("the key"));
    return new Table("gadget", List.of(id,
        column("c_defined", ColumnType.varchar(255), true).withDefinition(Optional.of("varchar(12) default 'x'")),
        column("qty", ColumnType.of(TypeKind.INTEGER), false).withDefaultValue(Optional.ofNullable(qtyDefault)),
        numeric("price", 10, 3).withComment(Optional.ofNullable(priceComment)),
        typed("code", TypeKind.CHAR, 3, 0), kind("doc", TypeKind.JSON),
        varchar("medium_text", 100000), varchar("huge_text", 20000000), typed("bytes", TypeKind.VARBINARY, 70000, 0),
        typed("small_lob", TypeKind.CLOB, 100, 0), typed("small_blob", TypeKind.BLOB, 100, 0),
        typed("f17", TypeKind.REAL, 0, 17), typed("d50", TypeKind.DOUBLE, 0, 50)),
        List.of("id"), List.of(), List.of(), List.of(),
        rangeCheck
            ? List.of(new dev.godwit.processor.model.Check(Optional.empty(), Optional.of("qty"), "qty >= 0"),
                new dev.godwit.processor.model.Check(Optional.of("gadget_range"), Optional.empty(), "qty < 1000"))
            : List.of(new dev.godwit.processor.model.Check(Optional.empty(), Optional.of("qty"), "qty >= 0"),
                new dev.godwit.processor.model.Check(Optional.empty(), Optional.empty(), "price > 0 or qty = 0")),
        Optional.ofNullable(tableComment));
  }

  private static final ColumnType ORDINAL = ColumnType.enumerated(TypeKind.ENUM_ORDINAL, 0, List.of("LOW", "HIGH"));

  static Stream<GoldenCases> all() {
    Table everyType = new Table("every_type", List.of(
        new Column("id", ColumnType.of(TypeKind.BIGINT), false, true),
        column("c_bool", ColumnType.of(TypeKind.BOOLEAN), false),
        kind("c_tiny", TypeKind.TINYINT), kind("c_small", TypeKind.SMALLINT), kind("c_int", TypeKind.INTEGER),
        kind("c_big", TypeKind.BIGINT), kind("c_real", TypeKind.REAL), kind("c_double", TypeKind.DOUBLE),
        numeric("c_numeric", 10, 2), varchar("c_varchar", 40), kind("c_clob", TypeKind.CLOB),
        column("c_varbinary", ColumnType.varbinary(255), true), kind("c_blob", TypeKind.BLOB), kind("c_date", TypeKind.DATE),
        column("c_time", ColumnType.temporal(TypeKind.TIME, 6), true),
        column("c_timestamp", ColumnType.temporal(TypeKind.TIMESTAMP, 6), false),
        column("c_timestamp_utc", ColumnType.temporal(TypeKind.TIMESTAMP_UTC, 6), true),
        kind("c_uuid", TypeKind.UUID),
        column("c_status", ColumnType.enumerated(TypeKind.ENUM_STRING, 255, List.of("ACTIVE", "SUSPENDED", "CLOSED")), true),
        column("c_priority", ColumnType.enumerated(TypeKind.ENUM_ORDINAL, 0, List.of("LOW", "MEDIUM", "HIGH")), true)),
        List.of("id"), List.of(new UniqueKey("UKevery_varchar", List.of("c_varchar"), true)),
        List.of(new dev.godwit.processor.model.Index("idx_every_date", List.of("c_date desc", "c_int"), false)),
        List.of());
    Table order = table("`Order`").column(varchar("`group`", 255)).column(varchar("`user`", 255))
        .column(bigint("customer_id")).unique("uk_order_group_user", "`group`", "`user`")
        .foreignKey("FKorder_customer", "customer_id", "customer").build();
    Table orderLine = table("OrderLine").column(bigint("`order_id`")).column(notNull(integer("quantity")))
        .foreignKey("FKline_order", "`order_id`", "`Order`").index("IDXline_order", "`order_id`").build();
    return Stream.of(
        new GoldenCases("create_column_features", Schema.EMPTY,
            schema(gadget("42", "it's the price", "a gadget", true)), DiffHints.NONE),
        new GoldenCases("alter_column_features", schema(gadget("42", "it's the price", "a gadget", true)),
            schema(gadget("7", null, "the gadget", false)), DiffHints.NONE),
        new GoldenCases("create_every_type", Schema.EMPTY,
            schema(List.of(everyType), List.of(sequence("every_type_seq"))), DiffHints.NONE),
        new GoldenCases("create_keyword_tables", schema(CUSTOMER), schema(CUSTOMER, order, orderLine), DiffHints.NONE),
        new GoldenCases("add_columns", schema(CUSTOMER),
            schema(table("customer").column(notNull(varchar("name", 100))).column(varchar("email", 255))
                .column(varchar("nickname", 50))
                .column(notNull(varchar("status", 20)))
                .column(column("tier", ColumnType.enumerated(TypeKind.ENUM_ORDINAL, 0, List.of("BRONZE", "SILVER")), true))
                .build()),
            new DiffHints(Map.of(), Map.of(), Map.of("customer", Map.of("status", "'new'")))),
        new GoldenCases("backfill_expression", schema(table("customer").column(notNull(varchar("name", 100))).build()),
            schema(table("customer").column(notNull(varchar("name", 100))).column(notNull(varchar("handle", 110))).build()),
            new DiffHints(Map.of(), Map.of(), Map.of("customer", Map.of("handle", "upper(name)")))),
        new GoldenCases("drop_column_and_table",
            schema(CUSTOMER, table("legacy").column(bigint("customer_id")).foreignKey("FKlegacy_customer", "customer_id", "customer").build()),
            schema(table("customer").column(notNull(varchar("name", 100))).build()), DiffHints.NONE),
        new GoldenCases("alter_columns",
            schema(table("customer").column(notNull(varchar("name", 100))).column(varchar("email", 255))
                .column(numeric("balance", 10, 2)).column(varchar("age", 3)).build()),
            schema(table("customer").column(varchar("name", 200)).column(notNull(varchar("email", 255)))
                .column(numeric("balance", 12, 2)).column(integer("age")).build()),
            new DiffHints(Map.of(), Map.of(), Map.of("customer", Map.of("email", "'unknown'", "age", "CAST(age AS INTEGER)")))),
        new GoldenCases("change_enums",
            schema(table("ticket")
                .column(column("status", ColumnType.enumerated(TypeKind.ENUM_STRING, 255, List.of("OPEN", "CLOSED")), true))
                .column(column("priority", ColumnType.enumerated(TypeKind.ENUM_ORDINAL, 0, List.of("LOW", "HIGH")), true)).build()),
            schema(table("ticket")
                .column(column("status", ColumnType.enumerated(TypeKind.ENUM_STRING, 255, List.of("OPEN", "CLOSED", "ARCHIVED")), true))
                .column(column("priority", ColumnType.enumerated(TypeKind.ENUM_ORDINAL, 0, List.of("LOW", "HIGH", "URGENT")), true)).build()),
            DiffHints.NONE),
        new GoldenCases("rename_table_and_column",
            schema(CUSTOMER, table("orders").column(bigint("customer_id")).foreignKey("FKorders_customer", "customer_id", "customer").build()),
            schema(table("client").column(notNull(varchar("full_name", 100))).column(varchar("email", 255)).build(),
                table("orders").column(bigint("customer_id")).foreignKey("FKorders_customer", "customer_id", "client").build()),
            new DiffHints(Map.of("client", "customer"), Map.of("client", Map.of("full_name", "name")), Map.of())),
        new GoldenCases("rename_enum_column",
            schema(table("ticket").column(notNull(column("priority", ORDINAL, false))).column(column("state", ORDINAL, true)).build()),
            schema(table("issue").column(notNull(column("urgency", ORDINAL, false))).column(column("state", ORDINAL, true)).build()),
            new DiffHints(Map.of("issue", "ticket"), Map.of("issue", Map.of("urgency", "priority")), Map.of())),
        new GoldenCases("rename_referenced_to_keyword",
            schema(table("review").column(varchar("title", 100)).build(),
                table("comment").column(bigint("review_id")).foreignKey("FKcomment_review", "review_id", "review").build()),
            schema(table("`user`").column(varchar("title", 100)).build(),
                table("comment").column(bigint("`review_id`")).foreignKey("FKcomment_user", "`review_id`", "`user`").build()),
            new DiffHints(Map.of("`user`", "review"), Map.of(), Map.of())),
        new GoldenCases("index_over_foreign_key",
            schema(table("supplier").build(),
                table("courier").column(bigint("supplier_id")).column(integer("title"))
                    .foreignKey("FKcourier_supplier", "supplier_id", "supplier").build(),
                table("crate").column(bigint("supplier_id")).foreignKey("FKcrate_supplier", "supplier_id", "supplier").build(),
                table("depot").column(bigint("supplier_id")).column(integer("title"))
                    .foreignKey("FKdepot_supplier", "supplier_id", "supplier").index("IDXdepot_title", "supplier_id", "title").build(),
                table("parcel").column(bigint("supplier_id")).column(varchar("code", 20))
                    .foreignKey("FKparcel_supplier", "supplier_id", "supplier").unique("UKparcel_code", "supplier_id", "code").build()),
            schema(table("supplier").build(),
                table("courier").column(bigint("supplier_id")).column(integer("title"))
                    .foreignKey("FKcourier_supplier", "supplier_id", "supplier").index("IDXcourier_title", "supplier_id", "title").build(),
                table("crate").column(bigint("supplier_id")).foreignKey("FKcrate_supplier", "supplier_id", "supplier")
                    .index("IDXcrate_supplier", "supplier_id").build(),
                table("depot").column(bigint("supplier_id")).column(integer("title"))
                    .foreignKey("FKdepot_supplier", "supplier_id", "supplier").index("IDXdepot_title", "supplier_id", "title")
                    .index("IDXdepot_supplier", "supplier_id").build(),
                table("parcel").column(bigint("supplier_id")).column(varchar("code", 20))
                    .foreignKey("FKparcel_supplier", "supplier_id", "supplier").build()),
            DiffHints.NONE),
        new GoldenCases("convert_indexed_column",
            schema(table("customer").column(notNull(varchar("code", 32))).column(kind("rating", TypeKind.DOUBLE))
                .index("IDXcustomer_code_rating", "code", "rating").unique("UKcustomer_code", "code").build()),
            schema(table("customer").column(notNull(integer("code"))).column(kind("rating", TypeKind.DOUBLE))
                .index("IDXcustomer_code_rating", "code", "rating").unique("UKcustomer_code", "code").build()),
            new DiffHints(Map.of(), Map.of(), Map.of("customer", Map.of("code", "LENGTH(code)")))),
        new GoldenCases("constraints",
            schema(table("customer").column(notNull(varchar("name", 100))).column(varchar("email", 255))
                    .unique("uk_customer_name", "name").index("idx_customer_email", "email").build(),
                table("orders").column(bigint("customer_id")).column(bigint("buyer_id"))
                    .foreignKey("FKorders_customer", "customer_id", "customer").build()),
            schema(table("customer").column(notNull(varchar("name", 100))).column(varchar("email", 255))
                    .unique("uk_customer_email", "email").index("idx_customer_name", "name desc").build(),
                table("orders").column(bigint("customer_id")).column(bigint("buyer_id"))
                    .foreignKey("FKorders_buyer", "buyer_id", "customer").build()),
            DiffHints.NONE),
        // Hibernate's @OnDelete: a kept key whose action changes is dropped and added again (NOT VALID +
        // VALIDATE on PostgreSQL), a new table's key is created with its action, the undo restores the old action
        new GoldenCases("delete_actions",
            schema(CUSTOMER,
                table("orders").column(bigint("customer_id")).foreignKey("FKorders_customer", "customer_id", "customer").build(),
                table("invoice").column(bigint("customer_id"))
                    .foreignKey("FKinvoice_customer", "customer_id", "customer", OnDelete.CASCADE).build()),
            schema(CUSTOMER,
                table("orders").column(bigint("customer_id"))
                    .foreignKey("FKorders_customer", "customer_id", "customer", OnDelete.CASCADE).build(),
                table("invoice").column(bigint("customer_id"))
                    .foreignKey("FKinvoice_customer", "customer_id", "customer", OnDelete.SET_NULL).build(),
                table("note").column(bigint("customer_id"))
                    .foreignKey("FKnote_customer", "customer_id", "customer", OnDelete.RESTRICT).build()),
            DiffHints.NONE),
        new GoldenCases("change_primary_key",
            schema(table("country").column(notNull(varchar("code", 2))).build()),
            schema(table("country").column(notNull(varchar("code", 2))).primaryKey("code").build()),
            DiffHints.NONE),
        new GoldenCases("sequences",
            schema(List.of(CUSTOMER), List.of(sequence("old_seq"))),
            schema(List.of(CUSTOMER), List.of(new dev.godwit.processor.model.Sequence("invoice_numbers", 1000, 10))),
            DiffHints.NONE),
        new GoldenCases("sequence_allocation_size",
            schema(List.of(CUSTOMER), List.of(sequence("customer_seq"))),
            schema(List.of(CUSTOMER), List.of(new dev.godwit.processor.model.Sequence("customer_seq", 1, 100))),
            DiffHints.NONE),
        // sequences follow the ids they fill: renamed with a renamed table and for a changed sequenceName (with a
        // changed allocation size), created past the ids of a table that had none, moved past the ids of a
        // table it takes over from a sequence that is dropped (whose undo continues that table)
        new GoldenCases("sequences_follow_ids",
            schema(List.of(table("customer").idFromSequence().build(), table("invoice").idFromSequence().build(),
                    table("voucher").idFromSequence().build(), table("payment").idFromSequence().build(),
                    table("orders").idFromSequence().build()),
                List.of(sequence("customer_SEQ", "customer"), sequence("shared_seq", "orders"),
                    sequence("legacy_seq", "payment"), new dev.godwit.processor.model.Sequence("invoice_ids", 1, 10,
                        List.of(new dev.godwit.processor.model.IdColumn("invoice", "id"))))),
            schema(List.of(table("client").idFromSequence().build(), table("invoice").idFromSequence().build(),
                    table("voucher").idFromSequence().build(), table("payment").idFromSequence().build(),
                    table("orders").idFromSequence().build()),
                List.of(sequence("Client_SEQ", "client"), sequence("shared_seq", "orders", "payment"),
                    sequence("voucher_SEQ", "voucher"), new dev.godwit.processor.model.Sequence("invoice_numbers", 1, 20,
                        List.of(new dev.godwit.processor.model.IdColumn("invoice", "id"))))),
            new DiffHints(Map.of("client", "customer"), Map.of(), Map.of())),
        // a new generator table with its row; a row added to and one deleted from a table that stays;
        // a segment with a quote
        new GoldenCases("generator_rows",
            generators(new GeneratorRow("id_blocks", "block", "next_block", "customer", 1),
                new GeneratorRow("id_blocks", "block", "next_block", "voucher", 0)),
            generators(new GeneratorRow("id_blocks", "block", "next_block", "customer", 1),
                new GeneratorRow("id_blocks", "block", "next_block", "o'brien", 1000),
                new GeneratorRow("hibernate_sequences", "sequence_name", "next_val", "default", 0)),
            DiffHints.NONE),
        // tables, an index, a unique key and a sequence in a plain and a keyword schema; a key from the
        // default schema into one; an index replaced in a schema (dropped and built there)
        new GoldenCases("schema_tables",
            schema(List.of(CUSTOMER, table("billing.invoice").column(numeric("total", 12, 2))
                .index("idx_invoice_total", "total").build()), List.of()),
            schema(List.of(table("customer").column(notNull(varchar("name", 100))).column(varchar("email", 255))
                    .column(bigint("last_invoice_id")).foreignKey("FKcustomer_invoice", "last_invoice_id", "billing.invoice")
                    .build(),
                table("billing.invoice").column(numeric("total", 12, 2)).column(varchar("note", 200))
                    .index("idx_invoice_total_desc", "total desc").build(),
                table("`order`.line").column(bigint("invoice_id")).column(varchar("code", 20))
                    .foreignKey("FKline_invoice", "invoice_id", "billing.invoice").unique("UKline_code", "code").build()),
                List.of(new dev.godwit.processor.model.Sequence("`order`.line_seq", 1, 50))),
            DiffHints.NONE),
        // tables moved between schemas, into the default schema and out of it, with their index and
        // the keys to them; H2 cannot move a table (Godwit refuses a move where h2 is configured)
        new GoldenCases("schema_moves",
            schema(table("billing.invoice").column(numeric("total", 12, 2)).index("idx_invoice_total", "total").build(),
                table("crm.client").column(varchar("name", 100)).build(),
                table("payment").column(bigint("invoice_id")).foreignKey("FKpayment_invoice", "invoice_id", "billing.invoice")
                    .build()),
            schema(table("archive.invoice").column(numeric("total", 12, 2)).index("idx_invoice_total", "total").build(),
                table("client").column(varchar("name", 100)).build(),
                table("billing.payment").column(bigint("invoice_id"))
                    .foreignKey("FKpayment_invoice", "invoice_id", "archive.invoice").build()),
            new DiffHints(Map.of("archive.invoice", "billing.invoice", "client", "crm.client", "billing.payment", "payment"),
                Map.of(), Map.of())));
  }

  /** The cases whose SQL a dialect cannot run: H2 cannot move a table to another schema. */
  static boolean runsOn(String dialect, GoldenCases golden) {
    return !(dialect.equals("h2") && golden.name().equals("schema_moves"));
  }

  /** CUSTOMER and the tables of the generators, with their rows. */
  private static Schema generators(GeneratorRow... rows) {
    List<Table> tables = new java.util.ArrayList<>(List.of(CUSTOMER));
    Stream.of(rows).map(GeneratorRow::tableLayout).distinct().forEach(tables::add);
    return new Schema(tables, List.of(), List.of(rows));
  }

  static Optional<GoldenCases> named(String name) {
    return all().filter(c -> c.name().equals(name)).findFirst();
  }
}
