package dev.godwit.benchmarks.compile;

import dev.godwit.benchmarks.model.ModelGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folders of one model size: its sources (base and edited), a project folder holding the
 * snapshot and migrations Godwit reads and writes, the state after the first generation to reset
 * it to, and a fresh class and generated-source output for every compile.
 */
final class Workspace {
  private final Path root;
  private final ModelGenerator model;

  Workspace(Path root, ModelGenerator model) {
    this.root = root;
    this.model = model;
  }

  /** Writes both variants of the model and their javac argument files. */
  void generate() throws IOException {
    for (boolean edited : List.of(false, true)) {
      List<Path> files = model.writeTo(root.resolve(edited ? "src-edited" : "src-base"), edited);
      Files.write(sources(edited), files.stream().map(Path::toString).toList());
    }
  }

  Path sources(boolean edited) {
    return root.resolve(edited ? "edited-sources.txt" : "base-sources.txt");
  }

  Path project() {
    return root.resolve("project/src/main");
  }

  Path snapshot() {
    return project().resolve("godwit/snapshot.json");
  }

  /** Under a {@code resources} folder, as in a Maven project, so Godwit also publishes them to the class output. */
  Path migrations() {
    return project().resolve("resources/db/migration");
  }

  /** Godwit's committed Java migration classes ({@code src/main/java}), compiled by every tool like the model. */
  List<String> committedJavaSources() throws IOException {
    Path java = project().resolve("java");
    if (!Files.isDirectory(java)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(java)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().map(Path::toString).toList();
    }
  }

  Path classes() {
    return root.resolve("out/classes");
  }

  Path generatedSources() {
    return root.resolve("out/generated");
  }

  Path log(String name) {
    return root.resolve("logs").resolve(name);
  }

  /** Puts the project in the state the situation starts from, with empty outputs. */
  void prepare(Situation situation) throws IOException {
    delete(root.resolve("out"));
    Files.createDirectories(classes());
    Files.createDirectories(generatedSources());
    Files.createDirectories(root.resolve("logs"));
    delete(project());
    if (situation != Situation.FIRST) {
      copy(firstGeneration(), project());
    }
  }

  /** Keeps what the first generation wrote, the starting point of the other situations. */
  void keepFirstGeneration() throws IOException {
    delete(firstGeneration());
    copy(project(), firstGeneration());
  }

  /** The project's files with their sizes and content hashes, to compare two states. */
  String projectState() throws IOException {
    return state(project());
  }

  String firstGenerationState() throws IOException {
    return state(firstGeneration());
  }

  private static String state(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return "";
    }
    StringBuilder state = new StringBuilder();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        state.append(folder.relativize(file)).append(' ').append(Files.size(file)).append(' ')
            .append(java.util.Arrays.hashCode(Files.readAllBytes(file))).append('\n');
      }
    }
    return state.toString();
  }

  private Path firstGeneration() {
    return root.resolve("first-generation");
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.sorted().toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
