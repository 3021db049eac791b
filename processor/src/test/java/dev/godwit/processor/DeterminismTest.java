package dev.godwit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.godwit.processor.testing.ForkedJavac;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same entities give byte-identical migrations, snapshot and Java migration classes whatever
 * the order javac hands the elements over, and on JDK 17 as on JDK 25.
 */
class DeterminismTest {
  /** Temurin 25, as installed on the build machines; override with -Dgodwit.jdk25=/path. */
  private static final Path JDK_25 = Path.of(System.getProperty("godwit.jdk25", "/usr/lib/jvm/temurin-25-jdk-amd64"));

  private static Compilation compile(Path root, List<JavaFileObject> sources) {
    return Compiler.javac().withProcessors(new GodwitProcessor()).withOptions(
        "-Agodwit.snapshot=" + root.resolve("godwit/snapshot.json"),
        "-Agodwit.output=" + root.resolve("db/migration")).compile(sources);
  }

  /** Generated SQL, snapshot and Java migration sources, and the files put in the class output, as relative path -> text. */
  private static Map<String, String> outputs(Path root, Compilation compilation) throws IOException {
    Map<String, String> files = new TreeMap<>(ProcessorFixturesTest.files(root));
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (!file.getName().endsWith(".class") || file.toUri().getPath().contains("/db/godwit/")) {
        try (var in = file.openInputStream()) {
          files.put("generated" + file.toUri().getPath(), new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
        }
      }
    }
    return files;
  }

  @Test
  void theOrderOfTheSourcesDoesNotChangeAByte(@TempDir Path work) throws IOException {
    List<JavaFileObject> sources = ProcessorFixturesTest.shop();
    Compilation first = compile(work.resolve("given"), sources);
    assertThat(first).succeeded();
    Map<String, String> expected = outputs(work.resolve("given"), first);
    assertThat(expected.keySet()).anyMatch(k -> k.endsWith(".sql")).anyMatch(k -> k.endsWith(".java"))
        .anyMatch(k -> k.endsWith(".class")).anyMatch(k -> k.endsWith(".statements"));
    Random random = new Random(20261122);
    for (int round = 0; round < 4; round++) {
      List<JavaFileObject> shuffled = new ArrayList<>(sources);
      if (round == 0) {
        Collections.reverse(shuffled);
      } else {
        Collections.shuffle(shuffled, random);
      }
      Path root = work.resolve("order-" + round);
      Compilation again = compile(root, shuffled);
      assertThat(again).succeeded();
      assertThat(outputs(root, again)).as("sources in the order %s", shuffled.stream().map(JavaFileObject::getName).toList())
          .isEqualTo(expected);
    }
  }

  @Test
  void jdk17AndJdk25WriteTheSameBytes(@TempDir Path work) throws Exception {
    assertThat(JDK_25.resolve("bin/javac")).as("JDK 25 for this test (set -Dgodwit.jdk25)").isExecutable();
    Path sources = fixtureFolder();
    Map<String, Map<String, String>> byJdk = new TreeMap<>();
    for (Path jdk : List.of(ForkedJavac.currentJdk(), JDK_25)) {
      Path root = work.resolve(jdk.getFileName().toString());
      List<String> command = ForkedJavac.command(jdk, sources, root, List.of(
          "-Agodwit.snapshot=" + root.resolve("godwit/snapshot.json"),
          "-Agodwit.output=" + root.resolve("db/migration")), List.of());
      ForkedJavac.Run run = ForkedJavac.run(command);
      assertThat(run.exitCode()).as("javac of %s:%n%s", jdk, run.output()).isZero();
      Map<String, String> files = new TreeMap<>();
      for (Path folder : List.of(root.resolve("godwit"), root.resolve("db"), root.resolve("generated"),
          root.resolve("classes").resolve("db"))) {
        ProcessorFixturesTest.files(folder).forEach((name, text) -> files.put(root.relativize(folder) + "/" + name, text));
      }
      byJdk.put(jdk.toString(), files);
    }
    List<Map<String, String>> results = List.copyOf(byJdk.values());
    assertThat(results.get(0).keySet()).anyMatch(k -> k.startsWith("db/migration/java/db/godwit/V1__"))
        .anyMatch(k -> k.startsWith("classes/db/godwit/V1__") && k.endsWith(".class"));
    assertThat(results.get(1)).isEqualTo(results.get(0));
  }

  private static Path fixtureFolder() throws URISyntaxException {
    return Path.of(DeterminismTest.class.getClassLoader().getResource("fixtures/generation/fixtures/shop").toURI());
  }
}
