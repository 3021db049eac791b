package dev.godwit.benchmarks.extraction;

import dev.godwit.processor.jpa.BeanValidationMode;
import dev.godwit.processor.jpa.EntityModel;
import dev.godwit.processor.jpa.EntityReader;
import dev.godwit.processor.jpa.Naming;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Extraction (entities to schema) on javac's elements, the stage the pure-stage benchmarks leave
 * out. Its growth from 1,000 to 5,000 entities shows whether any lookup scans the whole model per
 * entity: about 5 times for linear work, about 25 times for a quadratic step.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class ExtractionBenchmarks {

  @Benchmark
  public EntityModel read(ExtractionState state) {
    return new EntityReader(state.elements, state.types, Naming.SNAKE_CASE, BeanValidationMode.WARN).read(state.entityTypes);
  }
}
