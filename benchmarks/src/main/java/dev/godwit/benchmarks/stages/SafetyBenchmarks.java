package dev.godwit.benchmarks.stages;

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

  @Benchmark
  public SafetyCheck.Result firstGeneration(StageState state) {
    return SafetyCheck.check(state.firstChanges, List.of());
  }

  @Benchmark
  public SafetyCheck.Result oneEdit(StageState state) {
    return SafetyCheck.check(state.editChanges, List.of());
  }
}
