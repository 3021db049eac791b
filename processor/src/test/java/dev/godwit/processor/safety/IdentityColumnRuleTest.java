package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.RuleCases.ack;
import static dev.godwit.processor.safety.RuleCases.check;
import static dev.godwit.processor.safety.RuleCases.codes;
import static dev.godwit.processor.safety.RuleCases.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddColumn;
import dev.godwit.processor.diff.Change.CreateTable;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.TypeKind;
import dev.godwit.processor.testing.SchemaFixtures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdentityColumnRuleTest {
  static final Column SEQ = new Column("seq", ColumnType.of(TypeKind.BIGINT), false, true);
  static final Change ADD = new AddColumn("customer", SEQ, Optional.empty());

  @Test
  void flagged() {
    assertThat(run(new IdentityColumnRule(), ADD)).satisfiesExactly(
        mysql -> {
          assertThat(mysql.code()).isEqualTo(Code.ADD_IDENTITY_COLUMN);
          assertThat(mysql.severity()).isEqualTo(Finding.Severity.ERROR);
          assertThat(mysql.dialects()).containsExactly("mysql");
          assertThat(mysql.message()).contains("must be a key");
        },
        others -> {
          assertThat(others.severity()).isEqualTo(Finding.Severity.WARNING);
          assertThat(others.dialects()).containsExactly("postgresql", "h2");
          assertThat(others.message()).contains("numbers every row", "in batches");
        });
  }

  @Test
  void acknowledged() {
    SafetyCheck.Result result = check(ADD, ack("customer.seq", Code.ADD_IDENTITY_COLUMN));
    assertThat(codes(result)).isEmpty();
    assertThat(result.acknowledged()).hasSize(2);
  }

  @Test
  void safeNeighbour() {
    for (Change change : List.of(new CreateTable(SchemaFixtures.table("customer").build()),
        new AddColumn("customer", new Column("n", ColumnType.of(TypeKind.BIGINT), false, false), Optional.of("0")))) {
      assertThat(run(new IdentityColumnRule(), change)).isEmpty();
    }
    assertThat(codes(check(new CreateTable(SchemaFixtures.table("customer").build())))).isEmpty();
  }
}
