package dev.godwit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compiler;
import dev.godwit.processor.testing.ForkedJavac;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the compiler (SIGKILL) at random points while Godwit writes a migration, then checks that
 * no half-written file is visible, that a new snapshot never stands without its files, and that
 * the next compilation ends with exactly the files an uninterrupted one writes. The writer pauses
 * before each move (a test-only system property) so kills land inside the write, not only
 * around it. {@code -Dgodwit.kill.trials=500} runs a soak.
 */
class InterruptedWriteTest {
  private static final int TRIALS = Integer.getInteger("godwit.kill.trials", 8);
  private static final long PAUSE_MILLIS = 25;

  @Test
  void killingTheCompilerAnywhereNeverLeavesAMigrationHalfWritten(@TempDir Path work) throws Exception {
    Path sources = Path.of(getClass().getClassLoader().getResource("fixtures/generation/fixtures/shop").toURI());
    Path reference = work.resolve("reference");
    assertThat(compileInProcess(reference)).succeeded();
    Map<String, String> expected = ProcessorFixturesTest.files(reference);
    String expectedSnapshot = expected.get("godwit/snapshot.json");
    int files = expected.size();

    Random random = new Random(42);
    Map<String, Integer> landed = new TreeMap<>();
    for (int trial = 0; trial < TRIALS; trial++) {
      Path root = work.resolve("trial-" + trial);
      Path journal = root.resolve("godwit/.snapshot.json.godwit-journal");
      List<String> command = ForkedJavac.command(ForkedJavac.currentJdk(), sources, root.resolve("javac"), List.of(
          "-Agodwit.snapshot=" + root.resolve("godwit/snapshot.json"), "-Agodwit.output=" + root.resolve("db/migration")),
          List.of("-Dgodwit.test.pauseBetweenMovesMillis=" + PAUSE_MILLIS));
      Process javac = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(root.resolve("javac.log").toFile()).start();
      if (trial % 4 == 3) {
        Thread.sleep(random.nextInt(2500));
      } else {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(journal) && javac.isAlive() && System.nanoTime() < deadline) {
          Thread.sleep(1);
        }
        Thread.sleep(random.nextInt((int) (PAUSE_MILLIS * (files + 1))));
      }
      javac.destroyForcibly().waitFor();

      Map<String, String> left = ProcessorFixturesTest.files(root.resolve("godwit"));
      Map<String, String> visible = visibleMigrations(root);
      landed.merge(Files.exists(journal) ? "inside the write" : visible.isEmpty() ? "before the write" : "after the write", 1,
          Integer::sum);
      for (Map.Entry<String, String> file : visible.entrySet()) {
        assertThat(file.getValue()).as("trial %d: %s is whole", trial, file.getKey()).isEqualTo(expected.get(file.getKey()));
      }
      if (expectedSnapshot.equals(left.get("snapshot.json"))) {
        assertThat(visible).as("trial %d: the new snapshot stands with all its files", trial).hasSize(files - 1);
      }

      assertThat(compileInProcess(root)).succeeded();
      Map<String, String> after = ProcessorFixturesTest.files(root);
      after.keySet().removeIf(name -> name.startsWith("javac") || name.equals("javac.log"));
      assertThat(after).as("trial %d: the next compilation completes the migration exactly", trial).isEqualTo(expected);
    }
    System.out.println("InterruptedWriteTest: kills landed " + landed);
    if (TRIALS >= 8) {
      assertThat(landed.getOrDefault("inside the write", 0)).as("kills inside the write: %s", landed).isGreaterThanOrEqualTo(2);
    }
  }

  private static com.google.testing.compile.Compilation compileInProcess(Path root) {
    return Compiler.javac().withProcessors(new GodwitProcessor()).withOptions(
        "-Agodwit.snapshot=" + root.resolve("godwit/snapshot.json"), "-Agodwit.output=" + root.resolve("db/migration"))
        .compile(ProcessorFixturesTest.shop());
  }

  /** The V and U files under {@code db/migration}, by path relative to {@code root}. */
  private static Map<String, String> visibleMigrations(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    Path migrations = root.resolve("db/migration");
    if (!Files.exists(migrations)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(migrations)) {
      for (Path file : walk.filter(f -> f.getFileName().toString().matches("[VU][0-9]+__.*\\.sql")).toList()) {
        files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1));
      }
    }
    return files;
  }
}
