package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.RuleCases.ALL;
import static dev.godwit.processor.safety.RuleCases.ack;
import static dev.godwit.processor.safety.RuleCases.check;
import static dev.godwit.processor.safety.RuleCases.codes;
import static dev.godwit.processor.safety.RuleCases.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.dialect.H2Dialect;
import dev.godwit.processor.dialect.MySqlDialect;
import dev.godwit.processor.dialect.PostgresDialect;
import dev.godwit.processor.dialect.Target;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddCheck;
import dev.godwit.processor.diff.Change.CreateTable;
import dev.godwit.processor.diff.Change.DropCheck;
import dev.godwit.processor.model.Check;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.testing.SchemaFixtures;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AddCheckRuleTest {
  static final Check NAMED = new Check(Optional.of("ck_positive"), Optional.empty(), "balance >= 0");
  static final Check ON_COLUMN = new Check(Optional.empty(), Optional.of("balance"), "balance >= 0");
  static final Check ON_TABLE = new Check(Optional.empty(), Optional.empty(), "balance >= 0");

  static Stream<Arguments> flagged() {
    return Stream.of(
        Arguments.of(new AddCheck("account", NAMED), "account.ck_positive", Optional.empty()),
        Arguments.of(new AddCheck("account", ON_COLUMN), "account.balance", Optional.of("balance")),
        Arguments.of(new AddCheck("account", ON_TABLE), "account", Optional.empty()));
  }

  @ParameterizedTest
  @MethodSource("flagged")
  void flagged(Change change, String target, Optional<String> column) {
    assertThat(run(new AddCheckRule(), change)).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(Code.ADD_CHECK);
      assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
      assertThat(f.dialects()).isEqualTo(ALL);
      assertThat(f.target()).isEqualTo(target);
      assertThat(f.column()).isEqualTo(column);
      assertThat(f.message()).contains("while reads and writes wait", "copies the table",
          "WHERE NOT (balance >= 0)", "NOT VALID", "VALIDATE CONSTRAINT",
          "@AllowDestructive(value = \"" + target + "\", code = \"GW432\"");
    });
  }

  /** PostgreSQL's NOT VALID + VALIDATE form clears it there; MySQL/MariaDB copy the table, H2 scans under its lock. */
  @Test
  void notReportedWherePostgresqlWritesTheOnlineForm() {
    RuleContext context = new RuleContext(List.of(new PostgresDialect(Target.DEFAULT), new MySqlDialect(Target.DEFAULT),
        new H2Dialect()), Schema.EMPTY, Schema.EMPTY, List.of(new AddCheck("account", NAMED)));
    assertThat(RuleCases.runAll(new AddCheckRule(), context)).singleElement().satisfies(f -> {
      assertThat(f.dialects()).containsExactly("mysql", "h2");
      assertThat(f.message()).contains("they refuse ALGORITHM=INPLACE for it", "on mysql run this migration in a"
          + " maintenance window", "pt-online-schema-change or gh-ost", "H2 has no online form: it reads every row")
          .doesNotContain("NOT VALID", "postgresql");
    });
    assertThat(new PostgresDialect(Target.DEFAULT).statements(new AddCheck("account", NAMED))).hasSize(3)
        .satisfies(steps -> assertThat(steps.get(0)).startsWith("do $godwit$")
        .contains("call pg_temp.godwit_retry($$alter table account drop constraint ck_positive$$)")).endsWith(
        "call pg_temp.godwit_retry($$alter table account add constraint ck_positive check (balance >= 0) not valid$$)",
        "call pg_temp.godwit_retry($$alter table account validate constraint ck_positive$$)");
  }

  @ParameterizedTest
  @MethodSource("flagged")
  void acknowledged(Change change, String target, Optional<String> column) {
    SafetyCheck.Result result = check(change, ack(target, Code.ADD_CHECK));
    assertThat(codes(result)).doesNotContain(Code.ADD_CHECK);
    assertThat(result.acknowledged()).extracting(a -> a.finding().code()).containsExactly(Code.ADD_CHECK);
  }

  @Test
  void acknowledgingAnotherCheckLeavesItReported() {
    SafetyCheck.Result result = check(new AddCheck("account", NAMED), ack("account.ck_other", Code.ADD_CHECK));
    assertThat(codes(result)).contains(Code.ADD_CHECK);
  }

  static Stream<Change> safe() {
    return Stream.of(new DropCheck("account", NAMED),
        new CreateTable(SchemaFixtures.table("account").column(SchemaFixtures.integer("balance")).build()));
  }

  @ParameterizedTest
  @MethodSource("safe")
  void safeNeighbour(Change change) {
    assertThat(run(new AddCheckRule(), change)).isEmpty();
    assertThat(codes(check(change))).doesNotContain(Code.ADD_CHECK);
  }
}
