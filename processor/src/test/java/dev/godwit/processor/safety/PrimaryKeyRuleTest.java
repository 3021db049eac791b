package dev.godwit.processor.safety;

import static dev.godwit.processor.testing.SchemaFixtures.bigint;
import static dev.godwit.processor.safety.RuleCases.ack;
import static dev.godwit.processor.safety.RuleCases.check;
import static dev.godwit.processor.safety.RuleCases.codes;
import static dev.godwit.processor.safety.RuleCases.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AlterPrimaryKey;
import dev.godwit.processor.diff.Change.RenameColumn;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrimaryKeyRuleTest {
  private static final Change CHANGE = new AlterPrimaryKey("customer", List.of("id"), List.of("email"));

  @Test
  void flagged() {
    List<Finding> finding = run(new PrimaryKeyRule(), CHANGE);
    assertThat(finding).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(Code.PRIMARY_KEY_CHANGE);
      assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
      assertThat(f.table()).isEqualTo("customer");
      assertThat(f.column()).isEmpty();
      assertThat(f.message()).contains("[id]", "[email]", "@AllowDestructive(value = \"customer\"");
    });
  }

  @Test
  void acknowledgedByTheTable() {
    SafetyCheck.Result result = check(CHANGE, ack("customer"));
    assertThat(result.findings()).isEmpty();
    assertThat(result.acknowledged()).singleElement()
        .satisfies(a -> assertThat(a.finding().code()).isEqualTo(Code.PRIMARY_KEY_CHANGE));
  }

  @Test
  void aColumnAcknowledgementDoesNotCoverIt() {
    assertThat(check(CHANGE, ack("customer.email")).findings()).extracting(Finding::code)
        .containsExactly(Code.PRIMARY_KEY_CHANGE);
  }

  @Test
  void safeNeighbour() {
    Change rename = new RenameColumn("customer", "id", "customer_id", bigint("customer_id"));
    assertThat(run(new PrimaryKeyRule(), rename)).isEmpty();
    assertThat(codes(check(rename))).doesNotContain(Code.PRIMARY_KEY_CHANGE);
  }
}
