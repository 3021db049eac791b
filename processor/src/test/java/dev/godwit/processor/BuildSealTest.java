package dev.godwit.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.snapshot.SnapshotCodec;
import dev.godwit.processor.testing.FixtureCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seal kept in the build folder ({@link BuildSeal}): inputs that changed without changing the
 * schema take the fast path from their second compile on, with the files and diagnostics of the
 * ordinary path, and nothing committed is written; any change the snapshot's own seal would see
 * still breaks it.
 */
class BuildSealTest {
  @TempDir Path dir;

  private record Run(FixtureCompiler.Result result, boolean fast) {}

  private Path project() {
    return dir.resolve("project");
  }

  private Path snapshot() {
    return project().resolve("src/main/godwit/snapshot.json");
  }

  /** Where Maven keeps it: beside {@code target/classes}. */
  private Path buildSeal() {
    return dir.resolve("target/godwit-seal-classes");
  }

  private Run compile(String mode, String body) throws IOException {
    return compile(mode, body, UnaryOperator.identity());
  }

  private Run compile(String mode, String body, UnaryOperator<String> edit) throws IOException {
    Path classes = dir.resolve("target/classes");
    List<String> options = List.of("-Agodwit.snapshot=" + snapshot(),
        "-Agodwit.output=" + project().resolve("src/main/resources/db/migration"), "-Agodwit.mode=" + mode);
    GodwitProcessor processor = new GodwitProcessor();
    FixtureCompiler.Result result = FixtureCompiler.compile(Map.of("shop/Item.java", item(body)), edit, classes, options,
        List.of(), processor);
    return new Run(result, processor.tookFastPath());
  }

  private static String item(String body) {
    return """
        package shop;
        import jakarta.persistence.*;
        @Entity
        public class Item {
          @Id Long id;
          @Column(length = 40) String name;
        %s}
        """.formatted(body);
  }

  private Map<String, String> committed() throws IOException {
    return ProcessorFixturesTest.files(project());
  }

  @Test
  void aNewMethodTakesTheFastPathFromItsSecondCompileAndNothingCommittedIsWritten() throws IOException {
    assertThat(compile("generate", "").result().success()).isTrue();
    Map<String, String> before = committed();
    String method = "  String label() { return name; }\n";

    Run first = compile("generate", method);
    assertThat(first.fast()).as("the committed seal does not cover the new method").isFalse();
    assertThat(first.result().diagnostics()).isEmpty();
    assertThat(buildSeal()).exists();
    assertThat(Files.readString(buildSeal())).startsWith("godwit build seal 1\nsnapshot " + snapshot() + "\ncrc32c-crc32:");

    for (String mode : List.of("generate", "check")) {
      Run again = compile(mode, method);
      assertThat(again.fast()).as(mode).isTrue();
      assertThat(again.result().success()).isTrue();
      assertThat(again.result().diagnostics()).isEmpty();
    }
    assertThat(committed()).as("no committed file written by any of these compiles").isEqualTo(before);

    Run original = compile("check", "");
    assertThat(original.fast()).as("the snapshot's own seal still opens for its inputs").isTrue();
  }

  @Test
  void aSchemaChangeAfterwardsIsNotSkipped() throws IOException {
    compile("generate", "");
    String method = "  String label() { return name; }\n";
    compile("generate", method);
    assertThat(compile("check", method).fast()).isTrue();

    Run changed = compile("check", method, text -> text.replace("length = 40", "length = 50"));
    assertThat(changed.fast()).isFalse();
    assertThat(changed.result().success()).isFalse();
    assertThat(changed.result().diagnostics()).anyMatch(d -> d.contains("GW502") && d.contains("differ from the snapshot"));

    Run generated = compile("generate", method, text -> text.replace("length = 40", "length = 50"));
    assertThat(generated.fast()).isFalse();
    assertThat(committed().keySet()).anyMatch(path -> path.startsWith("src/main/resources/db/migration/postgresql/V2__"));
    assertThat(compile("check", method, text -> text.replace("length = 40", "length = 50")).fast())
        .as("sealed by the new snapshot's own line").isTrue();
  }

  @Test
  void anEditedMigrationFileOrSnapshotBreaksIt() throws IOException {
    compile("generate", "");
    String method = "  String label() { return name; }\n";
    compile("generate", method);
    Path v1 = project().resolve("src/main/resources/db/migration/postgresql/V1__create_item.sql");
    String sql = Files.readString(v1);
    Files.writeString(v1, sql.replace("create table", "create  table"));
    Run edited = compile("check", method);
    assertThat(edited.fast()).isFalse();
    assertThat(edited.result().success()).isFalse();
    Files.writeString(v1, sql);

    String snapshot = Files.readString(snapshot());
    Files.writeString(snapshot(), snapshot.replace("\"length\": 40", "\"length\": 41"));
    Run editedSnapshot = compile("check", method);
    assertThat(editedSnapshot.fast()).isFalse();
    assertThat(editedSnapshot.result().diagnostics()).anyMatch(d -> d.contains("GW502"));
    Files.writeString(snapshot(), snapshot);
    assertThat(compile("check", method).fast()).isTrue();
  }

  @Test
  void aSealForAnotherSnapshotOrAGarbledOneIsIgnored() throws IOException {
    compile("generate", "");
    String method = "  String label() { return name; }\n";
    compile("generate", method);
    String kept = Files.readString(buildSeal());
    Files.writeString(buildSeal(), kept.replace("snapshot " + snapshot(), "snapshot " + dir.resolve("other.json")));
    assertThat(compile("check", method).fast()).isFalse();
    assertThat(Files.readString(buildSeal())).as("the ordinary path renewed it").isEqualTo(kept);
    Files.writeString(buildSeal(), "garbage");
    assertThat(compile("check", method).fast()).isFalse();
    assertThat(Files.readString(buildSeal())).isEqualTo(kept);
    assertThat(compile("check", method).fast()).isTrue();
  }

  /** A build seal that cannot be written is no error: the compile succeeds as ever and the next one takes the ordinary path. */
  @Test
  void aBuildFolderItCannotWriteToKeepsNoSealAndReportsNothing() throws IOException {
    compile("generate", "");
    Files.createDirectories(buildSeal().resolve("in-the-way"));
    String method = "  String label() { return name; }\n";
    for (int i = 0; i < 2; i++) {
      Run run = compile("generate", method);
      assertThat(run.result().success()).isTrue();
      assertThat(run.result().diagnostics()).isEmpty();
      assertThat(run.fast()).isFalse();
    }
    assertThat(buildSeal()).isDirectory();
    assertThat(buildSeal().resolveSibling(buildSeal().getFileName() + ".tmp")).doesNotExist();
  }

  /** A snapshot written without a seal line (its migration's compile warned) opens by the build seal alone. */
  @Test
  void anUnsealedSnapshotOpensByTheBuildSeal() throws Exception {
    compile("generate", "");
    Files.writeString(snapshot(), SnapshotCodec.write(SnapshotCodec.read(Files.readString(snapshot()))));
    assertThat(Files.readString(snapshot())).doesNotContain("\"inputs\"");
    Map<String, String> before = committed();
    assertThat(compile("check", "").fast()).isFalse();
    assertThat(compile("check", "").fast()).isTrue();
    assertThat(committed()).isEqualTo(before);
  }

  /** Inputs that warn in every compile keep the ordinary path: their warnings must come each time. */
  @Test
  void aCompileThatWarnedKeepsNoSeal() throws IOException {
    compile("generate", "");
    List<Boolean> fast = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      // Hibernate Validator is not on the class path: GW101 in every compile, and no schema change
      Run run = compile("generate", "", text -> text.replace("@Column(length = 40) String name;",
          "@jakarta.validation.constraints.NotNull @Column(length = 40) String name;"));
      assertThat(run.result().diagnostics()).anyMatch(d -> d.contains("GW101"));
      fast.add(run.fast());
    }
    assertThat(fast).containsExactly(false, false);
    assertThat(buildSeal()).doesNotExist();
  }
}
