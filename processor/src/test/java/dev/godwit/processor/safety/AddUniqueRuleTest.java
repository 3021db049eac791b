package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.RuleCases.ALL;
import static dev.godwit.processor.safety.RuleCases.ack;
import static dev.godwit.processor.safety.RuleCases.check;
import static dev.godwit.processor.safety.RuleCases.codes;
import static dev.godwit.processor.safety.RuleCases.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddUnique;
import dev.godwit.processor.diff.Change.CreateIndex;
import dev.godwit.processor.diff.Change.DropUnique;
import dev.godwit.processor.model.Index;
import dev.godwit.processor.model.UniqueKey;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AddUniqueRuleTest {
  static final UniqueKey EMAIL = new UniqueKey("uk_customer_email", List.of("email"), false);

  static Stream<Arguments> flagged() {
    return Stream.of(
        Arguments.of(new AddUnique("customer", EMAIL), "customer.uk_customer_email", Optional.of("email")),
        Arguments.of(new CreateIndex("customer", new Index("ux_customer_name", List.of("last", "first"), true)),
            "customer.ux_customer_name", Optional.empty()));
  }

  @ParameterizedTest
  @MethodSource("flagged")
  void flagged(Change change, String target, Optional<String> column) {
    assertThat(run(new AddUniqueRule(), change)).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(Code.ADD_UNIQUE);
      assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
      assertThat(f.dialects()).isEqualTo(ALL);
      assertThat(f.target()).isEqualTo(target);
      assertThat(f.column()).isEqualTo(column);
      assertThat(f.message()).contains("duplicates", "HAVING count(*) > 1", "CONCURRENTLY", "USING INDEX");
    });
  }

  @ParameterizedTest
  @MethodSource("flagged")
  void acknowledged(Change change, String target, Optional<String> column) {
    SafetyCheck.Result result = check(change, ack(target));
    assertThat(codes(result)).isEmpty();
    assertThat(result.acknowledged()).extracting(a -> a.finding().code()).containsExactly(Code.ADD_UNIQUE);
  }

  static Stream<Change> safe() {
    return Stream.of(new DropUnique("customer", EMAIL),
        new CreateIndex("customer", new Index("ix_customer_name", List.of("name"), false)));
  }

  @ParameterizedTest
  @MethodSource("safe")
  void safeNeighbour(Change change) {
    assertThat(run(new AddUniqueRule(), change)).isEmpty();
    assertThat(codes(check(change))).doesNotContain(Code.ADD_UNIQUE);
  }
}
