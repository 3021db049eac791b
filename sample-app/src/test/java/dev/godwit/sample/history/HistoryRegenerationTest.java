package dev.godwit.sample.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays the sample's history through the processor: compiling the entities of V1, then V2 ...
 * against the snapshot the previous step wrote must reproduce the committed migration files and
 * their Java classes byte for byte, so the committed history is exactly what Godwit generates from
 * those entity edits.
 */
class HistoryRegenerationTest {
  private static final List<String> DIALECTS = List.of("postgresql", "mysql", "h2");

  @Test
  void replayingTheEntityEditsReproducesTheCommittedMigrations(@TempDir Path work) throws IOException {
    History history = History.fromClasspath();
    EntityVersions versions = new EntityVersions(history, work.resolve("unused"));
    Path snapshot = work.resolve("snapshot.json");
    Path output = work.resolve("migrations");
    Path javaOutput = work.resolve("java");
    Path committed = Path.of("src/main/resources/db/migration");
    for (int version = 1; version <= history.latest(); version++) {
      compileWithGodwit(versions.sources(version), snapshot, output, javaOutput, work.resolve("classes-v" + version));
      int current = version;
      for (String dialect : DIALECTS) {
        assertThat(fileNames(output.resolve(dialect))).as("files after V%d (%s)", version, dialect)
            .isEqualTo(fileNames(committed.resolve(dialect)).stream()
                .filter(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))) <= current)
                .toList());
      }
    }
    for (String dialect : DIALECTS) {
      for (String name : fileNames(committed.resolve(dialect))) {
        assertThat(Files.readString(output.resolve(dialect).resolve(name), StandardCharsets.UTF_8))
            .as("%s/%s", dialect, name)
            .isEqualTo(Files.readString(committed.resolve(dialect).resolve(name), StandardCharsets.UTF_8));
      }
    }
    Path committedJava = Path.of("src/main/java/db/godwit");
    List<String> javaNames = fileNames(committedJava, ".java");
    assertThat(javaNames).hasSize(history.latest()).isEqualTo(fileNames(javaOutput.resolve("db/godwit"), ".java"));
    for (String name : javaNames) {
      assertThat(Files.readString(javaOutput.resolve("db/godwit").resolve(name), StandardCharsets.UTF_8)).as(name)
          .isEqualTo(Files.readString(committedJava.resolve(name), StandardCharsets.UTF_8));
    }
    Path committedSnapshot = Path.of("src/main/godwit/snapshot.json");
    if (Boolean.getBoolean("godwit.regenerate")) {
      // after a deliberate snapshot format change: the replayed history is the committed one
      Files.copy(snapshot, committedSnapshot, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    assertThat(Files.readString(snapshot)).isEqualTo(Files.readString(committedSnapshot));
  }

  private static void compileWithGodwit(List<Path> sources, Path snapshot, Path output, Path java, Path classes)
      throws IOException {
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      List<String> options = List.of("-processor", "dev.godwit.processor.GodwitProcessor",
          "-Agodwit.snapshot=" + snapshot, "-Agodwit.output=" + output, "-Agodwit.javaOutput=" + java,
          "-Agodwit.dialects=postgresql,mysql,h2",
          "-Agodwit.naming=snake_case", "-Agodwit.safeFormsFrom=6", "-Agodwit.postgresql.version=17",
          "-Agodwit.mysql.version=mariadb-11.4", "--release", "17", "-encoding", "UTF-8",
          "-classpath", EntityVersions.testClasspath(), "-d", classes.toString(), "-s", classes.toString());
      boolean ok = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
      assertThat(ok).as("compile with Godwit:%n%s", diagnostics.getDiagnostics().stream()
          .map(Object::toString).collect(Collectors.joining("\n"))).isTrue();
    }
  }

  private static List<String> fileNames(Path folder) throws IOException {
    return fileNames(folder, ".sql");
  }

  private static List<String> fileNames(Path folder, String extension) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(extension)).sorted().toList();
    }
  }
}
