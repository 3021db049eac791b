package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.RuleCases.ack;
import static dev.godwit.processor.safety.RuleCases.check;
import static dev.godwit.processor.safety.RuleCases.codes;
import static dev.godwit.processor.safety.RuleCases.context;
import static dev.godwit.processor.safety.RuleCases.run;
import static dev.godwit.processor.testing.SchemaFixtures.bigint;
import static dev.godwit.processor.testing.SchemaFixtures.schema;
import static dev.godwit.processor.testing.SchemaFixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.dialect.MySqlDialect;
import dev.godwit.processor.diff.Change.AddForeignKey;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.testing.SchemaFixtures.TableBuilder;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ForeignKeyIndexRuleTest {
  static TableBuilder orders() {
    return table("orders").column(bigint("customer_id")).column(bigint("shop_id"))
        .foreignKey("fk_orders_customer", "customer_id", "customer");
  }

  static RuleContext adding(Schema after) {
    AddForeignKey add = new AddForeignKey("orders", after.table("orders").orElseThrow().foreignKeys().get(0), true);
    return context(after, add);
  }

  @Test
  void flagged() {
    assertThat(run(new ForeignKeyIndexRule(), adding(schema(orders().build())))).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(Code.FOREIGN_KEY_WITHOUT_INDEX);
      assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
      assertThat(f.dialects()).containsExactly("postgresql");
      assertThat(f.column()).contains("customer_id");
      assertThat(f.message()).contains("@Table(indexes = @Index(name = \"ix_orders_customer_id\", columnList = \"customer_id\"))");
    });
  }

  @Test
  void theSuggestedIndexOfATableInASchemaIsNamedAfterTheTableAlone() {
    Schema after = schema(table("ledger.orders").column(bigint("customer_id"))
        .foreignKey("fk_orders_customer", "customer_id", "customer").build());
    AddForeignKey add = new AddForeignKey("ledger.orders", after.table("ledger.orders").orElseThrow().foreignKeys().get(0),
        true);
    assertThat(run(new ForeignKeyIndexRule(), context(after, add))).singleElement().satisfies(f -> assertThat(f.message())
        .contains("ledger.orders(customer_id) has no index", "@Index(name = \"ix_orders_customer_id\""));
  }

  @Test
  void acknowledged() {
    SafetyCheck.Result result = check(adding(schema(orders().build())), ack("orders.fk_orders_customer"));
    assertThat(codes(result)).isEmpty();
    assertThat(result.acknowledged()).extracting(a -> a.finding().code()).containsExactly(Code.FOREIGN_KEY_WITHOUT_INDEX);
  }

  static Stream<Schema> covered() {
    return Stream.of(
        schema(orders().index("ix_orders_customer", "customer_id").build()),
        schema(orders().index("ix_orders_customer_shop", "customer_id desc", "shop_id").build()),
        schema(orders().unique("uk_orders_customer", "customer_id").build()),
        schema(orders().primaryKey("customer_id", "id").build()));
  }

  @ParameterizedTest
  @MethodSource("covered")
  void safeNeighbour(Schema after) {
    assertThat(run(new ForeignKeyIndexRule(), adding(after))).isEmpty();
    assertThat(codes(check(adding(after)))).doesNotContain(Code.FOREIGN_KEY_WITHOUT_INDEX);
  }

  @Test
  void notReportedWithoutPostgresql() {
    Schema after = schema(orders().build());
    RuleContext mysqlOnly = new RuleContext(List.of(new MySqlDialect()), Schema.EMPTY, after, adding(after).changes());
    assertThat(run(new ForeignKeyIndexRule(), mysqlOnly)).isEmpty();
  }

  @Test
  void anIndexStartingWithAnotherColumnDoesNotCover() {
    Schema after = schema(orders().index("ix_orders_shop_customer", "shop_id", "customer_id").build());
    assertThat(run(new ForeignKeyIndexRule(), adding(after))).hasSize(1);
  }
}
