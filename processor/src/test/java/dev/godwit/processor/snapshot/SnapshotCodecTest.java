package dev.godwit.processor.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.godwit.processor.diff.Expansion;
import dev.godwit.processor.diff.TableExpansion;
import dev.godwit.processor.model.Check;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.DialectNames;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.IdColumn;
import dev.godwit.processor.model.Index;
import dev.godwit.processor.model.OnDelete;
import dev.godwit.processor.model.GeneratorRow;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.model.Sequence;
import dev.godwit.processor.model.Table;
import dev.godwit.processor.model.TypeKind;
import dev.godwit.processor.model.UniqueKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SnapshotCodecTest {

  /** A schema that uses every type kind and every optional field of the format. */
  static Snapshot rich() {
    List<Column> columns = new ArrayList<>();
    columns.add(new Column("id", ColumnType.of(TypeKind.BIGINT), false, true));
    for (TypeKind kind : TypeKind.values()) {
      ColumnType type = switch (kind) {
        case VARCHAR -> ColumnType.varchar(120);
        case CHAR -> new ColumnType(kind, 3, 0, 0, List.of());
        case VARBINARY -> ColumnType.varbinary(255);
        case NUMERIC -> ColumnType.numeric(10, 2);
        case TIME, TIMESTAMP, TIMESTAMP_UTC -> ColumnType.temporal(kind, 6);
        case ENUM_STRING -> ColumnType.enumerated(kind, 255, List.of("ACTIVE", "SUSPENDED", "CLOSED"));
        case ENUM_ORDINAL -> ColumnType.enumerated(kind, 0, List.of("LOW", "HIGH"));
        default -> ColumnType.of(kind);
      };
      columns.add(new Column("c_" + kind.name().toLowerCase(), type, kind.ordinal() % 2 == 0, false));
    }
    columns.add(new Column("c_defined", ColumnType.varchar(255), true, false, Optional.of("varchar(12) default 'x'"),
        Optional.of("'y'"), Optional.of("it's a comment")));
    Table order = new Table("`Order`", columns, List.of("id"),
        List.of(new UniqueKey("UKabc", List.of("c_varchar"), true), new UniqueKey("uk_named", List.of("c_uuid", "`group`"), false)),
        List.of(new Index("idx_x", List.of("c_varchar", "c_date desc"), false), new Index("idx_u", List.of("c_bigint"), true)),
        List.of(new ForeignKey("FKx", List.of("c_bigint"), "customer", List.of("id"))),
        List.of(new Check(Optional.empty(), Optional.of("c_integer"), "c_integer > 0"),
            new Check(Optional.of("order_range"), Optional.empty(), "c_integer < c_bigint")),
        Optional.of("orders"));
    Table customer = new Table("customer", List.of(new Column("id", ColumnType.of(TypeKind.BIGINT), false, false)),
        List.of("id"), List.of(), List.of(), List.of());
    return new Snapshot(7, new Schema(List.of(order, customer),
        List.of(new Sequence("customer_seq", 1, 50), new Sequence("a_seq", 100, 1))),
        new RecordedMigrations(java.util.Map.of("h2/V1__create.sql", Checksum.of("create table a (id int);\n"),
            "h2/U1__create.sql", Checksum.of("drop table a;\n"))));
  }

  @Test
  void roundTripKeepsEverything() throws Exception {
    Snapshot snapshot = rich();
    assertThat(SnapshotCodec.read(SnapshotCodec.write(snapshot))).isEqualTo(snapshot);
  }

  @Test
  void sameInputGivesIdenticalBytes() throws Exception {
    String first = SnapshotCodec.write(rich());
    assertThat(SnapshotCodec.write(rich())).isEqualTo(first);
    assertThat(SnapshotCodec.write(SnapshotCodec.read(first))).isEqualTo(first);
    assertThat(first).endsWith("}\n").doesNotContain("\r");
  }

  @Test
  void orderOfTheInputListsDoesNotChangeTheBytes() {
    Snapshot snapshot = rich();
    List<Table> reversed = new ArrayList<>(snapshot.schema().tables());
    java.util.Collections.reverse(reversed);
    List<Sequence> sequences = new ArrayList<>(snapshot.schema().sequences());
    java.util.Collections.reverse(sequences);
    assertThat(SnapshotCodec.write(new Snapshot(7, new Schema(reversed, sequences), snapshot.migrations())))
        .isEqualTo(SnapshotCodec.write(snapshot));
  }

  @Test
  void aSchemaWithoutFormatThreeFeaturesIsWrittenInFormatTwoAndFormatTwoIsRead() throws Exception {
    Table plain = new Table("customer", List.of(new Column("id", ColumnType.of(TypeKind.BIGINT), false, true),
        new Column("name", ColumnType.varchar(40), true, false)), List.of("id"), List.of(), List.of(), List.of());
    Snapshot snapshot = new Snapshot(3, new Schema(List.of(plain), List.of()));
    String text = SnapshotCodec.write(snapshot);
    assertThat(text).contains("\"godwit\": 2,").doesNotContain("checks", "comment", "definition", "default");
    assertThat(SnapshotCodec.read(text)).isEqualTo(snapshot);
    assertThat(SnapshotCodec.write(rich())).contains("\"godwit\": 3,");
  }

  /** {@link #rich()} with the names PostgreSQL gives differently. */
  static Snapshot withDialectNames() {
    Snapshot rich = rich();
    DialectNames postgresql = new DialectNames(Map.of("customer", "`customer`"),
        Map.of("`Order`", Map.of("c_bigint", "`c_bigint`"), "customer", Map.of()),
        Map.of("`Order`", Map.of("FKx", "FKy", "UKabc", "UKdef")), Map.of("a_seq", "`a_seq`"));
    return new Snapshot(rich.version(), rich.schema().withDialectNames(Map.of("postgresql", postgresql,
        "h2", new DialectNames(Map.of(), Map.of(), Map.of("customer", Map.of("FKx", "FKz")), Map.of()),
        "mysql", DialectNames.NONE)), rich.migrations());
  }

  @Test
  void dialectNamesRoundTripInFormatFourAndOnlyThem() throws Exception {
    Snapshot snapshot = withDialectNames();
    String text = SnapshotCodec.write(snapshot);
    assertThat(text).contains("\"godwit\": 4,", "\"dialectNames\": {", "\"FKx\": \"FKy\"")
        .doesNotContain("\"mysql\"");
    assertThat(SnapshotCodec.read(text)).isEqualTo(snapshot);
    assertThat(SnapshotCodec.write(SnapshotCodec.read(text))).isEqualTo(text);
    assertThat(snapshot.schema().dialectNames()).containsOnlyKeys("h2", "postgresql");
    // the earlier formats do not change for a schema without them
    assertThat(SnapshotCodec.write(rich())).contains("\"godwit\": 3,").doesNotContain("dialectNames");
  }

  @Test
  void dialectNamesMustBeNames() {
    String good = SnapshotCodec.write(withDialectNames());
    assertThatThrownBy(() -> SnapshotCodec.read(good.replace("\"FKx\": \"FKy\"", "\"FKx\": 3")))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessageContaining("$.dialectNames.postgresql.constraints.`Order`.FKx: expected a non-empty string");
    assertThatThrownBy(() -> SnapshotCodec.read(good.replace("\"tables\": {\n        \"customer\"", "\"tables\": [\n        \"customer\"")))
        .isInstanceOf(SnapshotFormatException.class);
  }

  @Test
  void generatorRowsAreWrittenOnlyWhenPresentInFormatFourAndRoundTrip() throws Exception {
    GeneratorRow invoices = new GeneratorRow("id_blocks", "block", "next_block", "invoice", 1000);
    GeneratorRow quoted = new GeneratorRow("id_blocks", "block", "next_block", "it's", 0);
    Snapshot snapshot = new Snapshot(2, new Schema(List.of(invoices.tableLayout()), List.of(), List.of(quoted, invoices)));
    String text = SnapshotCodec.write(snapshot);
    assertThat(text).contains("\"godwit\": 5,", "\"generatorRows\"", "\"segment\": \"invoice\"", "\"value\": 1000");
    assertThat(text.indexOf("\"invoice\"")).isLessThan(text.indexOf("\"it's\""));
    assertThat(SnapshotCodec.read(text)).isEqualTo(snapshot);
    assertThat(SnapshotCodec.write(SnapshotCodec.read(text))).isEqualTo(text);
    assertThat(SnapshotCodec.write(rich())).doesNotContain("generatorRows");
  }

  /** The id columns a sequence fills need format 9; a sequence of an older snapshot has none (unknown). */
  @Test
  void sequenceIdColumnsAreWrittenWhenKnownInFormatNineAndRoundTrip() throws Exception {
    Sequence sequence = new Sequence("customer_SEQ", 1, 50,
        List.of(new IdColumn("vip_customer", "id"), new IdColumn("customer", "id")));
    Snapshot snapshot = new Snapshot(3, new Schema(List.of(), List.of(sequence)));
    String text = SnapshotCodec.write(snapshot);
    assertThat(text).contains("\"godwit\": 9,", "\"ids\": [", "\"table\": \"customer\"");
    assertThat(text.indexOf("\"customer\"")).as("sorted").isLessThan(text.indexOf("\"vip_customer\""));
    assertThat(SnapshotCodec.read(text)).isEqualTo(snapshot);
    assertThat(SnapshotCodec.write(SnapshotCodec.read(text))).isEqualTo(text);
    assertThat(SnapshotCodec.write(rich())).doesNotContain("\"ids\"").contains("\"godwit\": 3,");
  }

  /**
   * A foreign key's delete action (Hibernate's @OnDelete) needs format 12, written only for a key
   * that has one, and round-trips; without one the format stays what the schema needs.
   */
  @Test
  void aSealedSnapshotRecordsItsSourcesInFormatThirteenAndAnUnsealedOneDropsThem() throws Exception {
    Sources sources = new Sources(new InputDigests("00112233aabbccdd",
        Map.of("shop.Customer", "0123456789abcdef", "shop.Customer$Tier", "fedcba9876543210"), Map.of("shop", "1111222233334444")),
        Map.of("customer", "shop.Customer", "orders", "shop.Customer"));
    Snapshot snapshot = rich().withSources(sources);
    String sealed = SnapshotCodec.write(snapshot, Optional.of("fingerprint"));
    assertThat(sealed).startsWith("{\n  \"godwit\": 13,\n  \"inputs\": \"crc32c-crc32:")
        .contains("\"sources\": {\n    \"global\": \"00112233aabbccdd\",\n    \"types\": {\n      \"shop.Customer\": ")
        .containsSubsequence("\"sources\"", "\"tables\"", "\"orders\": \"shop.Customer\"", "\"migrations\"");
    assertThat(SnapshotCodec.read(sealed)).isEqualTo(snapshot);
    assertThat(InputsSeal.open(sealed, "fingerprint")).isPresent();
    assertThat(InputsSeal.open(sealed.replace("fedcba9876543210", "fedcba9876543211"), "fingerprint"))
        .as("the seal covers the record").isEmpty();
    String unsealed = SnapshotCodec.write(snapshot);
    assertThat(unsealed).doesNotContain("\"sources\"").startsWith("{\n  \"godwit\": 3,");
    assertThat(SnapshotCodec.read(unsealed).sources()).isEmpty();
  }

  @Test
  void theFingerprintIsTheHashOfTheDigestsSoAChangedTypeChangesIt() {
    InputDigests digests = new InputDigests("00112233aabbccdd", Map.of("a.B", "0123456789abcdef"), Map.of("a", "1111222233334444"));
    assertThat(digests.fingerprint()).matches("[0-9a-f]{16}")
        .isEqualTo(new InputDigests("00112233aabbccdd", Map.of("a.B", "0123456789abcdef"), Map.of("a", "1111222233334444")).fingerprint())
        .isNotEqualTo(new InputDigests("00112233aabbccdd", Map.of("a.B", "0123456789abcdee"), Map.of("a", "1111222233334444")).fingerprint())
        .isNotEqualTo(new InputDigests("00112233aabbccde", Map.of("a.B", "0123456789abcdef"), Map.of("a", "1111222233334444")).fingerprint())
        .isNotEqualTo(new InputDigests("00112233aabbccdd", Map.of("a.C", "0123456789abcdef"), Map.of("a", "1111222233334444")).fingerprint())
        .isNotEqualTo(new InputDigests("00112233aabbccdd", Map.of("a.B", "0123456789abcdef"), Map.of()).fingerprint());
  }

  @Test
  void deleteActionsAreWrittenOnlyWhenPresentInFormatTwelveAndRoundTrip() throws Exception {
    Table customer = new Table("customer", List.of(new Column("id", ColumnType.of(TypeKind.BIGINT), false, true)),
        List.of("id"), List.of(), List.of(), List.of());
    Table orders = new Table("orders", List.of(new Column("id", ColumnType.of(TypeKind.BIGINT), false, true),
        new Column("customer_id", ColumnType.of(TypeKind.BIGINT), true, false)), List.of("id"), List.of(), List.of(),
        List.of(new ForeignKey("FKorders_customer", List.of("customer_id"), "customer", List.of("id"), OnDelete.SET_NULL),
            new ForeignKey("FKorders_buyer", List.of("customer_id"), "customer", List.of("id"))));
    Snapshot snapshot = new Snapshot(2, new Schema(List.of(customer, orders), List.of()));
    String text = SnapshotCodec.write(snapshot);
    assertThat(text).contains("\"godwit\": 12,", "\"onDelete\": \"set-null\"");
    assertThat(text.split("\"onDelete\"", -1)).as("only the key with an action says it").hasSize(2);
    assertThat(SnapshotCodec.read(text)).isEqualTo(snapshot);
    assertThat(SnapshotCodec.write(SnapshotCodec.read(text))).isEqualTo(text);
    for (OnDelete action : OnDelete.values()) {
      Snapshot each = new Snapshot(2, new Schema(List.of(customer, new Table("orders", orders.columns(), List.of("id"),
          List.of(), List.of(), List.of(orders.foreignKeys().get(0).withOnDelete(action)))), List.of()));
      assertThat(SnapshotCodec.read(SnapshotCodec.write(each))).as("%s", action).isEqualTo(each);
    }
    assertThat(SnapshotCodec.write(rich())).doesNotContain("onDelete").contains("\"godwit\": 3,");
  }

  @Test
  void eachFormatThreeFeatureAloneNeedsFormatThree() {
    Column plain = new Column("c", ColumnType.varchar(40), true, false);
    List<Table> tables = List.of(
        table(plain.withDefinition(Optional.of("text"))), table(plain.withDefaultValue(Optional.of("'a'"))),
        table(plain.withComment(Optional.of("c"))), table(new Column("c", ColumnType.of(TypeKind.JSON), true, false)),
        table(new Column("c", new ColumnType(TypeKind.CHAR, 2, 0, 0, List.of()), true, false)),
        table(plain).withChecks(List.of(new Check(Optional.empty(), Optional.empty(), "c <> ''")), Optional.empty()),
        table(plain).withChecks(List.of(), Optional.of("t")));
    for (Table table : tables) {
      assertThat(SnapshotCodec.write(new Snapshot(1, new Schema(List.of(table), List.of()))))
          .as("%s", table).contains("\"godwit\": 3,");
    }
    assertThat(SnapshotCodec.write(new Snapshot(1, new Schema(List.of(table(plain)), List.of()))))
        .contains("\"godwit\": 2,");
  }

  private static Table table(Column column) {
    return new Table("t", List.of(column), List.of(), List.of(), List.of(), List.of());
  }

  @Test
  void formatOneSnapshotsWithoutChecksumsAreStillRead() throws Exception {
    String formatThree = SnapshotCodec.write(rich());
    String formatOne = formatThree.replace("\"godwit\": 3,", "\"godwit\": 1,")
        .replaceAll(",\\n  \"migrations\": \\{[^}]*\\}", "");
    assertThat(formatOne).doesNotContain("migrations");
    Snapshot read = SnapshotCodec.read(formatOne);
    assertThat(read.schema()).isEqualTo(rich().schema());
    assertThat(read.migrations().isEmpty()).isTrue();
  }

  /** {@link #rich()} with one contracted and one pending expand/contract. */
  private static Snapshot withExpansions() {
    Snapshot rich = rich();
    Column name = new Column("name", ColumnType.varchar(100), false, false);
    Column age = new Column("age", ColumnType.varchar(10), true, false);
    return new Snapshot(7, rich.schema(), rich.migrations(), List.of(
        new ExpandContract(6, 0, new Expansion("customer", age, new Column("age_years", ColumnType.of(TypeKind.INTEGER),
            true, false), Optional.of("CAST(age AS INTEGER)"), Optional.of("CAST(age_years AS VARCHAR(10))"))),
        new ExpandContract(3, 5, new Expansion("customer", name, name.withName("full_name"), Optional.empty(),
            Optional.empty()))));
  }

  @Test
  void expandContractsRoundTripInFormatFourSortedByTheirExpand() throws Exception {
    Snapshot snapshot = withExpansions();
    String text = SnapshotCodec.write(snapshot);
    assertThat(text).contains("\"godwit\": 4,", "\"expandedIn\": 3,\n      \"contractedIn\": 5,",
        "\"forward\": \"CAST(age AS INTEGER)\"");
    assertThat(text.indexOf("\"expandedIn\": 3")).isLessThan(text.indexOf("\"expandedIn\": 6"));
    Snapshot read = SnapshotCodec.read(text);
    assertThat(read.expansions()).containsExactlyInAnyOrderElementsOf(snapshot.expansions());
    assertThat(read.pendingContracts()).extracting(e -> ((Expansion) e.expansion()).now().name()).containsExactly("age_years");
    assertThat(SnapshotCodec.write(read)).isEqualTo(text);
    assertThat(SnapshotCodec.write(rich())).as("without expand/contracts the format stays").contains("\"godwit\": 3,")
        .doesNotContain("expansions");
  }

  @Test
  void keysMovedByAColumnExpandContractRoundTripInFormatEight() throws Exception {
    Snapshot columns = withExpansions();
    Column email = new Column("email", ColumnType.varchar(255), true, false);
    Expansion mail = new Expansion("customer", email, email.withName("mail"), Optional.empty(), Optional.empty(),
        new dev.godwit.processor.diff.ExpansionKeys(
            List.of(new dev.godwit.processor.model.UniqueKey("UKold", List.of("email"), true)),
            List.of(new dev.godwit.processor.model.Index("idx_mail", List.of("email", "id desc"), false)),
            List.of(new dev.godwit.processor.model.UniqueKey("uk_mail", List.of("mail"), false)),
            List.of(new dev.godwit.processor.model.Index("idx_mail", List.of("mail", "id desc"), false))));
    List<ExpandContract> expanded = ExpandContract.after(columns.expansions(), 8,
        List.of(new dev.godwit.processor.diff.Change.ExpandColumn(mail)));
    Snapshot snapshot = new Snapshot(8, columns.schema(), columns.migrations(), expanded);
    String text = SnapshotCodec.write(snapshot);
    assertThat(text).contains("\"godwit\": 8,", "\"oldUniqueKeys\": [", "\"implicitName\": true", "\"oldIndexes\": [",
        "\"renamedUniqueKeys\": [", "\"renamedIndexes\": [");
    Snapshot read = SnapshotCodec.read(text);
    assertThat(read.expansions()).containsExactlyElementsOf(snapshot.expansions());
    assertThat(SnapshotCodec.write(read)).isEqualTo(text);
    assertThat(SnapshotCodec.write(columns)).as("expansions without keys keep format 4").contains("\"godwit\": 4,")
        .doesNotContain("oldUniqueKeys");
  }

  @Test
  void aMigrationRecordsItsExpandsAsPendingAndMarksItsContractsDone() {
    Snapshot snapshot = withExpansions();
    ExpandContract pending = snapshot.pendingContracts().get(0);
    Column email = new Column("email", ColumnType.varchar(255), true, false);
    Expansion mail = new Expansion("customer", email, email.withName("mail"), Optional.empty(), Optional.empty());
    List<ExpandContract> after = ExpandContract.after(snapshot.expansions(), 8, List.of(
        new dev.godwit.processor.diff.Change.ContractColumn((Expansion) pending.expansion()),
        new dev.godwit.processor.diff.Change.ExpandColumn(mail)));
    assertThat(after).containsExactly(snapshot.expansions().get(0), new ExpandContract(6, 8, pending.expansion()),
        new ExpandContract(8, 0, mail));
  }

  @Test
  void tableExpandContractsRoundTripInFormatSixAndAreMarkedDoneByTheirContract() throws Exception {
    Snapshot columns = withExpansions();
    Column id = new Column("id", ColumnType.of(TypeKind.BIGINT), false, true);
    Column name = new Column("name", ColumnType.varchar(100), false, false);
    TableExpansion client = new TableExpansion("customer", "client", List.of(id, name));
    List<ExpandContract> expanded = ExpandContract.after(columns.expansions(), 8,
        List.of(new dev.godwit.processor.diff.Change.ExpandTable(client)));
    assertThat(expanded).contains(new ExpandContract(8, 0, client));
    Snapshot snapshot = new Snapshot(8, columns.schema(), columns.migrations(), expanded);
    String text = SnapshotCodec.write(snapshot);
    assertThat(text).contains("\"godwit\": 6,", "\"table\": \"client\",\n      \"from\": \"customer\",");
    Snapshot read = SnapshotCodec.read(text);
    assertThat(read.expansions()).containsExactlyElementsOf(snapshot.expansions());
    assertThat(read.pendingContracts()).extracting(ExpandContract::expansion).contains(client);
    assertThat(SnapshotCodec.write(read)).isEqualTo(text);
    List<ExpandContract> contracted = ExpandContract.after(read.expansions(), 9,
        List.of(new dev.godwit.processor.diff.Change.ContractTable(client)));
    assertThat(contracted).contains(new ExpandContract(8, 9, client)).doesNotContain(new ExpandContract(8, 0, client));
  }

  @Test
  void checksumsRoundTripSortedByFile() throws Exception {
    Snapshot snapshot = rich();
    assertThat(SnapshotCodec.read(SnapshotCodec.write(snapshot)).migrations()).isEqualTo(snapshot.migrations());
    String text = SnapshotCodec.write(snapshot);
    assertThat(text.indexOf("h2/U1__create.sql")).isLessThan(text.indexOf("h2/V1__create.sql"));
  }

  @Test
  void emptySnapshotRoundTrips() throws Exception {
    assertThat(SnapshotCodec.read(SnapshotCodec.write(Snapshot.EMPTY))).isEqualTo(Snapshot.EMPTY);
  }

  static Stream<Arguments> corruptions() {
    String good = SnapshotCodec.write(rich());
    return Stream.of(
        Arguments.of("not JSON at all", "this is not json", "not valid JSON"),
        Arguments.of("truncated", good.substring(0, good.length() / 2), "not valid JSON"),
        Arguments.of("top level array", "[]", "$: expected a JSON object"),
        Arguments.of("missing format", good.replace("\"godwit\": 3,", ""), "$.godwit: missing"),
        Arguments.of("newer format", good.replace("\"godwit\": 3,", "\"godwit\": 14,"), "$.godwit: written by a newer Godwit (snapshot format 14"),
        Arguments.of("unknown delete action", good.replaceFirst("\"referencedColumns\": \\[", "\"onDelete\": \"explode\",\n\"referencedColumns\": ["),
            "$.tables[0].foreignKeys[0].onDelete: unknown delete action 'explode'"),
        Arguments.of("contract before its expand", SnapshotCodec.write(withExpansions())
            .replace("\"contractedIn\": 5", "\"contractedIn\": 2"),
            "$.expansions[0]: expandedIn must be a version and contractedIn a later one, found 3 and 2"),
        Arguments.of("expansion without its old column", SnapshotCodec.write(withExpansions())
            .replaceFirst("\"old\": \\{", "\"former\": {"), "$.expansions[0].old: missing"),
        Arguments.of("format not a number", good.replace("\"godwit\": 3,", "\"godwit\": \"3\","), "$.godwit: expected an integer"),
        Arguments.of("check without condition", good.replaceFirst("\"condition\": \"c_integer > 0\"", "\"x\": 1"),
            "$.tables[0].checks[1].condition: missing"),
        Arguments.of("empty comment", good.replaceFirst("\"comment\": \"orders\"", "\"comment\": \"\""),
            "$.tables[0].comment: expected a non-empty string"),
        Arguments.of("git merge conflict", good.replace("\"version\": 7,", "<<<<<<< HEAD\n  \"version\": 7,\n=======\n  \"version\": 8,\n>>>>>>> feature"),
            "Git merge conflict markers"),
        Arguments.of("checksum not a checksum", good.replace("\"sha256:", "\"md5:"),
            "$.migrations.h2/U1__create.sql: expected a \"sha256:...\" checksum"),
        Arguments.of("negative version", good.replace("\"version\": 7,", "\"version\": -1,"), "$.version"),
        Arguments.of("tables not an array", "{\"godwit\": 1, \"version\": 1, \"tables\": {}, \"sequences\": []}",
            "$.tables: expected an array"),
        Arguments.of("missing column name", good.replaceFirst("\"name\": \"c_boolean\",", ""),
            "$.tables[0].columns[1].name: missing"),
        Arguments.of("wrong boolean", good.replaceFirst("\"nullable\": false", "\"nullable\": \"no\""),
            "$.tables[0].columns[0].nullable: expected true or false"),
        Arguments.of("fractional length", good.replaceFirst("\"length\": 120", "\"length\": 1.5"),
            "$.tables[0].columns[9].length: expected an integer"),
        Arguments.of("unknown type", good.replaceFirst("\"type\": \"boolean\"", "\"type\": \"money\""),
            "$.tables[0].columns[1].type: unknown column type 'money'"),
        Arguments.of("empty string in a list", good.replaceFirst("\"primaryKey\": \\[\n        \"id\"", "\"primaryKey\": [\n        \"\""),
            "$.tables[0].primaryKey[0]: expected a non-empty string"),
        Arguments.of("foreign key without referenced table",
            good.replaceFirst("\"referencedTable\": \"customer\",", ""),
            "$.tables[0].foreignKeys[0].referencedTable: missing"),
        Arguments.of("sequence increment of the wrong type",
            good.replaceFirst("\"increment\": 1\n", "\"increment\": true\n"),
            "$.sequences[0].increment: expected an integer"),
        Arguments.of("sequence id column without its table",
            good.replaceFirst("\"increment\": 1\n", "\"increment\": 1,\n\"ids\": [{\"column\": \"id\"}]\n"),
            "$.sequences[0].ids[0].table: missing"),
        Arguments.of("sources without digests", SnapshotCodec.write(rich().withSources(new Sources(
            new InputDigests("00112233aabbccdd", Map.of("a.B", "0123456789abcdef"), Map.of()), Map.of("orders", "a.B"))),
            Optional.of("f")).replace("\"0123456789abcdef\"", "1"), "$.sources.types.a.B: expected a non-empty string"),
        Arguments.of("generator row without segment",
            good.replace("\"migrations\": {", "\"generatorRows\": [{\"table\": \"t\", \"segmentColumn\": \"s\", "
                + "\"valueColumn\": \"v\", \"value\": 1}],\n  \"migrations\": {"),
            "$.generatorRows[0].segment: missing"));
  }

  /** Whatever a corrupted snapshot holds, reading it gives a snapshot or says what is wrong: no other exception. */
  @Test
  void anyCorruptionIsASnapshotOrAFormatError() {
    String good = SnapshotCodec.write(withDialectNames(), Optional.of("0123456789abcdef"));
    String alphabet = "{}[]\",:0-.ntfe\\ x";
    java.util.Random random = new java.util.Random(3);
    int refused = 0;
    for (int i = 0; i < 5_000; i++) {
      StringBuilder text = new StringBuilder(good);
      for (int edit = random.nextInt(3); edit >= 0; edit--) {
        int at = random.nextInt(text.length());
        switch (random.nextInt(4)) {
          case 0 -> text.deleteCharAt(at);
          case 1 -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
          case 2 -> text.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
          default -> text.delete(at, Math.min(text.length(), at + random.nextInt(40)));
        }
      }
      try {
        SnapshotCodec.read(text.toString());
      } catch (SnapshotFormatException e) {
        refused++;
        assertThat(e.getMessage()).isNotBlank();
      }
    }
    assertThat(refused).isBetween(1_000, 4_900);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corruptions")
  void corruptInputNamesWhereItIsWrong(String name, String text, String expected) {
    assertThatThrownBy(() -> SnapshotCodec.read(text))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessageContaining(expected);
  }

  @Test
  void fixturesOfTheCorruptionsReallyDifferFromTheGoodText() {
    String good = SnapshotCodec.write(rich());
    corruptions().forEach(a -> assertThat(a.get()[1]).as("%s", a.get()[0]).isNotEqualTo(good));
  }
}
