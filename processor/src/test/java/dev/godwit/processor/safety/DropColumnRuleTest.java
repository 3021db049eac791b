package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.RuleCases.ack;
import static dev.godwit.processor.safety.RuleCases.check;
import static dev.godwit.processor.safety.RuleCases.codes;
import static dev.godwit.processor.safety.RuleCases.run;
import static dev.godwit.processor.testing.SchemaFixtures.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddColumn;
import dev.godwit.processor.diff.Change.DropColumn;
import dev.godwit.processor.diff.Change.RenameColumn;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DropColumnRuleTest {

  static Stream<Arguments> flagged() {
    return Stream.of(
        Arguments.of(new DropColumn("customer", varchar("email", 100)), "customer", "email"),
        Arguments.of(new DropColumn("`Order`", varchar("`group`", 100)), "`Order`", "`group`"));
  }

  @ParameterizedTest
  @MethodSource("flagged")
  void flagged(Change change, String table, String column) {
    List<Finding> finding = run(new DropColumnRule(), change);
    assertThat(finding).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(Code.DROP_COLUMN);
      assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
      assertThat(f.table()).isEqualTo(table);
      assertThat(f.column()).contains(column);
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"customer.email", "Customer.EMAIL"})
  void acknowledged(String target) {
    SafetyCheck.Result result = check(new DropColumn("customer", varchar("email", 100)), ack(target));
    assertThat(result.findings()).isEmpty();
    assertThat(result.acknowledged()).singleElement()
        .satisfies(a -> assertThat(a.finding().code()).isEqualTo(Code.DROP_COLUMN));
  }

  @ParameterizedTest
  @ValueSource(strings = {"order.group", "Order.group"})
  void acknowledgedByBareNamesOfQuotedIdentifiers(String target) {
    SafetyCheck.Result result = check(new DropColumn("`Order`", varchar("`group`", 100)), ack(target));
    assertThat(result.findings()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"customer", "customer.name", "client.email"})
  void acknowledgementOfSomethingElseDoesNotCover(String target) {
    SafetyCheck.Result result = check(new DropColumn("customer", varchar("email", 100)), ack(target));
    assertThat(result.findings()).extracting(Finding::code).containsExactly(Code.DROP_COLUMN);
  }

  static Stream<Change> safe() {
    return Stream.of(new AddColumn("customer", varchar("email", 100), Optional.empty()),
        new RenameColumn("customer", "mail", "email", varchar("email", 100)));
  }

  @ParameterizedTest
  @MethodSource("safe")
  void safeNeighbour(Change change) {
    assertThat(run(new DropColumnRule(), change)).isEmpty();
    assertThat(codes(check(change))).doesNotContain(Code.DROP_COLUMN);
  }
}
