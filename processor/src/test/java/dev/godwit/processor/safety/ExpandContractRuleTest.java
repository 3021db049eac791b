package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.RuleCases.ack;
import static dev.godwit.processor.safety.RuleCases.check;
import static dev.godwit.processor.safety.RuleCases.codes;
import static dev.godwit.processor.safety.RuleCases.run;
import static dev.godwit.processor.testing.SchemaFixtures.integer;
import static dev.godwit.processor.testing.SchemaFixtures.notNull;
import static dev.godwit.processor.testing.SchemaFixtures.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.dialect.MySqlDialect;
import dev.godwit.processor.dialect.PostgresDialect;
import dev.godwit.processor.dialect.Target;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.ExpandColumn;
import dev.godwit.processor.diff.Expansion;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.Schema;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExpandContractRuleTest {
  static ExpandColumn expand(Column old, Column now, String forward, String backward) {
    return new ExpandColumn(new Expansion("customer", old, now, Optional.ofNullable(forward), Optional.ofNullable(backward)));
  }

  static Stream<Arguments> flagged() {
    return Stream.of(
        Arguments.of(expand(notNull(varchar("name", 100)), notNull(varchar("full_name", 100)), null, null),
            Code.EXPAND_NOT_SYNCED, List.of("h2"), "H2's triggers are Java classes"),
        Arguments.of(expand(notNull(varchar("name", 100)), notNull(varchar("full_name", 100)), null, null),
            Code.BACKFILL_REWRITES_TABLE, List.of("postgresql", "mysql", "h2"), "one UPDATE writes every row"),
        Arguments.of(expand(varchar("age", 10), integer("age_years"), null, null),
            Code.NARROWING_CHANGE, List.of("postgresql", "mysql", "h2"), "@Backfill(reverse = "),
        Arguments.of(expand(varchar("nick", 10), notNull(varchar("handle", 10)), null, null),
            Code.SET_NOT_NULL, List.of("postgresql", "mysql", "h2"), "@Backfill(\"coalesce(nick, <value>)\")"),
        Arguments.of(expand(varchar("age", 10), integer("age_years"), "CAST(age || suffix AS INTEGER)", null),
            Code.BACKFILL_UNKNOWN_COLUMN, List.of("postgresql", "mysql", "h2"), "may name only age, not suffix"),
        Arguments.of(expand(varchar("age", 10), integer("age_years"), "CAST(age AS INTEGER)", "CAST(age AS VARCHAR(10))"),
            Code.BACKFILL_UNKNOWN_COLUMN, List.of("postgresql", "mysql", "h2"), "may name only age_years, not age"));
  }

  @ParameterizedTest
  @MethodSource("flagged")
  void flagged(Change change, Code code, List<String> dialects, String says) {
    assertThat(run(new ExpandContractRule(), change)).filteredOn(f -> f.code() == code).singleElement().satisfies(f -> {
      assertThat(f.dialects()).isEqualTo(dialects);
      assertThat(f.target()).isEqualTo("customer." + ((ExpandColumn) change).expansion().now().name());
      assertThat(f.message()).contains(says);
    });
  }

  @ParameterizedTest
  @MethodSource("flagged")
  void acknowledged(Change change, Code code, List<String> dialects, String says) {
    String target = "customer." + ((ExpandColumn) change).expansion().now().name();
    SafetyCheck.Result result = check(change, ack(target, code));
    assertThat(codes(result)).doesNotContain(code);
    assertThat(result.acknowledged()).extracting(a -> a.finding().code()).contains(code);
  }

  /** With PostgreSQL's safe forms the expand syncs and fills in batches: nothing to review there. */
  @Test
  void safeNeighbour() {
    ExpandColumn rename = expand(notNull(varchar("name", 100)), notNull(varchar("full_name", 100)), null, null);
    ExpandColumn retype = expand(varchar("age", 10), integer("age_years"), "CAST(age AS INTEGER)", "CAST(age_years AS"
        + " VARCHAR(10))");
    for (ExpandColumn change : List.of(rename, retype)) {
      RuleContext postgres = new RuleContext(List.of(new PostgresDialect(Target.DEFAULT)), Schema.EMPTY, Schema.EMPTY,
          List.of(change));
      assertThat(SafetyCheck.check(postgres, List.of()).findings()).as("%s", change).isEmpty();
    }
    RuleContext mysql = new RuleContext(List.of(new MySqlDialect(Target.DEFAULT)), Schema.EMPTY, Schema.EMPTY,
        List.of(rename));
    assertThat(codes(SafetyCheck.check(mysql, List.of()))).as("MySQL syncs, but fills in one statement")
        .containsExactly(Code.BACKFILL_REWRITES_TABLE);
    assertThat(run(new ExpandContractRule(), new Change.ContractColumn(rename.expansion()))).isEmpty();
  }

  /**
   * A table's expand: flagged on H2 only, which has no updatable view (the previous release breaks);
   * acknowledged by its table; PostgreSQL and MySQL keep the old name as a view, nothing to review.
   */
  @Test
  void aTableExpandIsReviewedOnH2Only() {
    Change.ExpandTable expand = new Change.ExpandTable(new dev.godwit.processor.diff.TableExpansion("customer", "client",
        List.of(varchar("name", 100))));
    List<Finding> findings = run(new ExpandContractRule(), expand);
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(Code.EXPAND_NOT_SYNCED);
      assertThat(f.target()).isEqualTo("client");
      assertThat(f.dialects()).containsExactly("h2");
      assertThat(f.message()).contains("cannot keep customer as an updatable view");
    });
    SafetyCheck.Result acknowledged = check(expand, ack("client", Code.EXPAND_NOT_SYNCED));
    assertThat(codes(acknowledged)).doesNotContain(Code.EXPAND_NOT_SYNCED);
    RuleContext viewing = new RuleContext(List.of(new PostgresDialect(Target.DEFAULT), new MySqlDialect(Target.DEFAULT)),
        Schema.EMPTY, Schema.EMPTY, List.of(expand));
    assertThat(SafetyCheck.check(viewing, List.of()).findings()).isEmpty();
    assertThat(run(new ExpandContractRule(), new Change.ContractTable(expand.expansion()))).isEmpty();
  }
}
