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
          "VALIDATE CONSTRAINT fk_orders_customer", "missing customer",
          "SELECT count(*) FROM orders c LEFT JOIN customer p ON c.customer_id = p.id WHERE c.customer_id IS NOT NULL"
              + " AND p.id IS NULL",
          "only with foreign_key_checks = 0, which checks no existing row", "gh-ost does not handle foreign keys",
          "On mysql run this migration in a maintenance window", "H2 has no online form");
    });
  }

  /** Where PostgreSQL's online form is written, the message names what MySQL and H2 can do, not PostgreSQL's form. */
  @Test
  void onMysqlAndH2TheMessageGivesTheirOptionsNotThePostgresqlForm() {
    assertThat(RuleCases.runAll(new AddForeignKeyRule(), online(ADD))).singleElement().satisfies(f -> {
      assertThat(f.dialects()).containsExactly("mysql", "h2");
      assertThat(f.message()).contains("ALGORITHM=INPLACE, LOCK=NONE) only with foreign_key_checks = 0",
          "maintenance window", "H2 has no online form: it checks every row under an exclusive table lock")
          .doesNotContain("NOT VALID", "postgresql");
    });
  }

  /** The three dialects with their safe forms written, as for a project's new migrations. */
  private static RuleContext online(Change change) {
    return new RuleContext(List.of(new dev.godwit.processor.dialect.PostgresDialect(dev.godwit.processor.dialect.Target.DEFAULT),
        new dev.godwit.processor.dialect.MySqlDialect(dev.godwit.processor.dialect.Target.DEFAULT),
        new dev.godwit.processor.dialect.H2Dialect()), dev.godwit.processor.model.Schema.EMPTY,
        dev.godwit.processor.model.Schema.EMPTY, List.of(change));
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
