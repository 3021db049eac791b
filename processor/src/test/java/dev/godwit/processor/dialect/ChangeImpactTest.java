package dev.godwit.processor.dialect;

import static dev.godwit.processor.testing.SchemaFixtures.bigint;
import static dev.godwit.processor.testing.SchemaFixtures.notNull;
import static dev.godwit.processor.testing.SchemaFixtures.numeric;
import static dev.godwit.processor.testing.SchemaFixtures.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddColumn;
import dev.godwit.processor.diff.Change.AddForeignKey;
import dev.godwit.processor.diff.Change.AlterColumn;
import dev.godwit.processor.diff.Change.CreateIndex;
import dev.godwit.processor.diff.Change.CreateTable;
import dev.godwit.processor.diff.Change.RenameColumn;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.Index;
import dev.godwit.processor.testing.SchemaFixtures;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What each dialect does with today's SQL for a change: stalls writers as the table grows, or not. */
class ChangeImpactTest {
  private static final ForeignKey FK = new ForeignKey("fk_order_customer", List.of("customer_id"), "customer", List.of("id"));

  static Stream<Arguments> cases() {
    Change widenVarchar = new AlterColumn("customer", varchar("name", 50), varchar("name", 60), Optional.empty());
    Change widenPastPrefix = new AlterColumn("customer", varchar("name", 50), varchar("name", 100), Optional.empty());
    Change morePrecision = new AlterColumn("invoice", numeric("total", 10, 2), numeric("total", 12, 2), Optional.empty());
    Change intToBigint = new AlterColumn("invoice", SchemaFixtures.integer("n"), bigint("n"), Optional.empty());
    Change setNotNull = new AlterColumn("customer", varchar("name", 50), notNull(varchar("name", 50)), Optional.empty());
    Change addNullable = new AddColumn("customer", varchar("email", 100), Optional.empty());
    Change addBackfilled = new AddColumn("customer", notNull(varchar("email", 100)), Optional.of("''"));
    Change createIndex = new CreateIndex("customer", new Index("ix_name", List.of("name"), false));
    Change addFk = new AddForeignKey("orders", FK, false);
    Change addFkOfNewTable = new AddForeignKey("orders", FK, true);
    Change rename = new RenameColumn("customer", "name", "full_name", varchar("full_name", 100));
    Change create = new CreateTable(SchemaFixtures.table("customer").build());
    // change, stalls writers with table size on: postgresql, mysql, h2
    return Stream.of(
        Arguments.of(widenVarchar, false, false, true),
        Arguments.of(widenPastPrefix, false, true, true),
        Arguments.of(morePrecision, false, true, true),
        Arguments.of(intToBigint, true, true, true),
        Arguments.of(setNotNull, true, false, true),
        Arguments.of(addNullable, false, false, true),
        Arguments.of(addBackfilled, true, true, true),
        Arguments.of(createIndex, true, false, true),
        Arguments.of(addFk, true, true, true),
        Arguments.of(addFkOfNewTable, false, false, false),
        Arguments.of(rename, false, false, false),
        Arguments.of(create, false, false, false));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void stallsWritersWithTableSize(Change change, boolean postgres, boolean mysql, boolean h2) {
    assertThat(new PostgresDialect().impact(change).stallsWritersWithTableSize()).as("postgresql").isEqualTo(postgres);
    assertThat(new MySqlDialect().impact(change).stallsWritersWithTableSize()).as("mysql").isEqualTo(mysql);
    assertThat(new H2Dialect().impact(change).stallsWritersWithTableSize()).as("h2").isEqualTo(h2);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void everyImpactSaysHowItIsDone(Change change, boolean postgres, boolean mysql, boolean h2) {
    for (Dialect dialect : List.of(new PostgresDialect(), new MySqlDialect(), new H2Dialect())) {
      ChangeImpact impact = dialect.impact(change);
      assertThat(impact.howDone()).isNotBlank();
      assertThat(impact.lock()).isNotBlank();
      assertThat(!impact.rewritesTable() || impact.scalesWithTable()).as("a rewrite scales with the table").isTrue();
    }
  }
}
