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
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SetNotNullRuleTest {
  static final Column NAME = varchar("name", 100);

  static Stream<Arguments> flagged() {
    return Stream.of(
        Arguments.of(new AlterColumn("customer", NAME, notNull(NAME), Optional.empty()), Code.SET_NOT_NULL,
            Finding.Severity.ERROR, ALL, "fails if any row holds NULL"),
        Arguments.of(new AlterColumn("customer", NAME, notNull(NAME), Optional.of("'unknown'")), Code.SET_NOT_NULL_SCANS,
            Finding.Severity.WARNING, List.of("postgresql", "h2"), "NOT VALID"));
  }

  @ParameterizedTest
  @MethodSource("flagged")
  void flagged(Change change, Code code, Finding.Severity severity, List<String> dialects, String says) {
    assertThat(run(new SetNotNullRule(), change)).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(code);
      assertThat(f.severity()).isEqualTo(severity);
      assertThat(f.dialects()).isEqualTo(dialects);
      assertThat(f.target()).isEqualTo("customer.name");
      assertThat(f.message()).contains(says);
    });
  }

  @ParameterizedTest
  @MethodSource("flagged")
  void acknowledged(Change change, Code code, Finding.Severity severity, List<String> dialects, String says) {
    SafetyCheck.Result result = check(change, ack("customer.name", code));
    assertThat(codes(result)).isEmpty();
    assertThat(result.acknowledged()).extracting(a -> a.finding().code()).containsExactly(code);
  }

  static Stream<Change> safe() {
    return Stream.of(new AlterColumn("customer", notNull(NAME), NAME, Optional.empty()),
        new AlterColumn("customer", NAME, varchar("name", 200), Optional.empty()));
  }

  @ParameterizedTest
  @MethodSource("safe")
  void safeNeighbour(Change change) {
    assertThat(run(new SetNotNullRule(), change)).isEmpty();
    assertThat(codes(check(change))).doesNotContain(Code.SET_NOT_NULL, Code.SET_NOT_NULL_SCANS);
  }
}
