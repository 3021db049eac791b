package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.RuleCases.ALL;
import static dev.godwit.processor.safety.RuleCases.ack;
import static dev.godwit.processor.safety.RuleCases.check;
import static dev.godwit.processor.safety.RuleCases.codes;
import static dev.godwit.processor.safety.RuleCases.run;
import static dev.godwit.processor.testing.SchemaFixtures.notNull;
import static dev.godwit.processor.testing.SchemaFixtures.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddColumn;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VolatileBackfillRuleTest {
  static Change add(String backfill) {
    return new AddColumn("customer", notNull(varchar("token", 36)), Optional.of(backfill));
  }

  @ParameterizedTest
  @ValueSource(strings = {"gen_random_uuid()", "RANDOM_UUID()", "cast(random() * 10 as integer)", "nextval ('s')"})
  void flagged(String backfill) {
    assertThat(run(new VolatileBackfillRule(), add(backfill))).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(Code.VOLATILE_BACKFILL);
      assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
      assertThat(f.hint()).isEqualTo(Finding.Hint.BACKFILL);
      assertThat(f.dialects()).isEqualTo(ALL);
      assertThat(f.message()).contains("every row", "@Backfill(\"''\")");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"gen_random_uuid()", "RANDOM_UUID()"})
  void acknowledged(String backfill) {
    SafetyCheck.Result result = check(add(backfill), ack("customer.token", Code.VOLATILE_BACKFILL));
    assertThat(codes(result)).doesNotContain(Code.VOLATILE_BACKFILL);
    assertThat(result.acknowledged()).extracting(a -> a.finding().code()).contains(Code.VOLATILE_BACKFILL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"'random()'", "now()", "CURRENT_TIMESTAMP", "lower('X')", "''"})
  void safeNeighbour(String backfill) {
    assertThat(run(new VolatileBackfillRule(), add(backfill))).isEmpty();
    assertThat(codes(check(add(backfill)))).doesNotContain(Code.VOLATILE_BACKFILL);
  }
}
