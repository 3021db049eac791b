package dev.godwit.benchmarks.stages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.DiffHints;
import dev.godwit.processor.diff.SchemaDiff;
import org.junit.jupiter.api.Test;

/** The JMH inputs are what the benchmarks claim to measure. */
class StageStateTest {

  @Test
  void theSyntheticSchemaRoundTripsAndItsEditIsOneWideningAlter() throws Exception {
    StageState state = new StageState();
    state.tables = 200;
    state.setUp();

    assertThat(state.schema.tables()).hasSize(200);
    assertThat(state.schema.tables().stream().filter(t -> !t.foreignKeys().isEmpty())).hasSizeGreaterThan(50);
    assertThat(SchemaDiff.between(state.schema, state.sameSchema, DiffHints.NONE)).isEmpty();
    assertThat(state.editChanges).singleElement().isInstanceOf(Change.AlterColumn.class)
        .extracting(Change::describe).asString().contains("table_00100.name", "varchar(100)", "varchar(150)");
    assertThat(state.firstChanges.stream().filter(c -> c instanceof Change.CreateTable)).hasSize(200);
    assertThat(state.firstPlan.up()).isEqualTo(state.firstChanges);
  }
}
