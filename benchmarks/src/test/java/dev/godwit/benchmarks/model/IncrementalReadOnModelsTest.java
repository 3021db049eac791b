package dev.godwit.benchmarks.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incremental read ({@code -Agodwit.incremental=true}) on the synthetic models: from the
 * committed state of a model's first generation, the benchmark's one-field edit and a new field in
 * each of a spread of its classes (entities, embeddables, mapped superclasses, enums) are compiled
 * with the read on and off; both must write the same files byte for byte and say the same, but
 * for the note of what was read. The benchmark's edit must take the incremental read.
 */
class IncrementalReadOnModelsTest {
  private static final int ENTITIES = 60;
  private static final int EDITED_CLASSES = 10;
  private static final Pattern CLASS = Pattern.compile("(?m)^(?:public\\s+|abstract\\s+)*class\\s+\\w+[^{]*\\{");
  private static final String READ_NOTE = "Godwit read ";

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(longs = {ModelGenerator.DEFAULT_SEED, 7L})
  void everyEditWritesWhatAFullReadWritesAndTheBenchmarkEditIsReadIncrementally(long seed) throws IOException {
    ModelGenerator model = new ModelGenerator(ENTITIES, seed, Feature.all());
    Path base = dir.resolve("base");
    Run first = compile(model.sources(false), base, false);
    assertThat(first.errors()).isEmpty();

    Run benchmarkEdit = compare("the benchmark's edit (" + model.editDescription() + ")", model.sources(true), base);
    assertThat(benchmarkEdit.notes()).as(model.editDescription())
        .anyMatch(n -> n.startsWith(READ_NOTE) && n.contains(" of " + ENTITIES + " entities"));

    Map<String, String> sources = model.sources(false);
    List<String> names = new ArrayList<>(sources.keySet());
    int incremental = 0;
    for (int i = 0; i < EDITED_CLASSES; i++) {
      String name = names.get(i * names.size() / EDITED_CLASSES);
      Matcher type = CLASS.matcher(sources.get(name));
      if (!type.find()) {
        continue; // an enum or an interface: no field is added to it
      }
      Map<String, String> edited = new TreeMap<>(sources);
      String text = sources.get(name);
      edited.put(name, text.substring(0, type.end()) + "\n  private String godwitProbe;\n" + text.substring(type.end()));
      Run read = compare("a new field in " + name, edited, base);
      if (read.notes().stream().anyMatch(n -> n.startsWith(READ_NOTE) && !n.startsWith(READ_NOTE + "every entity"))) {
        incremental++;
      }
    }
    assertThat(incremental).as("edits read incrementally").isPositive();
  }

  /** Compiles {@code sources} from the state in {@code base} with the read on and off; returns the incremental run. */
  private Run compare(String edit, Map<String, String> sources, Path base) throws IOException {
    Path on = dir.resolve("on");
    Path off = dir.resolve("off");
    for (Path project : List.of(on, off)) {
      delete(project);
      copy(base, project);
    }
    Run read = compile(sources, on, true);
    Run all = compile(sources, off, false);
    assertThat(all.notes()).as(edit).noneMatch(n -> n.startsWith(READ_NOTE));
    assertThat(read.errors()).as(edit).isEqualTo(all.errors());
    assertThat(read.warnings()).as(edit).isEqualTo(all.warnings());
    assertThat(read.notes().stream().filter(n -> !n.startsWith(READ_NOTE)).toList()).as(edit)
        .isEqualTo(all.notes());
    Map<String, String> written = files(on);
    Map<String, String> expected = files(off);
    assertThat(written.keySet()).as(edit).isEqualTo(expected.keySet());
    expected.forEach((file, text) -> assertThat(written.get(file)).as(edit + ": " + file).isEqualTo(text));
    return read;
  }

  private record Run(List<String> errors, List<String> warnings, List<String> notes) {}

  private static Run compile(Map<String, String> sources, Path project, boolean incremental) throws IOException {
    Path src = project.resolve("src");
    delete(src);
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
      files.add(file);
    }
    Path out = project.resolve("classes");
    delete(out);
    Files.createDirectories(out);
    var javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = List.of("-d", out.toString(), "-s", out.toString(), "-cp", System.getProperty("java.class.path"),
        "-processor", "dev.godwit.processor.GodwitProcessor", "-Agodwit.snapshot=" + project.resolve("godwit/snapshot.json"),
        "-Agodwit.output=" + project.resolve("godwit/migrations"), "-Agodwit.naming=snake_case",
        "-Agodwit.incremental=" + incremental);
    try (var fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      javac.getTask(null, fileManager, diagnostics, options, null, fileManager.getJavaFileObjectsFromPaths(files)).call();
    }
    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      String message = d.getMessage(Locale.ROOT).replace(project.toString(), "<project>");
      (d.getKind() == Diagnostic.Kind.ERROR ? errors : d.getKind() == Diagnostic.Kind.NOTE ? notes : warnings)
          .add((d.getSource() == null ? "" : src.relativize(Path.of(d.getSource().toUri())) + ":" + d.getLineNumber() + ": ")
              + message);
    }
    return new Run(errors, warnings, notes);
  }

  /** The snapshot and migrations of {@code project}, by relative path. */
  private static Map<String, String> files(Path project) throws IOException {
    Map<String, String> files = new TreeMap<>();
    Path godwit = project.resolve("godwit");
    try (Stream<Path> walk = Files.walk(godwit)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(godwit.relativize(file).toString(), Files.readString(file));
      }
    }
    return files;
  }

  private static void copy(Path from, Path to) throws IOException {
    Path godwit = from.resolve("godwit");
    try (Stream<Path> walk = Files.walk(godwit)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(file));
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
  }

  private static void delete(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
