package dev.godwit.fuzz;

import dev.godwit.engines.Engine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs evolutions: compiles each once, checks it on every engine, and shrinks what fails. */
final class FuzzRun {
  private final Path work;
  private final AtomicInteger attempts = new AtomicInteger();

  FuzzRun(Path work) {
    this.work = work;
  }

  /** The failures of one evolution: one compile failure, or one per engine that failed. */
  List<Failure> check(Evolution evolution, List<Engine> engines) {
    Compilation compilation;
    long start = System.nanoTime();
    try {
      compilation = Compilation.of(evolution, folder());
    } catch (Failure.Exception e) {
      return List.of(e.failure());
    }
    StringBuilder timing = new StringBuilder("[fuzz] seed " + evolution.seed() + ": compile " + millis(start));
    List<Failure> failures = new ArrayList<>();
    for (Engine engine : engines) {
      long engineStart = System.nanoTime();
      check(compilation, engine).ifPresent(failures::add);
      timing.append(", ").append(engine.label()).append(' ').append(millis(engineStart));
    }
    System.out.println(timing.append(" ms"));
    return failures;
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static Optional<Failure> check(Compilation compilation, Engine engine) {
    try {
      new EngineCheck(compilation, engine).run();
      return Optional.empty();
    } catch (Failure.Exception e) {
      return Optional.of(e.failure());
    } catch (RuntimeException e) {
      return Optional.of(new Failure("unexpected exception", engine.label(), e.toString()));
    }
  }

  /** The smallest evolution found that still fails the same way, and its report. */
  String shrinkAndReport(Evolution evolution, Failure failure, List<Engine> engines) {
    if (!Boolean.parseBoolean(System.getProperty("godwit.fuzz.shrink", "true"))) {
      return report(evolution, evolution, failure);
    }
    List<Engine> failing = engines.stream().filter(e -> e.label().equals(failure.engine())).toList();
    Shrinker shrinker = new Shrinker(candidate -> check(candidate, failing.isEmpty() ? List.of() : failing).stream()
        .anyMatch(failure::sameKind));
    Evolution smallest = shrinker.shrink(evolution);
    Failure last = check(smallest, failing).stream().filter(failure::sameKind).findFirst().orElse(failure);
    return report(evolution, smallest, last);
  }

  private String report(Evolution original, Evolution smallest, Failure failure) {
    StringBuilder text = new StringBuilder();
    text.append("=== Godwit fuzz failure: ").append(failure.step()).append(" [").append(failure.engine()).append("], seed ")
        .append(original.seed()).append(" (shrunk from ").append(original.mutations().size()).append(" edits and ")
        .append(original.a().entities().size()).append(" entities to ").append(smallest.mutations().size())
        .append(" and ").append(smallest.a().entities().size()).append(")\n");
    text.append(failure.details()).append("\n\n--- edits\n");
    smallest.mutations().forEach(m -> text.append(m.describe()).append('\n'));
    sources(text, "A", EntitySources.of(smallest.a()));
    sources(text, "B", EntitySources.of(smallest.b()));
    try {
      Compilation compilation = Compilation.of(smallest, folder());
      String dialect = switch (failure.engine()) {
        case "mariadb" -> "mysql";
        case "javac" -> "postgresql";
        default -> failure.engine();
      };
      for (String prefix : List.of(Compilation.V1, Compilation.V2, Compilation.U2)) {
        text.append("\n--- ").append(prefix).append(" (").append(dialect).append(")\n")
            .append(compilation.script(dialect, prefix));
      }
    } catch (Failure.Exception e) {
      text.append("\n(no SQL: ").append(e.getMessage()).append(")\n");
    }
    text.append("\nReproduce: mvn -pl fuzz test -Dgodwit.fuzz.seed=").append(original.seed()).append('\n');
    return text.toString();
  }

  private static void sources(StringBuilder text, String label, Map<String, String> sources) {
    sources.forEach((path, source) -> text.append("\n--- ").append(label).append(": ").append(path).append('\n').append(source));
  }

  private Path folder() {
    try {
      return Files.createDirectories(work.resolve("run-" + attempts.incrementAndGet()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
