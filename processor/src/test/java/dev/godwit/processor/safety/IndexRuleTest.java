package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.RuleCases.ack;
import static dev.godwit.processor.safety.RuleCases.check;
import static dev.godwit.processor.safety.RuleCases.codes;
import static dev.godwit.processor.safety.RuleCases.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.CreateIndex;
import dev.godwit.processor.diff.Change.CreateTable;
import dev.godwit.processor.diff.Change.DropIndex;
import dev.godwit.processor.model.Index;
import dev.godwit.processor.testing.SchemaFixtures;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IndexRuleTest {
  static final Index NAME = new Index("ix_customer_name", List.of("name"), false);

  static Stream<Arguments> flagged() {
    return Stream.of(
        Arguments.of(new CreateIndex("customer", NAME), Code.CREATE_INDEX_LOCKS, List.of("postgresql", "h2"),
            "CREATE INDEX CONCURRENTLY"),
        Arguments.of(new DropIndex("customer", NAME), Code.DROP_INDEX_LOCKS, List.of("postgresql"),
            "DROP INDEX CONCURRENTLY"));
  }

  @ParameterizedTest
  @MethodSource("flagged")
  void flagged(Change change, Code code, List<String> dialects, String online) {
    assertThat(run(new IndexRule(), change)).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(code);
      assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
      assertThat(f.dialects()).isEqualTo(dialects);
      assertThat(f.target()).isEqualTo("customer.ix_customer_name");
      assertThat(f.column()).isEmpty();
      assertThat(f.message()).contains(online);
    });
  }

  @ParameterizedTest
  @MethodSource("flagged")
  void acknowledged(Change change, Code code, List<String> dialects, String online) {
    SafetyCheck.Result result = check(change, ack("customer.ix_customer_name", code));
    assertThat(codes(result)).isEmpty();
    assertThat(result.acknowledged()).extracting(a -> a.finding().code()).containsExactly(code);
  }

  static Stream<Change> safe() {
    return Stream.of(new CreateTable(SchemaFixtures.table("customer").index("ix_customer_name", "name").build()),
        new CreateIndex("customer", new Index("ux_customer_name", List.of("name"), true)));
  }

  @ParameterizedTest
  @MethodSource("safe")
  void safeNeighbour(Change change) {
    assertThat(run(new IndexRule(), change)).isEmpty();
    assertThat(codes(check(change))).doesNotContain(Code.CREATE_INDEX_LOCKS, Code.DROP_INDEX_LOCKS);
  }
}
