package dev.godwit.processor.plan;

import static dev.godwit.processor.testing.SchemaFixtures.bigint;
import static dev.godwit.processor.testing.SchemaFixtures.sequence;
import static dev.godwit.processor.testing.SchemaFixtures.table;
import static dev.godwit.processor.testing.SchemaFixtures.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddColumn;
import dev.godwit.processor.diff.Change.AddForeignKey;
import dev.godwit.processor.diff.Change.CreateSequence;
import dev.godwit.processor.diff.Change.CreateTable;
import dev.godwit.processor.diff.Change.DropColumn;
import dev.godwit.processor.diff.Change.RenameColumn;
import dev.godwit.processor.model.ForeignKey;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SlugsTest {
  static Change create(String name) {
    return new CreateTable(table(name).build());
  }

  static Change addEmail() {
    return new AddColumn("customer", varchar("email", 100), Optional.empty());
  }

  @Test
  void oneNewTable() {
    assertThat(Slugs.of(List.of(create("customer")))).isEqualTo("create_customer");
  }

  @Test
  void newTablesIgnoreTheirSequencesAndKeys() {
    List<Change> changes = List.of(new CreateSequence(sequence("orders_seq")), create("customer"), create("orders"),
        new AddForeignKey("orders", new ForeignKey("FK1", List.of("customer_id"), "customer", List.of("id")), true));
    assertThat(Slugs.of(changes)).isEqualTo("create_customer_orders");
  }

  @Test
  void camelCaseAndQuotedNamesBecomeSnakeCaseWords() {
    assertThat(Slugs.of(List.of(create("OrderLine"), create("`Order`")))).isEqualTo("create_order_line_order");
  }

  @Test
  void oneChangeUsesItsOwnSlug() {
    assertThat(Slugs.of(List.of(addEmail()))).isEqualTo("add_customer_email");
    assertThat(Slugs.of(List.of(new RenameColumn("customer", "name", "fullName", varchar("fullName", 100))))).isEqualTo("rename_customer_name_to_full_name");
  }

  @Test
  void twoChangesAreJoinedWithAnd() {
    assertThat(Slugs.of(List.of(addEmail(), new DropColumn("customer", bigint("fax")))))
        .isEqualTo("add_customer_email_and_drop_customer_fax");
  }

  @Test
  void moreChangesAreCounted() {
    assertThat(Slugs.of(List.of(addEmail(), new DropColumn("customer", bigint("fax")), create("orders"))))
        .isEqualTo("add_customer_email_and_2_more");
    List<Change> five = IntStream.range(0, 5).mapToObj(i -> create("t" + i)).toList();
    assertThat(Slugs.of(five)).isEqualTo("create_t0_and_4_more");
  }

  @Test
  void onlySecondaryChangesStillNameTheMigration() {
    assertThat(Slugs.of(List.of(new CreateSequence(sequence("invoice_seq"))))).isEqualTo("create_sequence_invoice_seq");
  }

  @Test
  void longSlugsAreCutAtEightyCharactersWithoutATrailingUnderscore() {
    String slug = Slugs.of(List.of(create("a_very_long_table_name_for_testing_purposes"),
        create("another_very_long_table_name_for_testing"), create("x")));
    assertThat(slug).hasSizeLessThanOrEqualTo(80).doesNotEndWith("_").startsWith("create_a_very_long_table_name");
    assertThat(Slugs.clean("a".repeat(79) + "_bcd")).isEqualTo("a".repeat(79));
  }

  @Test
  void cleanKeepsOnlyLowerCaseWordsAndDigits() {
    assertThat(Slugs.clean("Add `Order`.placedAt!!")).isEqualTo("add_order_placed_at");
    assertThat(Slugs.clean("___")).isEqualTo("migration");
    assertThat(Slugs.clean("v2Table")).isEqualTo("v2_table");
  }
}
