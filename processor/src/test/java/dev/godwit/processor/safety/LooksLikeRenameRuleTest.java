package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.RuleCases.ALL;
import static dev.godwit.processor.safety.RuleCases.ack;
import static dev.godwit.processor.safety.RuleCases.check;
import static dev.godwit.processor.safety.RuleCases.codes;
import static dev.godwit.processor.safety.RuleCases.context;
import static dev.godwit.processor.safety.RuleCases.run;
import static dev.godwit.processor.testing.SchemaFixtures.notNull;
import static dev.godwit.processor.testing.SchemaFixtures.table;
import static dev.godwit.processor.testing.SchemaFixtures.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change.AddColumn;
import dev.godwit.processor.diff.Change.CreateTable;
import dev.godwit.processor.diff.Change.DropColumn;
import dev.godwit.processor.diff.Change.DropTable;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LooksLikeRenameRuleTest {
  static final AddColumn ADD_FULL_NAME = new AddColumn("customer", varchar("full_name", 100), Optional.empty());
  static final DropColumn DROP_NAME = new DropColumn("customer", varchar("name", 100));

  static Stream<Arguments> flagged() {
    return Stream.of(
        Arguments.of(context(ADD_FULL_NAME, DROP_NAME), "customer.full_name", "did you rename name to full_name?",
            "@Renamed(from = \"name\")"),
        Arguments.of(context(new CreateTable(table("client").column(varchar("name", 100)).build()),
                new DropTable(table("customer").column(varchar("name", 100)).build())),
            "client", "did you rename table customer to client?", "@Renamed(from = \"customer\")"));
  }

  @ParameterizedTest
  @MethodSource("flagged")
  void flagged(RuleContext context, String target, String question, String annotation) {
    assertThat(run(new LooksLikeRenameRule(), context)).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(Code.LOOKS_LIKE_RENAME);
      assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
      assertThat(f.dialects()).isEqualTo(ALL);
      assertThat(f.target()).isEqualTo(target);
      assertThat(f.message()).contains(question, annotation);
    });
  }

  /** The rule prepared for the migration (its drops indexed once) says the same as the rule asked alone. */
  @ParameterizedTest
  @MethodSource("flagged")
  void preparedForTheMigration(RuleContext context) {
    LooksLikeRenameRule rule = new LooksLikeRenameRule();
    assertThat(run(rule.in(context), context)).isEqualTo(run(rule, context)).hasSize(1);
  }

  /** Every dropped candidate is named, in plan order; a drop in another table or of another shape is not. */
  @Test
  void everyCandidateInPlanOrder() {
    RuleContext columns = context(ADD_FULL_NAME, new DropColumn("customer", varchar("nick", 100)),
        new DropColumn("invoice", varchar("label", 100)), new DropColumn("customer", varchar("code", 20)), DROP_NAME);
    RuleContext tables = context(new CreateTable(table("client").column(varchar("name", 100)).build()),
        new DropTable(table("customer").column(varchar("name", 100)).build()),
        new DropTable(table("buyer").column(varchar("name", 100)).build()),
        new DropTable(table("seller").column(varchar("name", 50)).build()));
    for (SafetyRule rule : List.of(new LooksLikeRenameRule(), new LooksLikeRenameRule().in(columns))) {
      assertThat(run(rule, columns)).singleElement()
          .satisfies(f -> assertThat(f.message()).contains("did you rename nick or name to full_name?"));
    }
    for (SafetyRule rule : List.of(new LooksLikeRenameRule(), new LooksLikeRenameRule().in(tables))) {
      assertThat(run(rule, tables)).singleElement()
          .satisfies(f -> assertThat(f.message()).contains("did you rename table customer or buyer to client?"));
    }
  }

  @ParameterizedTest
  @MethodSource("flagged")
  void acknowledged(RuleContext context, String target, String question, String annotation) {
    SafetyCheck.Result result = check(context, ack(target, Code.LOOKS_LIKE_RENAME));
    assertThat(codes(result)).doesNotContain(Code.LOOKS_LIKE_RENAME);
    assertThat(result.acknowledged()).extracting(a -> a.finding().code()).contains(Code.LOOKS_LIKE_RENAME);
  }

  static Stream<RuleContext> safe() {
    return Stream.of(
        context(new AddColumn("customer", varchar("full_name", 200), Optional.empty()), DROP_NAME),
        context(new AddColumn("customer", notNull(varchar("full_name", 100)), Optional.of("''")), DROP_NAME),
        context(new AddColumn("invoice", varchar("full_name", 100), Optional.empty()), DROP_NAME),
        context(ADD_FULL_NAME),
        context(new CreateTable(table("client").column(varchar("nick", 100)).build()),
            new DropTable(table("customer").column(varchar("name", 100)).build())));
  }

  @ParameterizedTest
  @MethodSource("safe")
  void safeNeighbour(RuleContext context) {
    assertThat(run(new LooksLikeRenameRule(), context)).isEmpty();
    assertThat(codes(check(context))).doesNotContain(Code.LOOKS_LIKE_RENAME);
  }
}
