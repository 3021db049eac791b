package dev.godwit.benchmarks.stages;

import dev.godwit.processor.dialect.Dialect;
import dev.godwit.processor.dialect.Dialects;
import dev.godwit.processor.plan.ScriptRenderer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Rendering the up and down scripts of the first generation (every table) in one dialect. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class SqlBenchmarks {
  @Param({"postgresql", "mysql", "h2"})
  public String dialectName;

  private Dialect dialect;

  @Setup
  public void setUp() {
    dialect = Dialects.byName(dialectName).orElseThrow();
  }

  @Benchmark
  public String firstGenerationUp(StageState state) {
    return ScriptRenderer.up(state.firstPlan, dialect);
  }

  @Benchmark
  public String firstGenerationDown(StageState state) {
    return ScriptRenderer.down(state.firstPlan, dialect);
  }

  @Benchmark
  public String oneEditUp(StageState state) {
    return ScriptRenderer.up(state.editPlan, dialect);
  }
}
