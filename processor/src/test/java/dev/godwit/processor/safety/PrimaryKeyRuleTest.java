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
      assertThat(f.message()).contains("[id]", "[email]", "@AllowDestructive(value = \"customer\"",
          "The safe path takes two releases. First release: keep the key on [id] and declare @Column(unique = true,"
              + " nullable = false) on the field of email",
          "SELECT email, count(*) FROM customer GROUP BY email HAVING count(*) > 1", "Next release: move @Id to [email]");
    });
  }

  /** Foreign keys to the old key are named, and the first release moves them to the new key columns. */
  @Test
  void foreignKeysToTheOldKeyMoveInTheFirstRelease() {
    var before = dev.godwit.processor.testing.SchemaFixtures.schema(
        dev.godwit.processor.testing.SchemaFixtures.table("customer").column(bigint("region")).column(bigint("code")).build(),
        dev.godwit.processor.testing.SchemaFixtures.table("orders").column(bigint("customer_id"))
            .foreignKey("fk_orders_customer", "customer_id", "customer").build());
    RuleContext context = new RuleContext(RuleCases.dialects(), before, before,
        List.of(new AlterPrimaryKey("customer", List.of("id"), List.of("region", "code"))));
    assertThat(RuleCases.runAll(new PrimaryKeyRule(), context)).singleElement().satisfies(f ->
        assertThat(f.message()).contains("breaks foreign keys that reference the old key (orders.fk_orders_customer)",
            "@Table(uniqueConstraints = @UniqueConstraint(columnNames = {\"region\", \"code\"})) and @Column(nullable ="
                + " false) on the fields of region, code",
            "point the foreign keys that reference the old key at [region, code] (@JoinColumn(referencedColumnName ="
                + " \"region\"), one per column)"));
  }

  /** Once the previous release made the new key unique and NOT NULL, the message says the switch cannot fail on data. */
  @Test
  void aPreparedKeyIsSaidToBeReady() {
    var before = dev.godwit.processor.testing.SchemaFixtures.schema(dev.godwit.processor.testing.SchemaFixtures
        .table("customer").column(dev.godwit.processor.testing.SchemaFixtures.notNull(
            dev.godwit.processor.testing.SchemaFixtures.varchar("email", 100))).unique("uk_customer_email", "email").build());
    RuleContext context = new RuleContext(RuleCases.dialects(), before, before, List.of(CHANGE));
    assertThat(RuleCases.runAll(new PrimaryKeyRule(), context)).singleElement().satisfies(f ->
        assertThat(f.message()).contains("The previous release already made [email] unique (uk_customer_email) and NOT"
            + " NULL, so the switch cannot fail on duplicates or NULLs").doesNotContain("two releases"));
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
