package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.RuleCases.ack;
import static dev.godwit.processor.safety.RuleCases.check;
import static dev.godwit.processor.safety.RuleCases.codes;
import static dev.godwit.processor.safety.RuleCases.context;
import static dev.godwit.processor.testing.SchemaFixtures.integer;
import static dev.godwit.processor.testing.SchemaFixtures.notNull;
import static dev.godwit.processor.testing.SchemaFixtures.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change.AlterColumn;
import dev.godwit.processor.diff.Change.DropColumn;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Acknowledging one change never silences another. */
class SafetyCheckTest {
  /** Narrowing and set NOT NULL on one column: two findings with different codes on one target. */
  static final AlterColumn TWO_FINDINGS =
      new AlterColumn("customer", varchar("name", 100), notNull(varchar("name", 50)), Optional.empty());

  @Test
  void anEntryWithoutCodesNamingFindingsOfDifferentCodesAcknowledgesNoneAndIsAmbiguous() {
    SafetyCheck.Result result = check(TWO_FINDINGS, ack("customer.name"));
    assertThat(codes(result)).containsExactlyInAnyOrder(Code.NARROWING_CHANGE, Code.SET_NOT_NULL);
    assertThat(result.ambiguities()).singleElement()
        .satisfies(a -> assertThat(a.codes()).containsExactlyInAnyOrder(Code.NARROWING_CHANGE, Code.SET_NOT_NULL));
  }

  @Test
  void anEntryWithACodeAcknowledgesOnlyThatFinding() {
    SafetyCheck.Result result = check(TWO_FINDINGS, ack("customer.name", Code.NARROWING_CHANGE));
    assertThat(codes(result)).containsExactly(Code.SET_NOT_NULL);
    assertThat(result.acknowledged()).extracting(a -> a.finding().code()).containsExactly(Code.NARROWING_CHANGE);
    assertThat(result.ambiguities()).isEmpty();
  }

  @Test
  void anEntryForOneColumnLeavesTheSameFindingOnAnotherColumn() {
    RuleContext twoDrops = context(new DropColumn("customer", varchar("email", 100)),
        new DropColumn("customer", integer("age")));
    SafetyCheck.Result result = check(twoDrops, ack("customer.email"));
    assertThat(result.findings()).singleElement().satisfies(f -> assertThat(f.target()).isEqualTo("customer.age"));
    assertThat(result.used(ack("customer.email"))).isTrue();
    assertThat(result.used(ack("customer.phone"))).isFalse();
  }

  @Test
  void verdictsKeepTheChangeThatCausedThem() {
    SafetyCheck.Result result = check(TWO_FINDINGS);
    assertThat(result.verdicts()).extracting(SafetyCheck.Verdict::change).containsOnly(TWO_FINDINGS);
    assertThat(result.verdicts()).hasSize(2);
    assertThat(List.of(result.findings().get(0).dialects())).allMatch(d -> d.size() == 3);
  }
}
