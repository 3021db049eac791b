package dev.godwit.benchmarks.stages;

import dev.godwit.processor.snapshot.Snapshot;
import dev.godwit.processor.snapshot.SnapshotCodec;
import dev.godwit.processor.snapshot.SnapshotFormatException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** Reading and writing the snapshot file (JSON) of the whole schema. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SnapshotBenchmarks {

  @Benchmark
  public Snapshot read(StageState state) throws SnapshotFormatException {
    return SnapshotCodec.read(state.snapshotJson);
  }

  @Benchmark
  public String write(StageState state) {
    return SnapshotCodec.write(new Snapshot(1, state.schema));
  }
}
