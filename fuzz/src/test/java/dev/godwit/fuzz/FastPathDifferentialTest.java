package dev.godwit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.snapshot.SnapshotCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The no-change fast path against the ordinary path on random models and edits: model A is
 * generated (its snapshot sealed with A's inputs), then every prefix of a random evolution's edits
 * is checked ({@code godwit.mode=check}) once against the sealed snapshot and once against the
 * same snapshot unsealed, which forces the ordinary path. Both must end alike, with the same
 * diagnostics: an edit that changes the schema but not the input fingerprint would pass the sealed
 * check through the fast path and fail the unsealed one with GW502.
 */
class FastPathDifferentialTest {
  private static final int SEEDS = Integer.getInteger("godwit.fastPathSeeds", 12);

  @TempDir Path work;

  @Test
  void aSealedSnapshotNeverHidesAnEdit() throws Exception {
    int sealed = 0;
    int changed = 0;
    for (long seed = 1; seed <= SEEDS; seed++) {
      Evolution evolution = EvolutionGenerator.generate(seed);
      Path root = work.resolve("seed-" + seed);
      Path snapshot = root.resolve("snapshot.json");
      Path migrations = root.resolve("migrations");
      GodwitCompiler.Result a = GodwitCompiler.compile(EntitySources.of(evolution.a()), snapshot, migrations,
          root.resolve("a"), "generate");
      assertThat(a.success()).as("seed %d, A:%n%s", seed, a.diagnostics()).isTrue();
      String text = Files.readString(snapshot);
      if (!text.contains("\"inputs\"")) {
        continue; // A's compile reported something: nothing sealed, nothing to compare
      }
      sealed++;
      String unsealed = SnapshotCodec.write(SnapshotCodec.read(text));
      for (int edits = 0; edits <= evolution.mutations().size(); edits++) {
        Evolution prefix = evolution.with(evolution.a(), evolution.mutations().subList(0, edits));
        List<GodwitCompiler.Result> results = new java.util.ArrayList<>();
        for (String state : List.of(text, unsealed)) {
          Files.writeString(snapshot, state);
          results.add(GodwitCompiler.compile(EntitySources.of(prefix.b()), snapshot, migrations,
              root.resolve("b" + edits + "-" + results.size()), "check"));
        }
        String described = "seed %d after %d edits (%s)".formatted(seed, edits,
            prefix.mutations().stream().map(Mutation::describe).toList());
        assertThat(results.get(0).success()).as(described).isEqualTo(results.get(1).success());
        assertThat(results.get(0).diagnostics()).as(described).isEqualTo(results.get(1).diagnostics());
        if (edits == 0) {
          assertThat(results.get(0).success()).as("%s: A itself", described).isTrue();
        } else if (!results.get(1).success()) {
          changed++;
        }
      }
      Files.writeString(snapshot, text);
    }
    assertThat(sealed).as("seeds whose A sealed its snapshot").isGreaterThan(SEEDS / 2);
    assertThat(changed).as("edits the ordinary check refused").isGreaterThan(SEEDS);
  }
}
