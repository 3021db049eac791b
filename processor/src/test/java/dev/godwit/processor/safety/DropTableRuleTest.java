package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.RuleCases.ack;
import static dev.godwit.processor.safety.RuleCases.check;
import static dev.godwit.processor.safety.RuleCases.codes;
import static dev.godwit.processor.safety.RuleCases.run;
import static dev.godwit.processor.testing.SchemaFixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.CreateTable;
import dev.godwit.processor.diff.Change.DropTable;
import dev.godwit.processor.diff.Change.RenameTable;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DropTableRuleTest {

  static Stream<Arguments> flagged() {
    return Stream.of(
        Arguments.of(new DropTable(table("customer").build()), "customer"),
        Arguments.of(new DropTable(table("`Order`").build()), "`Order`"));
  }

  @ParameterizedTest
  @MethodSource("flagged")
  void flagged(Change change, String table) {
    List<Finding> finding = run(new DropTableRule(), change);
    assertThat(finding).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(Code.DROP_TABLE);
      assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
      assertThat(f.table()).isEqualTo(table);
      assertThat(f.column()).isEmpty();
      assertThat(f.message()).contains("@Renamed", "@AllowDestructive");
    });
    assertThat(check(change).findings()).hasSize(1);
  }

  static Stream<Arguments> acknowledged() {
    return Stream.of(
        Arguments.of(new DropTable(table("customer").build()), "customer"),
        Arguments.of(new DropTable(table("customer").build()), "CUSTOMER"),
        Arguments.of(new DropTable(table("`Order`").build()), "order"));
  }

  @ParameterizedTest
  @MethodSource("acknowledged")
  void acknowledged(Change change, String target) {
    SafetyCheck.Result result = check(change, ack(target));
    assertThat(result.findings()).isEmpty();
    assertThat(result.acknowledged()).singleElement()
        .satisfies(a -> assertThat(a.acknowledgement().target()).isEqualTo(target))
        .satisfies(a -> assertThat(a.finding().code()).isEqualTo(Code.DROP_TABLE));
  }

  static Stream<Arguments> notCovering() {
    return Stream.of(
        Arguments.of(new DropTable(table("customer").build()), "customer.email"),
        Arguments.of(new DropTable(table("customer").build()), "customers"));
  }

  @ParameterizedTest
  @MethodSource("notCovering")
  void acknowledgementOfSomethingElseDoesNotCover(Change change, String target) {
    SafetyCheck.Result result = check(change, ack(target));
    assertThat(result.findings()).extracting(Finding::code).containsExactly(Code.DROP_TABLE);
    assertThat(result.acknowledged()).isEmpty();
  }

  static Stream<Change> safe() {
    return Stream.of(new CreateTable(table("customer").build()), new RenameTable("customer", "client", List.of()));
  }

  @ParameterizedTest
  @MethodSource("safe")
  void safeNeighbour(Change change) {
    assertThat(run(new DropTableRule(), change)).isEmpty();
    assertThat(codes(check(change))).doesNotContain(Code.DROP_TABLE);
  }
}
