package dev.godwit.fuzz;

import dev.godwit.processor.emit.SqlStatements;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What Godwit makes of one evolution, independent of the engine: A compiled to V1 (create), B
 * compiled to V2 and U2, and B compiled once more in check mode (which fails unless the second
 * diff is empty).
 */
record Compilation(Evolution evolution, Model a, Model b, List<Class<?>> aClasses, List<Class<?>> bClasses,
    Map<String, String> scripts) {

  static final String V1 = "V1";
  static final String V2 = "V2";
  static final String U2 = "U2";

  /** Throws {@link Failure.Exception} when Godwit rejects the sources or writes an unexpected set of files. */
  static Compilation of(Evolution evolution, Path work) {
    Model a = evolution.a();
    Model b = evolution.b();
    Path snapshot = work.resolve("snapshot.json");
    Path migrations = work.resolve("migrations");
    GodwitCompiler.Result first = GodwitCompiler.compile(EntitySources.of(a), snapshot, migrations, work.resolve("a"), "generate");
    if (!first.success()) {
      throw new Failure.Exception("compile A", "javac", first.diagnostics());
    }
    GodwitCompiler.Result second = GodwitCompiler.compile(EntitySources.of(b), snapshot, migrations, work.resolve("b"), "generate");
    if (!second.success()) {
      throw new Failure.Exception("compile B", "javac", second.diagnostics());
    }
    GodwitCompiler.Result again = GodwitCompiler.compile(EntitySources.of(b), snapshot, migrations, work.resolve("b-check"), "check");
    if (!again.success()) {
      throw new Failure.Exception("second diff of B is not empty", "javac", again.diagnostics());
    }
    Map<String, String> scripts = new TreeMap<>();
    // B may map to A's schema (e.g. a unique constraint dropped while @Column(unique = true) keeps
    // the same key): then Godwit rightly writes no V2, and the engines check B against A's schema.
    boolean unchanged = file(migrations.resolve("h2"), V2).isEmpty();
    for (String dialect : List.of("postgresql", "mysql", "h2")) {
      for (String prefix : List.of(V1, V2, U2)) {
        Optional<Path> file = file(migrations.resolve(dialect), prefix);
        if (file.isEmpty() && unchanged && !prefix.equals(V1)) {
          scripts.put(dialect + "/" + prefix, "");
          continue;
        }
        if (file.isEmpty()) {
          throw new Failure.Exception("compile B", "javac", "no " + prefix + " file for " + dialect + "\n" + second.diagnostics());
        }
        scripts.put(dialect + "/" + prefix, read(file.get()));
      }
    }
    return new Compilation(evolution, a, b, first.entityClasses(a), second.entityClasses(b), scripts);
  }

  String script(String dialect, String prefix) {
    return scripts.get(dialect + "/" + prefix);
  }

  List<String> statements(String dialect, String prefix) {
    return SqlStatements.split(script(dialect, prefix));
  }

  private static Optional<Path> file(Path folder, String prefix) {
    if (!Files.isDirectory(folder)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(folder)) {
      // the .sql.conf beside a non-transactional PostgreSQL migration is Flyway's, not a script
      return files.filter(f -> f.getFileName().toString().startsWith(prefix + "__"))
          .filter(f -> f.getFileName().toString().endsWith(".sql")).findFirst();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
