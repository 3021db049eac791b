package dev.godwit.benchmarks.stages;

import dev.godwit.processor.dialect.Dialect;
import dev.godwit.processor.dialect.Dialects;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.safety.RuleContext;
import dev.godwit.processor.safety.SafetyCheck;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** All safety rules over the changes of a first generation and of a one-column edit. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SafetyBenchmarks {
  private static final List<Dialect> DIALECTS = Dialects.NAMES.stream().map(n -> Dialects.byName(n).orElseThrow()).toList();

  @Benchmark
  public SafetyCheck.Result firstGeneration(StageState state) {
    return SafetyCheck.check(new RuleContext(DIALECTS, Schema.EMPTY, state.schema, state.firstChanges), List.of());
  }

  @Benchmark
  public SafetyCheck.Result oneEdit(StageState state) {
    return SafetyCheck.check(new RuleContext(DIALECTS, state.schema, state.edited, state.editChanges), List.of());
  }
}
