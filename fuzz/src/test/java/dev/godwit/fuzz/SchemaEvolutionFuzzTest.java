package dev.godwit.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import dev.godwit.engines.Engine;
import dev.godwit.engines.Engines;
import dev.godwit.engines.H2Engine;
import dev.godwit.engines.MariaDbEngine;
import dev.godwit.engines.PostgresEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Model-based fuzzing of schema evolutions: for each seed a random model A and a random evolution
 * to B, compiled through Godwit, migrated with data on H2, PostgreSQL and MariaDB and compared with
 * Hibernate's own schema (see {@link EngineCheck}). {@code -Dgodwit.fuzz.seeds=N} runs seeds 1..N
 * (default {@value #DEFAULT_SEEDS}), {@code -Dgodwit.fuzz.seeds=A..B} seeds A to B, {@code =A,B,C} those seeds;
 * {@code -Dgodwit.fuzz.seed=S} runs seed S alone. A failing seed
 * prints a shrunk reproduction.
 */
@ExtendWith(Engines.class)
class SchemaEvolutionFuzzTest {
  static final int DEFAULT_SEEDS = 25;
  private static final Map<String, AtomicInteger> CHECKED = new ConcurrentHashMap<>();

  @TestFactory
  Stream<DynamicTest> evolutions(H2Engine h2, PostgresEngine postgres, MariaDbEngine mariadb, @TempDir Path work) {
    List<Engine> engines = List.of(h2, postgres, mariadb);
    FuzzRun run = new FuzzRun(work);
    return seeds().mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      Evolution evolution = EvolutionGenerator.generate(seed);
      List<Failure> failures = run.check(evolution, engines);
      for (Engine engine : engines) {
        if (failures.stream().noneMatch(f -> f.engine().equals("javac"))) {
          CHECKED.computeIfAbsent(engine.label(), k -> new AtomicInteger()).incrementAndGet();
        }
      }
      if (!failures.isEmpty()) {
        StringBuilder reports = new StringBuilder();
        for (Failure failure : failures) {
          reports.append(run.shrinkAndReport(evolution, failure, engines)).append('\n');
        }
        System.out.println(reports);
        fail(reports.toString());
      }
    }));
  }

  private static LongStream seeds() {
    String single = System.getProperty("godwit.fuzz.seed", "");
    if (!single.isBlank()) {
      return LongStream.of(Long.parseLong(single.strip()));
    }
    String count = System.getProperty("godwit.fuzz.seeds", "").strip();
    if (count.contains(",")) {
      return java.util.Arrays.stream(count.split(",")).mapToLong(s -> Long.parseLong(s.strip()));
    }
    if (count.contains("..")) {
      String[] range = count.split("\\.\\.");
      return LongStream.rangeClosed(Long.parseLong(range[0]), Long.parseLong(range[1]));
    }
    return LongStream.rangeClosed(1, count.isBlank() ? DEFAULT_SEEDS : Long.parseLong(count));
  }

  @AfterAll
  static void tally() {
    System.out.println("[fuzz] evolutions checked per engine: " + new TreeMap<>(CHECKED));
  }
}
