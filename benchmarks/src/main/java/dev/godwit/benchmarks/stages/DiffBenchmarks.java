package dev.godwit.benchmarks.stages;

import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.DiffHints;
import dev.godwit.processor.diff.SchemaDiff;
import dev.godwit.processor.model.Schema;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** The schema diff in the three situations of a compile: first generation, no change, one edit. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DiffBenchmarks {

  @Benchmark
  public List<Change> firstGeneration(StageState state) {
    return SchemaDiff.between(Schema.EMPTY, state.schema, DiffHints.NONE);
  }

  @Benchmark
  public List<Change> noChange(StageState state) {
    return SchemaDiff.between(state.schema, state.sameSchema, DiffHints.NONE);
  }

  @Benchmark
  public List<Change> oneEdit(StageState state) {
    return SchemaDiff.between(state.schema, state.edited, DiffHints.NONE);
  }
}
