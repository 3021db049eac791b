package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.RuleCases.ALL;
import static dev.godwit.processor.safety.RuleCases.ack;
import static dev.godwit.processor.safety.RuleCases.check;
import static dev.godwit.processor.safety.RuleCases.codes;
import static dev.godwit.processor.safety.RuleCases.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.CreateTable;
import dev.godwit.processor.diff.Change.RenameColumn;
import dev.godwit.processor.diff.Change.RenameTable;
import dev.godwit.processor.testing.SchemaFixtures;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RenameRuleTest {
  static Stream<Arguments> flagged() {
    return Stream.of(
        Arguments.of(new RenameColumn("product", "name", "title"), Code.RENAME_COLUMN, "product.title",
            "@Renamed(from = \"name\", strategy = Strategy.EXPAND_CONTRACT)"),
        Arguments.of(new RenameTable("customer", "client"), Code.RENAME_TABLE, "client", "create client next to customer"));
  }

  @ParameterizedTest
  @MethodSource("flagged")
  void flagged(Change change, Code code, String target, String expandContract) {
    assertThat(run(new RenameRule(), change)).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(code);
      assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
      assertThat(f.hint()).isEqualTo(Finding.Hint.RENAMED);
      assertThat(f.dialects()).isEqualTo(ALL);
      assertThat(f.target()).isEqualTo(target);
      assertThat(f.message()).contains("previous release", "expand/contract", expandContract);
    });
  }

  @ParameterizedTest
  @MethodSource("flagged")
  void acknowledged(Change change, Code code, String target, String expandContract) {
    SafetyCheck.Result result = check(change, ack(target));
    assertThat(codes(result)).isEmpty();
    assertThat(result.acknowledged()).extracting(a -> a.finding().code()).containsExactly(code);
  }

  @Test
  void safeNeighbour() {
    Change create = new CreateTable(SchemaFixtures.table("client").build());
    assertThat(run(new RenameRule(), create)).isEmpty();
    assertThat(codes(check(create))).isEmpty();
  }
}
