package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.RuleCases.ack;
import static dev.godwit.processor.safety.RuleCases.check;
import static dev.godwit.processor.safety.RuleCases.codes;
import static dev.godwit.processor.safety.RuleCases.run;
import static dev.godwit.processor.testing.SchemaFixtures.notNull;
import static dev.godwit.processor.testing.SchemaFixtures.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddColumn;
import dev.godwit.processor.diff.Change.AlterColumn;
import dev.godwit.processor.diff.Change.CreateTable;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.TypeKind;
import dev.godwit.processor.testing.SchemaFixtures;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NotNullRuleTest {

  static final Column NAME = varchar("name", 100);

  static Stream<Arguments> flagged() {
    return Stream.of(
        Arguments.of(new AddColumn("customer", notNull(NAME), Optional.empty()), Code.NOT_NULL_WITHOUT_BACKFILL, "''"),
        Arguments.of(new AddColumn("customer", new Column("active", ColumnType.of(TypeKind.BOOLEAN), false, false),
            Optional.empty()), Code.NOT_NULL_WITHOUT_BACKFILL, "false"),
        Arguments.of(new AddColumn("customer", new Column("born", ColumnType.temporal(TypeKind.TIMESTAMP, 6), false, false),
            Optional.empty()), Code.NOT_NULL_WITHOUT_BACKFILL, "TIMESTAMP '1970-01-01 00:00:00'"),
        // a default of NULL gives the existing rows no value
        Arguments.of(new AddColumn("customer", notNull(NAME).withDefaultValue(Optional.of("null")), Optional.empty()),
            Code.NOT_NULL_WITHOUT_BACKFILL, "''"),
        Arguments.of(new AddColumn("customer", notNull(NAME).withDefaultValue(Optional.of(" NULL ")),
            Optional.empty()), Code.NOT_NULL_WITHOUT_BACKFILL, "''"));
  }

  @ParameterizedTest
  @MethodSource("flagged")
  void flagged(Change change, Code code, String hint) {
    assertThat(run(new NotNullRule(), change)).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(code);
      assertThat(f.table()).isEqualTo("customer");
      assertThat(f.message()).contains(hint);
    });
  }

  @ParameterizedTest
  @MethodSource("flagged")
  void acknowledged(Change change, Code code, String hint) {
    String column = change instanceof AddColumn add ? add.column().name() : ((AlterColumn) change).to().name();
    SafetyCheck.Result result = check(change, ack("customer." + column));
    assertThat(result.findings()).isEmpty();
    assertThat(result.acknowledged()).extracting(a -> a.finding().code()).containsExactly(code);
  }

  static Stream<Change> safe() {
    return Stream.of(
        new AddColumn("customer", NAME, Optional.empty()),
        new AddColumn("customer", notNull(NAME), Optional.of("'unknown'")),
        // a constant default fills the existing rows: a quoted string, a number, a boolean
        new AddColumn("customer", notNull(NAME).withDefaultValue(Optional.of("'unknown'")), Optional.empty()),
        new AddColumn("customer", notNull(NAME).withDefaultValue(Optional.of("'null'")), Optional.empty()),
        new AddColumn("customer", new Column("points", ColumnType.of(TypeKind.INTEGER), false, false)
            .withDefaultValue(Optional.of("0")), Optional.empty()),
        new AddColumn("customer", new Column("balance", ColumnType.of(TypeKind.DOUBLE), false, false)
            .withDefaultValue(Optional.of("-1.5")), Optional.empty()),
        new AddColumn("customer", new Column("active", ColumnType.of(TypeKind.BOOLEAN), false, false)
            .withDefaultValue(Optional.of("true")), Optional.empty()),
        // so does an expression; what it costs is GW431 (volatile) or GW434 (MySQL expression default)
        new AddColumn("customer", new Column("seen", ColumnType.temporal(TypeKind.TIMESTAMP, 6), false, false)
            .withDefaultValue(Optional.of("current_timestamp")), Optional.empty()),
        new AddColumn("customer", new Column("seq", ColumnType.of(TypeKind.BIGINT), false, true), Optional.empty()),
        new AlterColumn("customer", NAME, notNull(NAME), Optional.of("'unknown'")),
        new AlterColumn("customer", notNull(NAME), NAME, Optional.empty()),
        new CreateTable(SchemaFixtures.table("customer").column(notNull(NAME)).build()));
  }

  @ParameterizedTest
  @MethodSource("safe")
  void safeNeighbour(Change change) {
    assertThat(run(new NotNullRule(), change)).isEmpty();
    assertThat(codes(check(change))).doesNotContain(Code.NOT_NULL_WITHOUT_BACKFILL);
  }
}
