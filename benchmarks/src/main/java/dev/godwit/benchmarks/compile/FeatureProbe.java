package dev.godwit.benchmarks.compile;

import dev.godwit.benchmarks.model.Feature;
import dev.godwit.benchmarks.model.ModelGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Finds the model features Godwit compiles without errors, by compiling a small model with each
 * feature alone. Features Godwit rejects (with its GW1xx errors) are left out of the benchmark.
 */
final class FeatureProbe {
  private static final int ENTITIES = 40;

  private FeatureProbe() {}

  static Set<Feature> supported(Path folder, String modelClasspath, String processorPath) throws IOException {
    Set<Feature> supported = EnumSet.noneOf(Feature.class);
    for (Feature feature : Feature.values()) {
      Set<Feature> features = EnumSet.of(feature);
      if (feature == Feature.ONE_TO_MANY) {
        features.add(Feature.MANY_TO_ONE); // an inverse side needs its owning side
      }
      List<String> errors = compile(folder.resolve(feature.name().toLowerCase(java.util.Locale.ROOT)),
          new ModelGenerator(ENTITIES, ModelGenerator.DEFAULT_SEED, features), modelClasspath, processorPath);
      if (errors.isEmpty()) {
        supported.add(feature);
      } else {
        System.out.println("  leaving out " + feature + ": " + errors.get(0));
      }
    }
    return supported;
  }

  private static List<String> compile(Path folder, ModelGenerator model, String modelClasspath, String processorPath)
      throws IOException {
    Workspace.delete(folder);
    List<Path> sources = model.writeTo(folder.resolve("src"), false);
    Path classes = Files.createDirectories(folder.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      List<String> options = List.of("-d", classes.toString(), "-s", classes.toString(), "-cp", modelClasspath,
          "-processorpath", processorPath, "-processor", "dev.godwit.processor.GodwitProcessor",
          "-Agodwit.snapshot=" + folder.resolve("snapshot.json"),
          "-Agodwit.output=" + folder.resolve("migrations"), "-Agodwit.naming=snake_case");
      javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
    }
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(diagnostic.getMessage(null));
      }
    }
    return errors;
  }
}
