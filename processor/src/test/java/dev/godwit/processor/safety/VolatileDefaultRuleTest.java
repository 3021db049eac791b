package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.RuleCases.ack;
import static dev.godwit.processor.safety.RuleCases.check;
import static dev.godwit.processor.safety.RuleCases.codes;
import static dev.godwit.processor.safety.RuleCases.run;
import static dev.godwit.processor.testing.SchemaFixtures.notNull;
import static dev.godwit.processor.testing.SchemaFixtures.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.dialect.H2Dialect;
import dev.godwit.processor.dialect.MySqlDialect;
import dev.godwit.processor.dialect.PostgresDialect;
import dev.godwit.processor.dialect.Target;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddColumn;
import dev.godwit.processor.diff.Change.AlterColumnDefault;
import dev.godwit.processor.diff.Change.CreateTable;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.testing.SchemaFixtures;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class VolatileDefaultRuleTest {
  static Column token(String defaultValue) {
    return varchar("token", 36).withDefaultValue(Optional.of(defaultValue));
  }

  static Change add(String defaultValue) {
    return new AddColumn("customer", token(defaultValue), Optional.empty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"gen_random_uuid()", "uuid()", "RANDOM_UUID()", "cast(random() * 10 as integer)",
      "clock_timestamp()"})
  void flagged(String defaultValue) {
    assertThat(run(new VolatileDefaultRule(), add(defaultValue))).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(Code.VOLATILE_DEFAULT);
      assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
      assertThat(f.dialects()).as("H2 copies the table for any added column: the default changes nothing there")
          .containsExactly("postgresql", "mysql");
      assertThat(f.target()).isEqualTo("customer.token");
      assertThat(f.column()).contains("token");
      assertThat(f.hint()).isEqualTo(Finding.Hint.NONE);
      assertThat(f.message()).contains("every existing row gets its own value", "ACCESS EXCLUSIVE",
          "copies the table", "@ColumnDefault(\"" + defaultValue + "\") in the next release",
          "@AllowDestructive(value = \"customer.token\", code = \"GW431\"");
    });
  }

  /** With the safe forms on, PostgreSQL's lock timeout does not shorten a rewrite, and MySQL asks for no online clause. */
  @Test
  void flaggedWhereSafeFormsAreWritten() {
    RuleContext context = new RuleContext(List.of(new PostgresDialect(Target.DEFAULT), new MySqlDialect(Target.DEFAULT),
        new H2Dialect()), Schema.EMPTY, Schema.EMPTY, List.of(add("gen_random_uuid()")));
    assertThat(RuleCases.runAll(new VolatileDefaultRule(), context)).singleElement()
        .satisfies(f -> assertThat(f.dialects()).containsExactly("postgresql", "mysql"));
    assertThat(new PostgresDialect(Target.DEFAULT).impact(add("gen_random_uuid()")).safeForm()).isFalse();
    assertThat(new MySqlDialect(Target.DEFAULT).statements(add("uuid()")))
        .containsExactly("alter table customer add column token varchar(36) default uuid()");
    assertThat(new MySqlDialect(Target.DEFAULT).statements(add("'x'")))
        .containsExactly("alter table customer add column token varchar(36) default 'x', algorithm=instant");
  }

  @Test
  void acknowledged() {
    SafetyCheck.Result result = check(add("gen_random_uuid()"), ack("customer.token", Code.VOLATILE_DEFAULT));
    assertThat(codes(result)).doesNotContain(Code.VOLATILE_DEFAULT);
    assertThat(result.acknowledged()).extracting(a -> a.finding().code()).containsExactly(Code.VOLATILE_DEFAULT);
  }

  @Test
  void acknowledgingAnotherCodeOnTheColumnLeavesItReported() {
    SafetyCheck.Result result = check(add("gen_random_uuid()"), ack("customer.token", Code.VOLATILE_BACKFILL));
    assertThat(codes(result)).contains(Code.VOLATILE_DEFAULT);
  }

  static Stream<Change> safe() {
    return Stream.of(add("'n/a'"), add("now()"), add("CURRENT_TIMESTAMP"), add("'random()'"),
        new AddColumn("customer", varchar("token", 36), Optional.empty()),
        new AddColumn("customer", notNull(varchar("token", 36)), Optional.of("'x'")),
        new CreateTable(SchemaFixtures.table("customer").column(token("gen_random_uuid()")).build()),
        new AlterColumnDefault("customer", "token", Optional.empty(), Optional.of("gen_random_uuid()")));
  }

  @ParameterizedTest
  @MethodSource("safe")
  void safeNeighbour(Change change) {
    assertThat(run(new VolatileDefaultRule(), change)).isEmpty();
    assertThat(codes(check(change))).doesNotContain(Code.VOLATILE_DEFAULT);
  }
}
