package dev.godwit.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.godwit.processor.snapshot.SnapshotCodec;
import dev.godwit.processor.snapshot.SnapshotFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Godwit reads javax.persistence as it reads jakarta.persistence: every domain of the corpus,
 * its v1 and then its v2 compiled once as written (jakarta) and once with {@code jakarta.persistence}
 * replaced by {@code javax.persistence} (javax.persistence-api 2.2 on the classpath), gives
 * byte-identical files after each version: the migrations and review reports of every dialect the
 * domain configures, and the snapshot (compared unsealed: its seal covers the inputs, and the
 * annotations' package is one). No database: {@link CorpusTest} proves the jakarta output against
 * Hibernate, so equal output is the same proof for javax.
 *
 * <p>Bean Validation stays {@code jakarta.validation} in the twin (enrollment is the one domain that
 * uses it): Godwit, like Hibernate 6.6, reads {@code javax.validation} not at all, so translating it
 * too would rightly change the schema (no NOT NULL, sizes or checks from it). A domain written for
 * JPA 3.2 ({@code jpa=3.2}: generators on a package) has no javax twin; the test shows javac refuses it.
 */
class JavaxCorpusTest {
  private static final Path ROOT = Path.of("target", "corpus-javax").toAbsolutePath();
  /**
   * Hibernate 6.6's {@code @CollectionId(column)} takes a jakarta {@code @Column} whatever API the
   * entities use, so a javax application spells that one annotation out as jakarta's.
   */
  private static final String COLLECTION_ID_COLUMN = "@CollectionId(column = @Column(";
  private static final String JAKARTA_COLLECTION_ID_COLUMN = "@CollectionId(column = @jakarta.persistence.Column(";

  @TestFactory
  Stream<DynamicTest> javaxGivesTheFilesJakartaGives() {
    return Domain.all().stream().map(domain -> domain.jpa().equals("3.2")
        ? dynamicTest(domain.name() + ": javax.persistence cannot declare its generators on a package",
            () -> packageGeneratorsRefused(domain))
        : dynamicTest(domain.name(), () -> compare(domain)));
  }

  /**
   * A domain written for the JPA 3.2 API ({@code jpa=3.2}) declares generators on its package, which
   * only JPA 3.2 allows: javax.persistence (2.2, the last) has no package target, so its twin does
   * not compile, and javac says so on the package-info.
   */
  private static void packageGeneratorsRefused(Domain domain) throws IOException {
    Path root = ROOT.resolve(domain.name());
    GeneratedDomain.delete(root);
    Path javaxSources = root.resolve("javax-sources");
    translate(domain, javaxSources);
    Path out = root.resolve("javax");
    GodwitRun.Result result = GodwitRun.compile(javaxSources.resolve("v1"), out.resolve("classes-v1"),
        out.resolve("snapshot.json"), out.resolve("migrations"), domain.naming(), domain.dialects(),
        GodwitRun.testClasspath());
    assertFalse(result.success(), domain + ": the javax twin compiled");
    assertTrue(result.diagnostics().stream().anyMatch(d -> d.startsWith("ERROR: ") && d.contains("package-info.java")
        && d.contains("not applicable to this kind of declaration")), String.join("\n", result.diagnostics()));
  }

  private static void compare(Domain domain) throws IOException {
    Path root = ROOT.resolve(domain.name());
    GeneratedDomain.delete(root);
    Path javaxSources = root.resolve("javax-sources");
    int translated = translate(domain, javaxSources);
    assertTrue(translated > 0, domain + ": no source imports jakarta.persistence");
    for (int version = 1; version <= 2; version++) {
      Map<String, String> jakarta = compile(domain, "jakarta", domain.sources(version), root, version);
      Map<String, String> javax = compile(domain, "javax", javaxSources.resolve("v" + version), root, version);
      String migration = "V" + version + "__";
      assertTrue(jakarta.keySet().stream().anyMatch(file -> file.contains(migration)),
          domain + " v" + version + ": the jakarta compile wrote no " + migration + " migration: " + jakarta.keySet());
      assertEquals(jakarta.keySet(), javax.keySet(), domain + " v" + version + ": the files written");
      for (String file : jakarta.keySet()) {
        assertEquals(jakarta.get(file), javax.get(file), domain + " v" + version + ": " + file);
      }
    }
  }

  /** The domain's v1 and v2 with jakarta.persistence replaced by javax.persistence; how many files changed. */
  private static int translate(Domain domain, Path target) throws IOException {
    int changed = 0;
    for (int version = 1; version <= 2; version++) {
      Path from = domain.sources(version);
      try (Stream<Path> walk = Files.walk(from)) {
        for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
          String text = Files.readString(file, StandardCharsets.UTF_8);
          String javax = text.replace("jakarta.persistence.", "javax.persistence.")
              .replace(COLLECTION_ID_COLUMN, JAKARTA_COLLECTION_ID_COLUMN);
          assertFalse(javax.replace(JAKARTA_COLLECTION_ID_COLUMN, "").contains("jakarta.persistence"),
              file + " names jakarta.persistence otherwise");
          changed += javax.equals(text) ? 0 : 1;
          Path to = target.resolve("v" + version).resolve(from.relativize(file).toString());
          Files.createDirectories(to.getParent());
          Files.writeString(to, javax, StandardCharsets.UTF_8);
        }
      }
    }
    return changed;
  }

  /**
   * One API's compile of one version, on the snapshot and migrations its previous version left:
   * every file written, by path, the snapshot unsealed.
   */
  private static Map<String, String> compile(Domain domain, String api, Path sources, Path root, int version)
      throws IOException {
    Path out = root.resolve(api);
    Path snapshot = out.resolve("snapshot.json");
    Path migrations = out.resolve("migrations");
    GodwitRun.Result result = GodwitRun.compile(sources, out.resolve("classes-v" + version), snapshot, migrations,
        domain.naming(), domain.dialects(), domain.classpath());
    assertTrue(result.success(), domain + " v" + version + " with " + api + ".persistence did not compile:\n  "
        + String.join("\n  ", result.diagnostics()));
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(migrations)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(out.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    try {
      files.put("snapshot.json (unsealed)",
          SnapshotCodec.write(SnapshotCodec.read(Files.readString(snapshot, StandardCharsets.UTF_8))));
    } catch (SnapshotFormatException e) {
      throw new AssertionError(domain + ": " + api + " snapshot unreadable", e);
    }
    return files;
  }
}
