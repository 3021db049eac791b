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
import dev.godwit.processor.diff.Change.AlterColumn;
import dev.godwit.processor.model.Column;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DropNotNullRuleTest {
  static final Column NAME = varchar("name", 100);
  static final Change DROP = new AlterColumn("customer", notNull(NAME), NAME, Optional.empty());

  @Test
  void flagged() {
    assertThat(run(new DropNotNullRule(), DROP)).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(Code.DROP_NOT_NULL);
      assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
      assertThat(f.dialects()).isEqualTo(ALL);
      assertThat(f.message()).contains("undo script", "previous release",
          "first a release whose code accepts NULL in the attribute of name", "rather than a primitive",
          "@Column(name = \"name\", nullable = true)", "UPDATE customer SET name = ... WHERE name IS NULL");
    });
  }

  @Test
  void acknowledged() {
    SafetyCheck.Result result = check(DROP, ack("customer.name"));
    assertThat(codes(result)).isEmpty();
    assertThat(result.acknowledged()).extracting(a -> a.finding().code()).containsExactly(Code.DROP_NOT_NULL);
  }

  static Stream<Change> safe() {
    return Stream.of(new AlterColumn("customer", NAME, notNull(NAME), Optional.of("''")),
        new AlterColumn("customer", notNull(NAME), notNull(varchar("name", 200)), Optional.empty()));
  }

  @ParameterizedTest
  @MethodSource("safe")
  void safeNeighbour(Change change) {
    assertThat(run(new DropNotNullRule(), change)).isEmpty();
    assertThat(codes(check(change))).doesNotContain(Code.DROP_NOT_NULL);
  }
}
