package dev.godwit.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The incremental read ({@code -Agodwit.incremental=true}) on the corpus: from the state a domain's
 * v1 leaves (sealed snapshot and migrations), each edit is compiled twice, with the read on and
 * off, and both compiles must write the same files byte for byte and say the same, but for the
 * note of what the incremental one read. The edits are the domain's own evolution to v2, a new
 * field in each class of v1, and a new constant in each enum of v1 that has plain constants. Each
 * domain must also take the incremental read for at least one edit, so the comparison does not
 * pass by always reading everything, unless its domain.properties says why none can
 * ({@code incremental=full <why>}).
 */
class IncrementalCorpusTest {
  private static final Path ROOT = Path.of("target", "incremental-corpus").toAbsolutePath();
  private static final Pattern CLASS = Pattern.compile("(?m)^(?:public\\s+|abstract\\s+|final\\s+)*class\\s+(\\w+)[^{]*\\{");
  private static final Pattern ENUM = Pattern.compile("(?m)^(?:public\\s+)?enum\\s+(\\w+)[^{]*\\{");
  private static final String READ_NOTE = "NOTE: Godwit read ";
  private static final java.util.Set<String> BASES = new java.util.HashSet<>();

  @TestFactory
  Stream<DynamicContainer> domains() {
    return Domain.all().stream().map(IncrementalCorpusTest::domain);
  }

  private static DynamicContainer domain(Domain domain) {
    Path root = ROOT.resolve(domain.name());
    List<Edit> edits = edits(domain);
    List<String> incremental = new ArrayList<>();
    List<DynamicNode> tests = new ArrayList<>();
    for (Edit edit : edits) {
      tests.add(dynamicTest(edit.name(), () -> {
        if (compare(domain, root, edit)) {
          incremental.add(edit.name());
        }
      }));
    }
    if (domain.readsEveryEntity().isEmpty()) {
      tests.add(dynamicTest("some edit takes the incremental read", () -> {
        System.out.println("[" + domain.name() + "] incremental read for " + incremental.size() + " of " + edits.size()
            + " edits");
        if (incremental.isEmpty()) {
          fail("[" + domain.name() + "] no edit took the incremental read; if none can, say why in domain.properties"
              + " (incremental=full <why>)");
        }
      }));
    } else {
      tests.add(dynamicTest("no edit takes the incremental read: " + domain.readsEveryEntity(), () -> {
        if (!incremental.isEmpty()) {
          fail("[" + domain.name() + "] " + incremental + " took the incremental read; domain.properties says none can ("
              + domain.readsEveryEntity() + ")");
        }
      }));
    }
    return dynamicContainer(domain.name(), tests);
  }

  /** An edit, compiled from the state v1 left: the sources of version {@code from}, with {@code changed} files rewritten. */
  private record Edit(String name, Path from, Map<Path, String> changed) {}

  private static List<Edit> edits(Domain domain) {
    List<Edit> edits = new ArrayList<>();
    edits.add(new Edit("v2", domain.v2(), Map.of()));
    for (Path file : javaFiles(domain.v1())) {
      String text = read(file);
      Matcher type = CLASS.matcher(text);
      if (type.find()) {
        edits.add(new Edit("a new field in " + type.group(1), domain.v1(), Map.of(file,
            text.substring(0, type.end()) + "\n  String godwitProbe;\n" + text.substring(type.end()))));
      }
      Matcher constants = ENUM.matcher(text);
      if (constants.find()) {
        int end = text.indexOf(';', constants.end());
        String body = text.substring(constants.end(), end < 0 ? text.lastIndexOf('}') : end);
        if (!body.contains("(")) {
          edits.add(new Edit("a new constant in " + constants.group(1), domain.v1(), Map.of(file,
              text.substring(0, constants.end()) + " GODWIT_PROBE," + text.substring(constants.end()))));
        }
      }
    }
    return edits;
  }

  /** Whether the incremental compile of {@code edit} took the incremental read, after it wrote and said what the full one did. */
  private static boolean compare(Domain domain, Path root, Edit edit) throws IOException {
    Path base = base(domain, root);
    Path sources = edit.from();
    if (!edit.changed().isEmpty()) {
      sources = root.resolve("edits").resolve(edit.name().replace(' ', '-'));
      GeneratedDomain.delete(sources);
      copy(edit.from(), sources);
      for (Map.Entry<Path, String> file : edit.changed().entrySet()) {
        Files.writeString(sources.resolve(edit.from().relativize(file.getKey())), file.getValue());
      }
    }
    String id = edit.name().replace(' ', '-');
    Path on = root.resolve("on-" + id);
    Path off = root.resolve("off-" + id);
    Run read = run(domain, sources, base, on, true);
    Run all = run(domain, sources, base, off, false);
    if (all.diagnostics().stream().anyMatch(d -> d.startsWith(READ_NOTE))) {
      fail("the full read must not note an incremental read: " + all.diagnostics());
    }
    assertEquals(all.success(), read.success(), () -> "[" + domain.name() + "] " + edit.name() + ": " + read + " / " + all);
    List<String> said = read.diagnostics().stream().filter(d -> !d.startsWith(READ_NOTE)).toList();
    assertEquals(all.diagnostics(), said, () -> "[" + domain.name() + "] " + edit.name() + ": what javac said");
    Map<String, String> written = files(on);
    Map<String, String> expected = files(off);
    assertEquals(expected.keySet(), written.keySet(), () -> "[" + domain.name() + "] " + edit.name() + ": the files");
    for (Map.Entry<String, String> file : expected.entrySet()) {
      assertEquals(file.getValue(), written.get(file.getKey()), "[" + domain.name() + "] " + edit.name() + ": " + file.getKey());
    }
    GeneratedDomain.delete(on);
    GeneratedDomain.delete(off);
    return read.diagnostics().stream().anyMatch(d -> d.startsWith(READ_NOTE) && !d.startsWith(READ_NOTE + "every entity"));
  }

  private record Run(boolean success, List<String> diagnostics) {}

  private static Run run(Domain domain, Path sources, Path base, Path project, boolean incremental) throws IOException {
    GeneratedDomain.delete(project);
    copy(base.resolve("godwit"), project.resolve("godwit"));
    GodwitRun.Result result = GodwitRun.compile(sources, project.resolve("classes"), project.resolve("godwit/snapshot.json"),
        project.resolve("godwit/migrations"), domain.naming(), domain.dialects(), domain.classpath(),
        List.of("-Agodwit.incremental=" + incremental));
    return new Run(result.success(), result.diagnostics().stream().map(d -> d.replace(project.toString(), "<project>")).toList());
  }

  /** The state Godwit left after compiling v1, once per domain and JVM. */
  private static synchronized Path base(Domain domain, Path root) {
    Path base = root.resolve("base");
    if (!BASES.add(domain.name())) {
      return base;
    }
    GeneratedDomain.delete(root);
    GodwitRun.Result v1 = GodwitRun.compile(domain.v1(), base.resolve("classes"), base.resolve("godwit/snapshot.json"),
        base.resolve("godwit/migrations"), domain.naming(), domain.dialects(), domain.classpath());
    if (!v1.success()) {
      fail("[" + domain.name() + "] v1 did not compile: " + v1.diagnostics());
    }
    return base;
  }

  /** The snapshot and migrations under {@code project/godwit}, by relative path. */
  private static Map<String, String> files(Path project) {
    Map<String, String> files = new TreeMap<>();
    Path godwit = project.resolve("godwit");
    for (Path file : walk(godwit)) {
      files.put(godwit.relativize(file).toString().replace('\\', '/'), read(file));
    }
    return files;
  }

  private static List<Path> javaFiles(Path root) {
    return walk(root).stream().filter(p -> p.toString().endsWith(".java")).toList();
  }

  private static List<Path> walk(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copy(Path from, Path to) {
    for (Path file : walk(from)) {
      Path target = to.resolve(from.relativize(file));
      try {
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
