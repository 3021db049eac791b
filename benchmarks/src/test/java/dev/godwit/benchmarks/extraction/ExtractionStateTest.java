package dev.godwit.benchmarks.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.jpa.EntityModel;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/** The extraction benchmark reads a whole, valid model: every entity becomes a table and nothing is reported. */
class ExtractionStateTest {

  @Test
  void theBenchmarkReadsEveryEntityOfTheModelWithoutProblems() throws Exception {
    ExtractionState state = new ExtractionState();
    state.entities = 60;
    state.setUp();

    EntityModel model = new ExtractionBenchmarks().read(state);

    assertThat(model.problems()).noneMatch(p -> p.kind() == Diagnostic.Kind.ERROR);
    assertThat(model.entities().values()).hasSizeGreaterThanOrEqualTo(60);
    assertThat(model.schema().tables()).hasSizeGreaterThan(60); // with the join tables of @ManyToMany
  }
}
