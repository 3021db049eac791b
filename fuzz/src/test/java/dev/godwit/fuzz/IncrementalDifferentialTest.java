package dev.godwit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incremental read against the full read on random models and edits: model A is generated
 * (its snapshot sealed with the record of its inputs), then every prefix of a random evolution's
 * edits is generated from A's state twice, with {@code -Agodwit.incremental=true} and {@code false}.
 * Both must succeed or fail alike, say the same (Godwit's note of what it read aside) and write
 * the same files byte for byte.
 */
class IncrementalDifferentialTest {
  private static final int SEEDS = Integer.getInteger("godwit.incrementalSeeds", 10);
  private static final String READ_NOTE = "Godwit read ";

  @TempDir Path work;

  @Test
  void theIncrementalReadWritesWhatTheFullReadWrites() throws Exception {
    int sealed = 0;
    int incremental = 0;
    int compared = 0;
    for (long seed = 1; seed <= SEEDS; seed++) {
      Evolution evolution = EvolutionGenerator.generate(seed);
      Path root = work.resolve("seed-" + seed);
      Path state = root.resolve("a");
      GodwitCompiler.Result a = GodwitCompiler.compile(EntitySources.of(evolution.a()), state.resolve("snapshot.json"),
          state.resolve("migrations"), root.resolve("a-classes"), "generate");
      assertThat(a.success()).as("seed %d, A:%n%s", seed, a.diagnostics()).isTrue();
      if (!Files.readString(state.resolve("snapshot.json")).contains("\"sources\"")) {
        continue; // A's compile reported something: nothing sealed, nothing recorded to read from
      }
      sealed++;
      for (int edits = 1; edits <= evolution.mutations().size(); edits++) {
        Evolution prefix = evolution.with(evolution.a(), evolution.mutations().subList(0, edits));
        String described = "seed %d after %d edits (%s)".formatted(seed, edits,
            prefix.mutations().stream().map(Mutation::describe).toList());
        Path on = root.resolve("on-" + edits);
        Path off = root.resolve("off-" + edits);
        copy(state, on);
        copy(state, off);
        GodwitCompiler.Result read = generate(prefix, on, true);
        GodwitCompiler.Result all = generate(prefix, off, false);
        assertThat(read.success()).as(described).isEqualTo(all.success());
        assertThat(read.diagnostics().replace(on.toString(), "<project>")).as(described)
            .isEqualTo(all.diagnostics().replace(off.toString(), "<project>"));
        assertThat(all.notes()).as(described).noneMatch(n -> n.startsWith(READ_NOTE));
        assertThat(read.notes().stream().filter(n -> !n.startsWith(READ_NOTE)).map(n -> n.replace(on.toString(), "<project>")))
            .as(described).containsExactlyElementsOf(all.notes().stream().map(n -> n.replace(off.toString(), "<project>")).toList());
        assertThat(files(on)).as(described).isEqualTo(files(off));
        compared++;
        if (read.notes().stream().anyMatch(n -> n.startsWith(READ_NOTE) && !n.startsWith(READ_NOTE + "every entity"))) {
          incremental++;
        }
      }
    }
    System.out.println("incremental differential: " + sealed + " of " + SEEDS + " seeds sealed, " + incremental
        + " of " + compared + " edits read incrementally");
    assertThat(sealed).as("seeds whose A sealed its snapshot").isGreaterThan(SEEDS / 2);
    assertThat(incremental).as("edits read incrementally").isPositive();
  }

  private static GodwitCompiler.Result generate(Evolution evolution, Path project, boolean incremental) {
    return GodwitCompiler.compile(EntitySources.of(evolution.b()), project.resolve("snapshot.json"),
        project.resolve("migrations"), project.resolve("classes"), "generate", List.of("-Agodwit.incremental=" + incremental));
  }

  /** The snapshot, migrations and build seal of {@code project}, by relative path, its own path written {@code <project>}. */
  private static Map<String, String> files(Path project) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(project)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String relative = project.relativize(file).toString();
        if (!relative.startsWith("classes")) {
          files.put(relative, Files.readString(file).replace(project.toString(), "<project>"));
        }
      }
    }
    return files;
  }

  private static void copy(Path from, Path to) {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(file));
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
