package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.RuleCases.ack;
import static dev.godwit.processor.safety.RuleCases.check;
import static dev.godwit.processor.safety.RuleCases.codes;
import static dev.godwit.processor.safety.RuleCases.migration;
import static dev.godwit.processor.safety.RuleCases.runAll;
import static dev.godwit.processor.testing.SchemaFixtures.bigint;
import static dev.godwit.processor.testing.SchemaFixtures.schema;
import static dev.godwit.processor.testing.SchemaFixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.model.OnDelete;
import dev.godwit.processor.model.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeleteActionRuleTest {
  static Schema orders(OnDelete action) {
    return schema(table("customer").build(),
        table("orders").column(bigint("customer_id")).foreignKey("FKorders_customer", "customer_id", "customer", action)
            .build());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "NO_ACTION, CASCADE, 'delete customer rows expecting the key to refuse it', 'now the database deletes those rows'",
    "RESTRICT, SET_NULL, 'expecting the key to refuse it', 'sets their keys to null'",
    "CASCADE, NO_ACTION, 'rely on the database to delete the referring orders rows', 'now fail on the key'",
    "CASCADE, SET_NULL, 'rely on the database', 'now keep those rows with null keys'",
    "SET_NULL, RESTRICT, 'expecting the key to set null the referring orders rows', 'refuses the delete'"
  })
  void flagged(OnDelete from, OnDelete to, String before, String after) {
    assertThat(runAll(new DeleteActionRule(), migration(orders(from), orders(to)))).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(Code.DELETE_ACTION_CHANGED);
      assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
      assertThat(f.target()).isEqualTo("orders.FKorders_customer");
      assertThat(f.column()).contains("customer_id");
      assertThat(f.dialects()).isEqualTo(RuleCases.ALL);
      assertThat(f.message()).contains("changes from " + from.sql() + " to " + to.sql(), before, after,
          "previous one stopped", "code = \"GW433\"");
    });
  }

  @Test
  void acknowledged() {
    SafetyCheck.Result result = check(migration(orders(OnDelete.NO_ACTION), orders(OnDelete.CASCADE)),
        ack("orders.FKorders_customer", Code.DELETE_ACTION_CHANGED));
    assertThat(codes(result)).doesNotContain(Code.DELETE_ACTION_CHANGED);
    assertThat(result.acknowledged()).extracting(a -> a.finding().code()).contains(Code.DELETE_ACTION_CHANGED);
  }

  @Test
  void safeNeighbour() {
    // a new table's key with an action, and a kept key whose action stays
    assertThat(runAll(new DeleteActionRule(), migration(Schema.EMPTY, orders(OnDelete.CASCADE)))).isEmpty();
    assertThat(runAll(new DeleteActionRule(), migration(orders(OnDelete.CASCADE), orders(OnDelete.CASCADE)))).isEmpty();
    // a new key with an action on a kept table
    Schema without = schema(table("customer").build(), table("orders").column(bigint("customer_id")).build());
    assertThat(runAll(new DeleteActionRule(), migration(without, orders(OnDelete.CASCADE)))).isEmpty();
  }
}
