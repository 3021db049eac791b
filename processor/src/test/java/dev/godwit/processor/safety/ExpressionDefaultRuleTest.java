package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.RuleCases.ack;
import static dev.godwit.processor.safety.RuleCases.check;
import static dev.godwit.processor.safety.RuleCases.codes;
import static dev.godwit.processor.safety.RuleCases.run;
import static dev.godwit.processor.testing.SchemaFixtures.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.dialect.H2Dialect;
import dev.godwit.processor.dialect.MySqlDialect;
import dev.godwit.processor.dialect.MySqlVersion;
import dev.godwit.processor.dialect.PostgresDialect;
import dev.godwit.processor.dialect.Target;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddColumn;
import dev.godwit.processor.diff.Change.AlterColumnDefault;
import dev.godwit.processor.diff.Change.CreateTable;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.testing.SchemaFixtures;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExpressionDefaultRuleTest {
  static Change add(String defaultValue) {
    Column quantity = SchemaFixtures.integer("quantity").withDefaultValue(Optional.of(defaultValue));
    return new AddColumn("customer", quantity, Optional.empty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"(2+5)", "(length('abc'))", " (1) "})
  void flagged(String defaultValue) {
    assertThat(run(new ExpressionDefaultRule(), add(defaultValue))).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(Code.EXPRESSION_DEFAULT);
      assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
      assertThat(f.dialects()).as("PostgreSQL keeps a non-volatile default in the catalog; H2 copies for any column")
          .containsExactly("mysql");
      assertThat(f.target()).isEqualTo("customer.quantity");
      assertThat(f.column()).contains("quantity");
      assertThat(f.message()).contains("error 1845", "copies the table", "without @ColumnDefault",
          "@ColumnDefault(\"" + defaultValue + "\") in the next release",
          "@AllowDestructive(value = \"customer.quantity\", code = \"GW434\"");
    });
  }

  /** With the safe forms on, the MySQL target asks for no INSTANT (the server would refuse it); a MariaDB target does. */
  @Test
  void flaggedForMySqlTargetsOnly() {
    MySqlDialect mysql = new MySqlDialect(Target.DEFAULT);
    MySqlDialect mariadb = new MySqlDialect(new Target(14, MySqlVersion.parse("mariadb-11.4"), true));
    RuleContext context = new RuleContext(List.of(new PostgresDialect(Target.DEFAULT), mysql, new H2Dialect()),
        Schema.EMPTY, Schema.EMPTY, List.of(add("(2+5)")));
    assertThat(RuleCases.runAll(new ExpressionDefaultRule(), context)).singleElement()
        .satisfies(f -> assertThat(f.dialects()).containsExactly("mysql"));
    RuleContext onMariaDb = new RuleContext(List.of(new PostgresDialect(Target.DEFAULT), mariadb, new H2Dialect()),
        Schema.EMPTY, Schema.EMPTY, List.of(add("(2+5)")));
    assertThat(RuleCases.runAll(new ExpressionDefaultRule(), onMariaDb)).isEmpty();
  }

  @Test
  void acknowledged() {
    SafetyCheck.Result result = check(add("(2+5)"), ack("customer.quantity", Code.EXPRESSION_DEFAULT));
    assertThat(codes(result)).doesNotContain(Code.EXPRESSION_DEFAULT);
    assertThat(result.acknowledged()).extracting(a -> a.finding().code()).containsExactly(Code.EXPRESSION_DEFAULT);
  }

  static Stream<Change> safe() {
    return Stream.of(add("7"), add("'7'"), add("-1"), add("null"), add("CURRENT_TIMESTAMP"),
        add("uuid()"), // volatile: GW431's
        new AddColumn("customer", varchar("token", 36), Optional.empty()),
        new CreateTable(SchemaFixtures.table("customer").column(SchemaFixtures.integer("quantity")
            .withDefaultValue(Optional.of("(2+5)"))).build()),
        new AlterColumnDefault("customer", "quantity", Optional.empty(), Optional.of("(2+5)")));
  }

  @ParameterizedTest
  @MethodSource("safe")
  void safeNeighbour(Change change) {
    assertThat(run(new ExpressionDefaultRule(), change)).isEmpty();
    assertThat(codes(check(change))).doesNotContain(Code.EXPRESSION_DEFAULT);
  }
}
