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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BackfillRewriteRuleTest {
  static final Change BACKFILLED = new AddColumn("customer", notNull(varchar("tier", 20)), Optional.of("'BRONZE'"));

  @Test
  void flagged() {
    assertThat(run(new BackfillRewriteRule(), BACKFILLED)).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(Code.BACKFILL_REWRITES_TABLE);
      assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
      assertThat(f.dialects()).isEqualTo(ALL);
      assertThat(f.message()).contains("one UPDATE writes every row", "in batches", "customer.tier");
    });
  }

  @Test
  void acknowledged() {
    SafetyCheck.Result result = check(BACKFILLED, ack("customer.tier", Code.BACKFILL_REWRITES_TABLE));
    assertThat(codes(result)).isEmpty();
    assertThat(result.acknowledged()).extracting(a -> a.finding().code()).containsExactly(Code.BACKFILL_REWRITES_TABLE);
  }

  static Stream<Change> safe() {
    return Stream.of(new AddColumn("customer", varchar("tier", 20), Optional.empty()),
        new AddColumn("customer", varchar("tier", 20), Optional.of("'BRONZE'")));
  }

  @ParameterizedTest
  @MethodSource("safe")
  void safeNeighbour(Change change) {
    assertThat(run(new BackfillRewriteRule(), change)).isEmpty();
    assertThat(codes(check(change))).doesNotContain(Code.BACKFILL_REWRITES_TABLE);
  }
}
