package dev.godwit.processor.testing;

import dev.godwit.processor.GodwitProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/** Compiles fixture sources from {@code src/test/resources/fixtures} with Godwit, into a folder. */
public final class FixtureCompiler {
  private FixtureCompiler() {}

  /**
   * The result: whether javac succeeded and every diagnostic it printed; {@code located}, the same
   * diagnostics each followed by {@code " @ <file>: <its source line, trimmed>"} (nothing where it has no position).
   */
  public record Result(boolean success, List<String> diagnostics, List<String> located) {}

  /** The fixture sources under {@code fixtures/<folder>}, as path -> text. */
  public static Map<String, String> sources(String folder) {
    URL url = FixtureCompiler.class.getClassLoader().getResource("fixtures/" + folder);
    if (url == null) {
      throw new IllegalArgumentException("no fixtures/" + folder);
    }
    try (Stream<Path> files = Files.walk(Path.of(url.toURI()))) {
      Path root = Path.of(url.toURI());
      Map<String, String> sources = new java.util.TreeMap<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        sources.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
      }
      return sources;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Compiles {@code sources} (each text passed through {@code edit}) into {@code classes}, with Godwit options. */
  public static Result compile(Map<String, String> sources, UnaryOperator<String> edit, Path classes, List<String> options)
      throws IOException {
    return compile(sources, edit, classes, options, List.of());
  }

  /** The same, with {@code first} ahead of the test classpath (e.g. another version of an API jar). */
  public static Result compile(Map<String, String> sources, UnaryOperator<String> edit, Path classes, List<String> options,
      List<Path> first) throws IOException {
    return compile(sources, edit, classes, options, first, new GodwitProcessor());
  }

  /** The same, run by {@code processor} (e.g. to ask it afterwards which path it took). */
  public static Result compile(Map<String, String> sources, UnaryOperator<String> edit, Path classes, List<String> options,
      List<Path> first, javax.annotation.processing.Processor processor) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Files.createDirectories(classes);
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
      files.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(classes.toFile()));
      List<JavaFileObject> units = new ArrayList<>();
      sources.forEach((path, text) -> units.add(new SimpleJavaFileObject(
          java.net.URI.create("string:///" + path), JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return edit.apply(text);
        }
      }));
      List<String> classpath = new ArrayList<>(first.stream().map(Path::toString).toList());
      classpath.add(System.getProperty("java.class.path"));
      List<String> args = new ArrayList<>(List.of("-classpath", String.join(java.io.File.pathSeparator, classpath),
          "-implicit:none"));
      args.addAll(options);
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, args, null, units);
      task.setProcessors(List.of(processor));
      boolean success = task.call();
      List<Diagnostic<? extends JavaFileObject>> shown = diagnostics.getDiagnostics().stream()
          .filter(d -> d.getKind() != Diagnostic.Kind.NOTE || d.getMessage(Locale.ROOT).contains("Godwit")).toList();
      List<String> printed = shown.stream().map(d -> d.getKind() + ": " + d.getMessage(Locale.ROOT)).toList();
      List<String> located = shown.stream().map(d -> d.getKind() + ": " + d.getMessage(Locale.ROOT) + where(d)).toList();
      return new Result(success, printed, located);
    }
  }

  private static String where(Diagnostic<? extends JavaFileObject> diagnostic) {
    if (diagnostic.getSource() == null || diagnostic.getLineNumber() == Diagnostic.NOPOS) {
      return "";
    }
    try {
      String text = diagnostic.getSource().getCharContent(true).toString();
      String line = text.lines().skip(diagnostic.getLineNumber() - 1).findFirst().orElse("");
      String path = diagnostic.getSource().toUri().getPath();
      return " @ " + path.substring(path.lastIndexOf('/') + 1) + ": " + line.strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
