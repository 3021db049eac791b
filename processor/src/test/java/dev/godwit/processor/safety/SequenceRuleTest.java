package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.RuleCases.ALL;
import static dev.godwit.processor.safety.RuleCases.ack;
import static dev.godwit.processor.safety.RuleCases.check;
import static dev.godwit.processor.safety.RuleCases.codes;
import static dev.godwit.processor.safety.RuleCases.context;
import static dev.godwit.processor.safety.RuleCases.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change.CreateSequence;
import dev.godwit.processor.diff.Change.DropSequence;
import dev.godwit.processor.model.Sequence;
import org.junit.jupiter.api.Test;

class SequenceRuleTest {
  static final RuleContext RECREATED = context(new DropSequence(new Sequence("order_seq", 1, 50)),
      new CreateSequence(new Sequence("order_seq", 1, 100)));

  @Test
  void flagged() {
    assertThat(run(new SequenceRule(), RECREATED)).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(Code.SEQUENCE_RECREATED);
      assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
      assertThat(f.dialects()).isEqualTo(ALL);
      assertThat(f.message()).contains("increment 50 to start 1 increment 100", "current value is lost");
    });
  }

  @Test
  void acknowledged() {
    SafetyCheck.Result result = check(RECREATED, ack("order_seq"));
    assertThat(codes(result)).isEmpty();
  }

  @Test
  void safeNeighbour() {
    RuleContext dropped = context(new DropSequence(new Sequence("order_seq", 1, 50)),
        new CreateSequence(new Sequence("invoice_seq", 1, 50)));
    assertThat(run(new SequenceRule(), dropped)).isEmpty();
    assertThat(codes(check(dropped))).doesNotContain(Code.SEQUENCE_RECREATED);
  }
}
