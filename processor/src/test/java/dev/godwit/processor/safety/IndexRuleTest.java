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

  @org.junit.jupiter.api.Test
  void creatingAnIndexNamesTheColumnsAndWhatH2CanDo() {
    assertThat(run(new IndexRule(), new CreateIndex("customer", NAME))).singleElement().satisfies(f ->
        assertThat(f.message()).contains("CREATE INDEX CONCURRENTLY ix_customer_name ON customer (name), outside a transaction",
            "H2 has no online form: it builds the index under an exclusive table lock, so run it while nothing writes"));
    assertThat(RuleCases.runAll(new IndexRule(), online(new CreateIndex("customer", NAME)))).singleElement().satisfies(f -> {
      assertThat(f.dialects()).containsExactly("h2");
      assertThat(f.message()).contains("maintenance window").doesNotContain("CONCURRENTLY", "postgresql");
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
