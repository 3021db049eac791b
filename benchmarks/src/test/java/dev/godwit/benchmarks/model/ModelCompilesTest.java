package dev.godwit.benchmarks.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated models are valid Java, and Godwit turns them into a migration. */
class ModelCompilesTest {
  private static final Set<Feature> GODWIT_SUPPORTS = Feature.all();

  @TempDir
  Path dir;

  @Test
  void everyFeatureCompilesWithPlainJavac() throws IOException {
    List<String> errors = compile(new ModelGenerator(30, ModelGenerator.DEFAULT_SEED, Feature.all()), true, "-proc:none");
    assertThat(errors).isEmpty();
  }

  @Test
  void godwitWritesTheFirstMigrationOfEveryFeatureAndTheWalkerRunsToo() throws IOException {
    ModelGenerator model = new ModelGenerator(30, ModelGenerator.DEFAULT_SEED, GODWIT_SUPPORTS);
    String processorPath = System.getProperty("java.class.path");
    assertThat(compile(model, false, "-processorpath", processorPath, "-processor",
        "dev.godwit.processor.GodwitProcessor", "-Agodwit.snapshot=" + dir.resolve("snapshot.json"),
        "-Agodwit.output=" + dir.resolve("migrations"), "-Agodwit.naming=snake_case")).isEmpty();
    try (var files = Files.list(dir.resolve("migrations/h2"))) {
      assertThat(files.map(f -> f.getFileName().toString())).hasSize(2).allMatch(n -> n.matches("[VU]1__create_.*\\.sql"));
    }
    assertThat(compile(model, false, "-processorpath", processorPath, "-processor",
        "dev.godwit.benchmarks.floor.WalkingProcessor")).isEmpty();
  }

  private List<String> compile(ModelGenerator model, boolean edited, String... options) throws IOException {
    Path out = Files.createTempDirectory(dir, "classes");
    List<Path> sources = model.writeTo(Files.createTempDirectory(dir, "src"), edited);
    var javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> all = new ArrayList<>(List.of("-d", out.toString(), "-s", out.toString(),
        "-cp", System.getProperty("java.class.path")));
    all.addAll(List.of(options));
    try (var files = javac.getStandardFileManager(diagnostics, null, null)) {
      javac.getTask(null, files, diagnostics, all, null, files.getJavaFileObjectsFromPaths(sources)).call();
    }
    return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(null)).toList();
  }
}
