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
      assertThat(f.message()).contains("duplicates", "HAVING count(*) > 1", "CONCURRENTLY", "USING INDEX",
          "UNIQUE (" + (column.isPresent() ? "email" : "last, first") + "), ALGORITHM=INPLACE, LOCK=NONE",
          "H2 has no online form: it builds the index under an exclusive table lock");
    });
  }

  /** With the safe forms on, only H2 is left, and the message says what to do there. */
  @ParameterizedTest
  @MethodSource("flagged")
  void onH2TheMessageGivesItsOptionNotThePostgresqlForm(Change change, String target, Optional<String> column) {
    assertThat(RuleCases.runAll(new AddUniqueRule(), online(change))).singleElement().satisfies(f -> {
      assertThat(f.dialects()).containsExactly("h2");
      assertThat(f.message()).contains("maintenance window", "HAVING count(*) > 1")
          .doesNotContain("CONCURRENTLY", "ALGORITHM", "postgresql", "mysql");
    });
  }

  /** The three dialects with their safe forms written, as for a project's new migrations. */
  private static RuleContext online(Change change) {
    return new RuleContext(List.of(new dev.godwit.processor.dialect.PostgresDialect(dev.godwit.processor.dialect.Target.DEFAULT),
        new dev.godwit.processor.dialect.MySqlDialect(dev.godwit.processor.dialect.Target.DEFAULT),
        new dev.godwit.processor.dialect.H2Dialect()), dev.godwit.processor.model.Schema.EMPTY,
        dev.godwit.processor.model.Schema.EMPTY, List.of(change));
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
