package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.RuleCases.ALL;
import static dev.godwit.processor.safety.RuleCases.ack;
import static dev.godwit.processor.safety.RuleCases.check;
import static dev.godwit.processor.safety.RuleCases.codes;
import static dev.godwit.processor.safety.RuleCases.context;
import static dev.godwit.processor.safety.RuleCases.run;
import static dev.godwit.processor.testing.SchemaFixtures.notNull;
import static dev.godwit.processor.testing.SchemaFixtures.schema;
import static dev.godwit.processor.testing.SchemaFixtures.table;
import static dev.godwit.processor.testing.SchemaFixtures.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change.AddColumn;
import dev.godwit.processor.diff.Change.AlterColumn;
import dev.godwit.processor.diff.Change.DropColumn;
import dev.godwit.processor.model.Schema;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class BackfillColumnRuleTest {
  static final Schema AFTER = schema(table("customer").column(varchar("email", 100)).column(notNull(varchar("tier", 20)))
      .column(varchar("`order`", 10)).build());

  static RuleContext addTier(String backfill) {
    return context(AFTER, new AddColumn("customer", notNull(varchar("tier", 20)), Optional.of(backfill)));
  }

  static Stream<Arguments> flagged() {
    return Stream.of(
        Arguments.of(addTier("BRONZE"), "BRONZE"),
        Arguments.of(addTier("lower(mail)"), "mail"),
        Arguments.of(addTier("coalesce(email, \"nickname\")"), "nickname"),
        Arguments.of(context(AFTER, new AlterColumn("customer", varchar("tier", 10), notNull(varchar("tier", 20)),
            Optional.of("upper(level)"))), "level"));
  }

  @ParameterizedTest
  @MethodSource("flagged")
  void flagged(RuleContext context, String missing) {
    assertThat(run(new BackfillColumnRule(), context)).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(Code.BACKFILL_UNKNOWN_COLUMN);
      assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
      assertThat(f.hint()).isEqualTo(Finding.Hint.BACKFILL);
      assertThat(f.dialects()).isEqualTo(ALL);
      assertThat(f.message()).contains("names " + missing + ",", "email, id, order, tier");
    });
  }

  @ParameterizedTest
  @MethodSource("flagged")
  void acknowledged(RuleContext context, String missing) {
    SafetyCheck.Result result = check(context, ack("customer.tier", Code.BACKFILL_UNKNOWN_COLUMN));
    assertThat(codes(result)).doesNotContain(Code.BACKFILL_UNKNOWN_COLUMN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"'BRONZE'", "lower(email)", "CASE WHEN email IS NULL THEN 'none' ELSE 'it''s' END",
      "CAST(id AS VARCHAR(20))", "TIMESTAMP '1970-01-01 00:00:00'", "1.5e3", "\"order\"", "`order`", "customer.email",
      "CURRENT_TIMESTAMP", "coalesce(old_name, '')"})
  void safeNeighbour(String backfill) {
    RuleContext context = context(AFTER, new AddColumn("customer", notNull(varchar("tier", 20)), Optional.of(backfill)),
        new DropColumn("customer", varchar("old_name", 10)));
    assertThat(run(new BackfillColumnRule(), context)).isEmpty();
    assertThat(codes(check(context))).doesNotContain(Code.BACKFILL_UNKNOWN_COLUMN);
  }
}
