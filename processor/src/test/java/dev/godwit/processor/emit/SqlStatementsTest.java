package dev.godwit.processor.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.dialect.Dialect;
import dev.godwit.processor.dialect.Dialects;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.DiffHints;
import dev.godwit.processor.diff.SchemaDiff;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.model.Table;
import dev.godwit.processor.model.TypeKind;
import dev.godwit.processor.plan.MigrationPlan;
import dev.godwit.processor.plan.ScriptRenderer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlStatementsTest {

  @Test
  void skipsCommentsAndBlankLinesAndDropsSemicolons() {
    String script = "-- header\n-- more\n\ncreate table a (id int);\n\n-- between\ndrop table b;\n";
    assertThat(SqlStatements.split(script)).containsExactly("create table a (id int)", "drop table b");
  }

  @Test
  void dollarQuotedStepsEndAtTheirOwnTag() {
    String script = "call pg_temp.godwit_retry($$alter table t drop column a$$);\n"
        + "call pg_temp.godwit_retry($step$alter table t alter column b set default 'x$$;\ny'$step$);\n"
        + "call pg_temp.godwit_retry($step$alter table t drop column x$$step$);\n";
    assertThat(SqlStatements.split(script)).containsExactly("call pg_temp.godwit_retry($$alter table t drop column a$$)",
        "call pg_temp.godwit_retry($step$alter table t alter column b set default 'x$$;\ny'$step$)",
        "call pg_temp.godwit_retry($step$alter table t drop column x$$step$)");
  }

  @Test
  void statementMaySpanLines() {
    assertThat(SqlStatements.split("create table a (\n  id int\n);\n")).containsExactly("create table a (\n  id int\n)");
  }

  @Test
  void semicolonsAndCommentMarkersInsideStringLiteralsDoNotSplit() {
    String script = "update t set x = 'a;\n-- not a comment\nb';\nupdate t set y = 'it''s;';\n";
    assertThat(SqlStatements.split(script))
        .containsExactly("update t set x = 'a;\n-- not a comment\nb'", "update t set y = 'it''s;'");
  }

  @Test
  void quotesInsideDollarBodiesAndDollarsInsideStringsChangeNothing() {
    String script = "do $godwit$\nbegin\n  raise notice 'it''s $$ here;';\nend;\n$godwit$;\n"
        + "insert into t values ('$x$ not a tag;', '$1');\n"
        + "select $a$ x ' y $b$ z; $a$ as q;\n";
    assertThat(SqlStatements.split(script)).containsExactly(
        "do $godwit$\nbegin\n  raise notice 'it''s $$ here;';\nend;\n$godwit$",
        "insert into t values ('$x$ not a tag;', '$1')",
        "select $a$ x ' y $b$ z; $a$ as q");
  }

  @Test
  void windowsLineEndsAndAMissingFinalSemicolon() {
    assertThat(SqlStatements.split("drop table a;\r\ndrop table b\r\n")).containsExactly("drop table a", "drop table b");
  }

  @Test
  void emptyScriptHasNoStatements() {
    assertThat(SqlStatements.split("-- only a comment\n\n")).isEmpty();
    assertThat(SqlStatements.split("")).isEmpty();
  }

  /** What the renderer writes, the splitter reads back: the statements of each change, in order. */
  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "mysql", "h2"})
  void splitsRenderedScriptsBackIntoTheDialectStatements(String name) {
    Dialect dialect = Dialects.byName(name).orElseThrow();
    Table before = new Table("customer", List.of(new Column("id", ColumnType.of(TypeKind.BIGINT), false, true),
        new Column("status", ColumnType.enumerated(TypeKind.ENUM_STRING, 20, List.of("A;B", "it's")), true, false)),
        List.of("id"), List.of(), List.of(), List.of());
    Table after = new Table("customer", List.of(before.columns().get(0),
        new Column("status", ColumnType.enumerated(TypeKind.ENUM_STRING, 20, List.of("A;B", "it's", "C")), true, false),
        new Column("note", ColumnType.varchar(10), false, false)),
        List.of("id"), List.of(), List.of(), List.of());
    List<Change> changes = SchemaDiff.between(new Schema(List.of(before), List.of()), new Schema(List.of(after), List.of()),
        new DiffHints(java.util.Map.of(), java.util.Map.of(), java.util.Map.of("customer", java.util.Map.of("note", "'x;\ny'"))));
    MigrationPlan plan = new MigrationPlan(2, "change", changes, List.of(), List.of("customer.note (GW404): ok;\nreally"));
    List<String> expected = java.util.stream.Stream.concat(dialect.preamble(changes).stream(),
        changes.stream().flatMap(c -> dialect.statements(c, dialect.transactional(changes)).stream())).toList();
    assertThat(SqlStatements.split(ScriptRenderer.up(plan, dialect))).isEqualTo(expected);
    assertThat(changes).extracting(Change::describe).anyMatch(d -> d.contains("backfill"));
  }
}
