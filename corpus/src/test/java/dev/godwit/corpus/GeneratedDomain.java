package dev.godwit.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A domain after Godwit ran on v1, then on v2, then on v2 again (which must change nothing), in
 * {@code target/corpus/<domain>}: the snapshot, the migrations per dialect
 * ({@code migrations/<dialect>/V1__..., U1__..., V2__..., U2__...}) and the compiled entity classes
 * of each version. Generated once per JVM and domain.
 */
record GeneratedDomain(Domain domain, Path root, List<GodwitRun.Result> runs, Map<Integer, EntityClasses> entities,
    List<String> changedByRerun) {
  private static final Path CORPUS = Path.of("target", "corpus").toAbsolutePath();
  private static final Pattern MIGRATION = Pattern.compile("([VU])(\\d+)__.+\\.sql");
  private static final Map<String, GeneratedDomain> GENERATED = new ConcurrentHashMap<>();

  static GeneratedDomain of(Domain domain) {
    return GENERATED.computeIfAbsent(domain.name(), name -> generate(domain));
  }

  private static GeneratedDomain generate(Domain domain) {
    Path root = CORPUS.resolve(domain.name());
    delete(root);
    Path snapshot = root.resolve("snapshot.json");
    Path migrations = root.resolve("migrations");
    GodwitRun.Result v1 = GodwitRun.compile(domain.v1(), root.resolve("classes-v1"), snapshot, migrations, domain.naming(),
        domain.dialects(), domain.classpath());
    GodwitRun.Result v2 = v1.success()
        ? GodwitRun.compile(domain.v2(), root.resolve("classes-v2"), snapshot, migrations, domain.naming(), domain.dialects(),
            domain.classpath())
        : v1;
    if (!v1.success() || !v2.success()) {
      return new GeneratedDomain(domain, root, List.of(v1, v2), Map.of(), List.of());
    }
    Map<Path, String> before = contents(root, snapshot, migrations);
    GodwitRun.Result rerun = GodwitRun.compile(domain.v2(), root.resolve("classes-v2-again"), snapshot, migrations,
        domain.naming(), domain.dialects(), domain.classpath());
    Map<Path, String> after = contents(root, snapshot, migrations);
    List<String> changed = new ArrayList<>();
    if (!rerun.success()) {
      changed.add("the second compile of v2 failed: " + rerun.diagnostics());
    }
    after.forEach((file, text) -> {
      if (!text.equals(before.get(file))) {
        changed.add((before.containsKey(file) ? "changed " : "wrote ") + file);
      }
    });
    Map<Integer, EntityClasses> entities =
        Map.of(1, EntityClasses.load(root.resolve("classes-v1")), 2, EntityClasses.load(root.resolve("classes-v2")));
    return new GeneratedDomain(domain, root, List.of(v1, v2), entities, changed);
  }

  /**
   * Godwit on v1, then v2, with {@code dialect} configured besides the domain's own, in
   * {@code target/corpus/<domain>-with-<dialect>}: for a dialect the domain leaves out, to show that
   * Godwit refuses its evolution there ({@code unsupported.<dialect>} in domain.properties).
   */
  static List<GodwitRun.Result> withDialect(Domain domain, String dialect) {
    Path root = CORPUS.resolve(domain.name() + "-with-" + dialect);
    delete(root);
    List<String> dialects = new ArrayList<>(domain.dialects());
    dialects.add(dialect);
    Path snapshot = root.resolve("snapshot.json");
    Path migrations = root.resolve("migrations");
    GodwitRun.Result v1 = GodwitRun.compile(domain.v1(), root.resolve("classes-v1"), snapshot, migrations, domain.naming(),
        dialects, domain.classpath());
    return v1.success()
        ? List.of(v1, GodwitRun.compile(domain.v2(), root.resolve("classes-v2"), snapshot, migrations, domain.naming(), dialects,
            domain.classpath()))
        : List.of(v1);
  }

  /** The snapshot and every migration file, by path relative to {@code root}. */
  private static Map<Path, String> contents(Path root, Path snapshot, Path migrations) {
    Map<Path, String> contents = new TreeMap<>();
    try (Stream<Path> walk = Stream.concat(Stream.of(snapshot), Files.walk(migrations))) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        contents.put(root.relativize(file), Files.readString(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return contents;
  }

  /** Whether both compilations succeeded. */
  boolean compiled() {
    return runs.stream().allMatch(GodwitRun.Result::success);
  }

  /** What javac and Godwit said, per version. */
  String diagnostics() {
    return "v1:\n  " + String.join("\n  ", runs.get(0).diagnostics()) + "\nv2:\n  " + String.join("\n  ", runs.get(1).diagnostics());
  }

  /** The folder of one dialect's migrations, for Flyway ({@code filesystem:}) and the undo files. */
  Path migrations(String dialect) {
    return root.resolve("migrations").resolve(dialect);
  }

  /** The {@code V} or {@code U} files of a dialect by version. */
  Map<Integer, Path> files(String dialect, String prefix) {
    Map<Integer, Path> files = new TreeMap<>();
    Path folder = migrations(dialect);
    if (!Files.isDirectory(folder)) {
      return files;
    }
    try (Stream<Path> list = Files.list(folder)) {
      list.forEach(file -> {
        Matcher matcher = MIGRATION.matcher(file.getFileName().toString());
        if (matcher.matches() && matcher.group(1).equals(prefix)) {
          files.put(Integer.parseInt(matcher.group(2)), file);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** Deletes {@code root} and everything under it, if it exists. */
  static void delete(Path root) {
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
