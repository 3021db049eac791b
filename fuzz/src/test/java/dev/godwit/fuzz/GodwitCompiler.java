package dev.godwit.fuzz;

import dev.godwit.processor.GodwitProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/** Compiles generated entity sources in-process with Godwit as the annotation processor. */
final class GodwitCompiler {
  private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

  private GodwitCompiler() {}

  /** Whether javac succeeded, its errors and warnings, the folder holding the classes, and Godwit's notes. */
  record Result(boolean success, String diagnostics, Path classes, List<String> notes) {

    /** The entity classes of {@code model}, loaded from this compilation's output in a loader of their own. */
    List<Class<?>> entityClasses(Model model) {
      try {
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, GodwitCompiler.class.getClassLoader());
        List<Class<?>> types = new ArrayList<>();
        for (Model.Entity entity : model.entities()) {
          types.add(Class.forName(EntitySources.PACKAGE + "." + entity.className(), false, loader));
        }
        return types;
      } catch (MalformedURLException | ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** {@code mode} is Godwit's {@code generate} or {@code check}. */
  static Result compile(Map<String, String> sources, Path snapshot, Path migrations, Path classes, String mode) {
    return compile(sources, snapshot, migrations, classes, mode, List.of());
  }

  /** As above, with {@code more} javac options, e.g. another {@code -Agodwit.} option. */
  static Result compile(Map<String, String> sources, Path snapshot, Path migrations, Path classes, String mode,
      List<String> more) {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = JAVAC.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      Files.createDirectories(classes);
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
      files.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(classes.toFile()));
      List<JavaFileObject> units = new ArrayList<>();
      sources.forEach((path, text) -> units.add(new SimpleJavaFileObject(URI.create("string:///" + path), JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return text;
        }
      }));
      List<String> options = new ArrayList<>(List.of("-classpath", classpath(), "-implicit:none", "--release", "17",
          "-Agodwit.snapshot=" + snapshot, "-Agodwit.output=" + migrations, "-Agodwit.naming=snake_case",
          "-Agodwit.mode=" + mode));
      options.addAll(more);
      if (mode.equals("check")) {
        options.add("-proc:only"); // the check needs the processor's verdict, not classes
      }
      JavaCompiler.CompilationTask task = JAVAC.getTask(null, files, diagnostics, options, null, units);
      task.setProcessors(List.of(new GodwitProcessor()));
      boolean success = task.call();
      String printed = diagnostics.getDiagnostics().stream()
          .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
              || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
          .map(d -> d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ")
              + d.getMessage(Locale.ROOT))
          .collect(Collectors.joining("\n"));
      List<String> notes = diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.NOTE)
          .map(d -> d.getMessage(Locale.ROOT)).filter(m -> m.startsWith("Godwit")).toList();
      return new Result(success, printed, classes, notes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Surefire keeps the full test classpath here; {@code java.class.path} may be a manifest-only jar. */
  private static String classpath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }
}
