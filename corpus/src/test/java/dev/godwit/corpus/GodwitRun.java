package dev.godwit.corpus;

import dev.godwit.processor.GodwitProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * One {@code javac} run over a version's entity sources with Godwit as the annotation processor,
 * as a user's build runs it: the snapshot and the migration folder persist from one version to
 * the next.
 */
final class GodwitRun {
  private GodwitRun() {}

  /** What javac said: errors and warnings in full, and Godwit's notes. */
  record Result(boolean success, List<String> diagnostics) {}

  static Result compile(Path sources, Path classes, Path snapshot, Path migrations, String naming,
      List<String> dialects, String classpath) {
    return compile(sources, classes, snapshot, migrations, naming, dialects, classpath, List.of());
  }

  /** As above, with {@code more} javac options, e.g. another {@code -Agodwit.} option. */
  static Result compile(Path sources, Path classes, Path snapshot, Path migrations, String naming,
      List<String> dialects, String classpath, List<String> more) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      Files.createDirectories(classes);
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
      files.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(classes.toFile()));
      List<String> options = new ArrayList<>(List.of("--release", "17", "-implicit:none", "-classpath", classpath,
          "-Agodwit.snapshot=" + snapshot, "-Agodwit.output=" + migrations,
          "-Agodwit.dialects=" + String.join(",", dialects), "-Agodwit.naming=" + naming));
      options.addAll(more);
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(javaFiles(sources)));
      task.setProcessors(List.of(new GodwitProcessor()));
      boolean success = task.call();
      List<String> printed = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() != Diagnostic.Kind.NOTE || d.getMessage(Locale.ROOT).contains("Godwit")) {
          String where = d.getSource() == null ? "" : sources.relativize(Path.of(d.getSource().toUri())) + ":" + d.getLineNumber() + ": ";
          printed.add(d.getKind() + ": " + where + d.getMessage(Locale.ROOT));
        }
      }
      return new Result(success, printed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> javaFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  /** Surefire keeps the full test classpath here; {@code java.class.path} may be a manifest-only jar. */
  static String testClasspath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }
}
