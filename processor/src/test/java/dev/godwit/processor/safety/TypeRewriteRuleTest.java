package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.RuleCases.ack;
import static dev.godwit.processor.safety.RuleCases.check;
import static dev.godwit.processor.safety.RuleCases.codes;
import static dev.godwit.processor.safety.RuleCases.run;
import static dev.godwit.processor.testing.SchemaFixtures.bigint;
import static dev.godwit.processor.testing.SchemaFixtures.integer;
import static dev.godwit.processor.testing.SchemaFixtures.numeric;
import static dev.godwit.processor.testing.SchemaFixtures.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AlterColumn;
import dev.godwit.processor.model.Column;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TypeRewriteRuleTest {
  static AlterColumn alter(Column from, Column to, String using) {
    return new AlterColumn("invoice", from, to.withName(from.name()), Optional.ofNullable(using));
  }

  static Stream<Arguments> flagged() {
    return Stream.of(
        Arguments.of(alter(integer("n"), bigint("n"), null), List.of("postgresql", "mysql", "h2"), "rewrites the table"),
        Arguments.of(alter(varchar("n", 50), varchar("n", 100), null), List.of("mysql", "h2"), "copies the whole table"),
        Arguments.of(alter(numeric("n", 10, 2), numeric("n", 12, 2), null), List.of("mysql", "h2"), "MODIFY COLUMN"),
        Arguments.of(alter(varchar("n", 10), integer("n"), "CAST(n AS INTEGER)"), List.of("postgresql", "mysql", "h2"),
            "expand/contract"));
  }

  @ParameterizedTest
  @MethodSource("flagged")
  void flagged(Change change, List<String> dialects, String says) {
    assertThat(run(new TypeRewriteRule(), change)).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(Code.TYPE_CHANGE_REWRITES);
      assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
      assertThat(f.dialects()).isEqualTo(dialects);
      assertThat(f.target()).isEqualTo("invoice.n");
      assertThat(f.message()).contains(says, "GW409");
    });
  }

  @ParameterizedTest
  @MethodSource("flagged")
  void acknowledged(Change change, List<String> dialects, String says) {
    SafetyCheck.Result result = check(change, ack("invoice.n", Code.TYPE_CHANGE_REWRITES));
    assertThat(codes(result)).doesNotContain(Code.TYPE_CHANGE_REWRITES);
    assertThat(result.acknowledged()).extracting(a -> a.finding().code()).contains(Code.TYPE_CHANGE_REWRITES);
  }

  /** Free on every dialect, or narrowing (NarrowingRule's). */
  static Stream<Change> safe() {
    return Stream.of(
        alter(varchar("n", 50), varchar("n", 50).withNullable(false), "''"),
        alter(bigint("n"), integer("n"), null));
  }

  @ParameterizedTest
  @MethodSource("safe")
  void safeNeighbour(Change change) {
    assertThat(run(new TypeRewriteRule(), change)).isEmpty();
    assertThat(codes(check(change))).doesNotContain(Code.TYPE_CHANGE_REWRITES);
  }

  @org.junit.jupiter.api.Test
  void freeChangesOnPostgresqlAreNotFlaggedThere() {
    for (Change change : List.of(alter(varchar("n", 50), varchar("n", 100), null),
        alter(numeric("n", 10, 2), numeric("n", 12, 2), null))) {
      assertThat(run(new TypeRewriteRule(), change)).singleElement()
          .satisfies(f -> assertThat(f.dialects()).doesNotContain("postgresql"));
    }
  }
}
