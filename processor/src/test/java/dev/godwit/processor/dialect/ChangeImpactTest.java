package dev.godwit.processor.dialect;

import org.junit.jupiter.api.Test;
import dev.godwit.processor.model.TypeKind;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.Column;
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
    dev.godwit.processor.model.Check positive = new dev.godwit.processor.model.Check(Optional.of("qty_positive"),
        Optional.empty(), "qty >= 0");
    Change addCheck = new Change.AddCheck("stock", positive);
    Change dropCheck = new Change.DropCheck("stock", positive);
    Change newDefault = new Change.AlterColumnDefault("stock", "qty", Optional.of("0"), Optional.of("1"));
    Change commentColumn = new Change.CommentColumn("stock", varchar("note", 20).withComment(Optional.of("why")),
        Optional.empty());
    Change commentTable = new Change.CommentTable("stock", Optional.empty(), Optional.of("what we hold"));
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
        Arguments.of(create, false, false, false),
        Arguments.of(addCheck, true, true, true),
        Arguments.of(dropCheck, false, false, false),
        Arguments.of(newDefault, false, false, false),
        Arguments.of(commentColumn, false, false, false),
        Arguments.of(commentTable, false, false, false));
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

  /**
   * MySQL keeps an ordinal enum's range in a check constraint named after the column: renaming or
   * adding the column is metadata only, its check is not (re-added, it copies the table to check
   * every row). A schema MySQL does not keep costs nothing.
   */
  @Test
  void mysqlSaysWhenAnEnumsCheckCopiesTheTable() {
    Column state = new Column("state", ColumnType.enumerated(TypeKind.ENUM_ORDINAL, 0, List.of("NEW", "PAID")), true, false);
    Change renameEnum = new RenameColumn("orders", "status", "state", state);
    Change addEnum = new AddColumn("orders", state, Optional.empty());
    Change rename = new RenameColumn("customer", "name", "full_name", varchar("full_name", 100));
    for (MySqlDialect mysql : List.of(new MySqlDialect(), new MySqlDialect(Target.PLAIN))) {
      assertThat(mysql.statements(renameEnum)).anyMatch(s -> s.contains(" add constraint ") && s.contains(" check ("));
      assertThat(mysql.impact(renameEnum)).satisfies(i -> {
        assertThat(i.rewritesTable()).isTrue();
        assertThat(i.blocksWrites()).isTrue();
        assertThat(i.howDone()).doesNotEndWith("data dictionary only")
            .endsWith("then drops the column's check constraint (the enum's ordinal range) and adds it again under the new"
                + " name, which copies the table to check every row while writes wait");
      });
      assertThat(mysql.impact(addEnum).rewritesTable()).isTrue();
      assertThat(mysql.impact(addEnum).howDone()).contains("then adds the column's check constraint");
      assertThat(mysql.impact(rename).rewritesTable()).as("no check, no copy").isFalse();
      assertThat(mysql.impact(new Change.CreateSchema("billing")).howDone()).startsWith("nothing: MySQL keeps no schemas");
      assertThat(mysql.statements(new Change.CreateSchema("billing"))).isEmpty();
    }
  }
}
