package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.RuleCases.ALL;
import static dev.godwit.processor.safety.RuleCases.ack;
import static dev.godwit.processor.safety.RuleCases.check;
import static dev.godwit.processor.safety.RuleCases.codes;
import static dev.godwit.processor.safety.RuleCases.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddForeignKey;
import dev.godwit.processor.diff.Change.DropForeignKey;
import dev.godwit.processor.model.ForeignKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddForeignKeyRuleTest {
  static final ForeignKey KEY = new ForeignKey("fk_orders_customer", List.of("customer_id"), "customer", List.of("id"));
  static final Change ADD = new AddForeignKey("orders", KEY, false);

  @Test
  void flagged() {
    assertThat(run(new AddForeignKeyRule(), ADD)).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(Code.ADD_FOREIGN_KEY);
      assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
      assertThat(f.dialects()).isEqualTo(ALL);
      assertThat(f.target()).isEqualTo("orders.fk_orders_customer");
      assertThat(f.column()).contains("customer_id");
      assertThat(f.message()).contains("SHARE ROW EXCLUSIVE on both tables", "NOT VALID",
          "VALIDATE CONSTRAINT fk_orders_customer", "missing customer");
    });
  }

  @Test
  void acknowledged() {
    SafetyCheck.Result result = check(ADD, ack("orders.fk_orders_customer", Code.ADD_FOREIGN_KEY));
    assertThat(codes(result)).doesNotContain(Code.ADD_FOREIGN_KEY);
    assertThat(result.acknowledged()).extracting(a -> a.finding().code()).containsExactly(Code.ADD_FOREIGN_KEY);
  }

  @Test
  void safeNeighbour() {
    for (Change change : List.of(new AddForeignKey("orders", KEY, true), new DropForeignKey("orders", KEY, false))) {
      assertThat(run(new AddForeignKeyRule(), change)).isEmpty();
      assertThat(codes(check(change))).doesNotContain(Code.ADD_FOREIGN_KEY);
    }
  }
}
