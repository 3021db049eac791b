package dev.godwit.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.testing.FixtureCompiler;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator switches of {@code generator_continuity} (v1 -> v2) each break instances of the
 * previous release still running during a rolling deploy: each is a review warning on the id field of
 * its entity, with its own code, and {@code @AllowDestructive} naming the id and the code silences it.
 * Invoice's allocation size grows (harmless) and Sticker keeps its row: no finding on them.
 */
class GeneratorSwitchFindingsTest {
  /** Entity -> the code of the finding on its id. */
  private static final Map<String, String> EXPECTED = Map.of(
      "Ticket", "GW428", "Coupon", "GW426", "Lot", "GW426", "Parcel", "GW427", "Payment", "GW429", "Stamp", "GW429");

  @TempDir Path dir;

  private FixtureCompiler.Result compile(Path at, String version, UnaryOperator<String> edit) throws IOException {
    return FixtureCompiler.compile(FixtureCompiler.sources("generator_continuity/" + version), edit,
        at.resolve("classes-" + version), List.of("-Agodwit.snapshot=" + at.resolve("snapshot.json"),
            "-Agodwit.output=" + at.resolve("migration")));
  }

  @Test
  void eachSwitchIsAWarningOnTheIdField() throws IOException {
    assertThat(compile(dir, "v1", t -> t).success()).isTrue();
    FixtureCompiler.Result v2 = compile(dir, "v2", t -> t);
    assertThat(v2.success()).as("%s", v2.diagnostics()).isTrue();
    List<String> warnings = v2.located().stream().filter(d -> d.startsWith("WARNING: [GW4")).toList();
    assertThat(warnings).as("%s", warnings).hasSize(EXPECTED.size());
    EXPECTED.forEach((entity, code) -> assertThat(warnings).as(entity).anyMatch(w -> w.startsWith("WARNING: [" + code + "]")
        && w.contains(" " + entity + ".id") && w.contains("previous release")
        && w.contains(entity + ".java: ") && w.endsWith("public Long id;")));
    assertThat(warnings).noneMatch(w -> w.contains("Invoice.java") || w.contains("Sticker.java"));
  }

  /** A sequence renamed with its table (Customer -> Client, Customer_SEQ -> Client_SEQ) is found under the new names. */
  @Test
  void aRenamedTablesSequenceIsFoundOnItsNewId() throws IOException {
    Path at = dir.resolve("rename");
    for (String version : List.of("v1", "v2")) {
      FixtureCompiler.Result result = FixtureCompiler.compile(FixtureCompiler.sources("sequence_rename/" + version), t -> t,
          at.resolve("classes-" + version), List.of("-Agodwit.snapshot=" + at.resolve("snapshot.json"),
              "-Agodwit.output=" + at.resolve("migration")));
      assertThat(result.success()).as("%s", result.diagnostics()).isTrue();
      if (version.equals("v2")) {
        assertThat(result.located()).anyMatch(w -> w.startsWith("WARNING: [GW427] renaming sequence Customer_SEQ to"
            + " Client_SEQ, which fills Client.id") && w.contains("@AllowDestructive(value = \"Client.id\"")
            && w.contains("Customer.java: "));
      }
    }
  }

  @Test
  void acknowledgedOnTheEntity() throws IOException {
    assertThat(compile(dir, "v1", t -> t).success()).isTrue();
    FixtureCompiler.Result v2 = compile(dir, "v2", text -> {
      for (Map.Entry<String, String> e : EXPECTED.entrySet()) {
        text = text.replace("@Entity\npublic class " + e.getKey() + " ", "@dev.godwit.AllowDestructive(value = \""
            + e.getKey() + ".id\", code = \"" + e.getValue() + "\", reason = \"previous release stopped first\")\n"
            + "@Entity\npublic class " + e.getKey() + " ");
      }
      return text;
    });
    assertThat(v2.success()).as("%s", v2.diagnostics()).isTrue();
    assertThat(v2.diagnostics()).noneMatch(d -> d.startsWith("WARNING"));
  }
}
