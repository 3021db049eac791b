package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.RuleCases.ack;
import static dev.godwit.processor.safety.RuleCases.check;
import static dev.godwit.processor.safety.RuleCases.codes;
import static dev.godwit.processor.safety.RuleCases.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change.AlterColumn;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.TypeKind;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NarrowingRuleTest {

  static AlterColumn alter(ColumnType from, ColumnType to) {
    return new AlterColumn("item", new Column("c", from, true, false), new Column("c", to, true, false), Optional.empty());
  }

  static ColumnType of(TypeKind kind) {
    return ColumnType.of(kind);
  }

  static ColumnType stringEnum(String... values) {
    return ColumnType.enumerated(TypeKind.ENUM_STRING, 255, List.of(values));
  }

  static ColumnType ordinalEnum(String... values) {
    return ColumnType.enumerated(TypeKind.ENUM_ORDINAL, 0, List.of(values));
  }

  static Stream<Arguments> flagged() {
    return Stream.of(
        Arguments.of("shorter varchar", ColumnType.varchar(200), ColumnType.varchar(100)),
        Arguments.of("shorter varbinary", ColumnType.varbinary(255), ColumnType.varbinary(16)),
        Arguments.of("smaller integer", of(TypeKind.BIGINT), of(TypeKind.INTEGER)),
        Arguments.of("less precision", ColumnType.numeric(12, 2), ColumnType.numeric(10, 2)),
        Arguments.of("other scale", ColumnType.numeric(10, 2), ColumnType.numeric(10, 3)),
        Arguments.of("fewer fractional seconds", ColumnType.temporal(TypeKind.TIMESTAMP, 6), ColumnType.temporal(TypeKind.TIMESTAMP, 3)),
        Arguments.of("double to real", of(TypeKind.DOUBLE), of(TypeKind.REAL)),
        Arguments.of("clob to varchar", of(TypeKind.CLOB), ColumnType.varchar(255)),
        Arguments.of("shorter char", new ColumnType(TypeKind.CHAR, 3, 0, 0, List.of()), new ColumnType(TypeKind.CHAR, 2, 0, 0, List.of())),
        Arguments.of("long clob to sized clob", of(TypeKind.CLOB), new ColumnType(TypeKind.CLOB, 255, 0, 0, List.of())),
        Arguments.of("string to number", ColumnType.varchar(20), of(TypeKind.INTEGER)),
        Arguments.of("removed enum constant", stringEnum("A", "B", "C"), stringEnum("A", "C")),
        Arguments.of("reordered ordinal enum", ordinalEnum("LOW", "HIGH"), ordinalEnum("HIGH", "LOW")),
        Arguments.of("ordinal constant inserted in the middle", ordinalEnum("LOW", "HIGH"), ordinalEnum("LOW", "MID", "HIGH")),
        Arguments.of("string enum to ordinal", stringEnum("A", "B"), ordinalEnum("A", "B")),
        Arguments.of("timestamp with time zone to without", ColumnType.temporal(TypeKind.TIMESTAMP_UTC, 6),
            ColumnType.temporal(TypeKind.TIMESTAMP, 6)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("flagged")
  void flagged(String name, ColumnType from, ColumnType to) {
    assertThat(run(new NarrowingRule(), alter(from, to))).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(Code.NARROWING_CHANGE);
      assertThat(f.table()).isEqualTo("item");
      assertThat(f.column()).contains("c");
      assertThat(f.message()).contains(from.describe(), to.describe());
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("flagged")
  void acknowledged(String name, ColumnType from, ColumnType to) {
    SafetyCheck.Result result = check(alter(from, to), ack("item.c"));
    assertThat(result.findings()).isEmpty();
    assertThat(result.acknowledged()).extracting(a -> a.finding().code()).containsExactly(Code.NARROWING_CHANGE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("flagged")
  void backfillConversionIsAcceptedInstead(String name, ColumnType from, ColumnType to) {
    AlterColumn plain = alter(from, to);
    AlterColumn converted = new AlterColumn("item", plain.from(), plain.to(), Optional.of("substring(c, 1, 10)"));
    assertThat(run(new NarrowingRule(), converted)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aChangedColumnDefinitionIsFlaggedBecauseItIsOpaque() {
    Column from = new Column("c", ColumnType.varchar(20), true, false).withDefinition(Optional.of("varchar(20)"));
    Column to = from.withDefinition(Optional.of("varchar(40)"));
    assertThat(run(new NarrowingRule(), new AlterColumn("item", from, to, Optional.empty()))).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("from varchar(20) to varchar(40)"));
    assertThat(run(new NarrowingRule(), new AlterColumn("item", from, to, Optional.of("c")))).isEmpty();
  }

  static Stream<Arguments> safe() {
    return Stream.of(
        Arguments.of("longer varchar", ColumnType.varchar(100), ColumnType.varchar(200)),
        Arguments.of("larger integer", of(TypeKind.SMALLINT), of(TypeKind.BIGINT)),
        Arguments.of("more precision same scale", ColumnType.numeric(10, 2), ColumnType.numeric(12, 2)),
        Arguments.of("real to double", of(TypeKind.REAL), of(TypeKind.DOUBLE)),
        Arguments.of("varchar to clob", ColumnType.varchar(255), of(TypeKind.CLOB)),
        Arguments.of("varbinary to blob", ColumnType.varbinary(255), of(TypeKind.BLOB)),
        Arguments.of("sized blob to long blob", new ColumnType(TypeKind.BLOB, 255, 0, 0, List.of()), of(TypeKind.BLOB)),
        Arguments.of("more fractional seconds", ColumnType.temporal(TypeKind.TIME, 3), ColumnType.temporal(TypeKind.TIME, 6)),
        Arguments.of("added string enum constant", stringEnum("A", "B"), stringEnum("A", "B", "C")),
        Arguments.of("appended ordinal constant", ordinalEnum("LOW", "HIGH"), ordinalEnum("LOW", "HIGH", "URGENT")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("safe")
  void safeNeighbour(String name, ColumnType from, ColumnType to) {
    assertThat(run(new NarrowingRule(), alter(from, to))).isEmpty();
    assertThat(codes(check(alter(from, to)))).doesNotContain(Code.NARROWING_CHANGE);
  }
}
