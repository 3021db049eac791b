package dev.godwit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.godwit.processor.snapshot.SnapshotCodec;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast path of a compile with no change ({@link MigrationGenerator#upToDate}): taken only when
 * the snapshot is sealed for exactly this compilation's inputs, and then indistinguishable from
 * the ordinary path in files, class output and diagnostics; every kind of input that extraction
 * reads breaks the seal.
 */
class FastPathTest {
  @TempDir Path dir;

  private record Run(Compilation compilation, boolean fast) {}

  private Run compile(String mode, List<JavaFileObject> sources, String... extra) {
    return compile(mode, sources, null, extra);
  }

  private Run compile(String mode, List<JavaFileObject> sources, Path library, String... extra) {
    List<String> options = new ArrayList<>(List.of("-Agodwit.snapshot=" + dir.resolve("godwit/snapshot.json"),
        "-Agodwit.output=" + dir.resolve("src/main/resources/db/migration"), "-Agodwit.mode=" + mode));
    options.addAll(List.of(extra));
    GodwitProcessor processor = new GodwitProcessor();
    Compiler javac = Compiler.javac().withProcessors(processor).withOptions(options);
    if (library != null) {
      List<File> classpath = new ArrayList<>(Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
          .map(File::new).toList());
      classpath.add(library.toFile());
      javac = javac.withClasspath(classpath);
    }
    Compilation compilation = javac.compile(sources);
    return new Run(compilation, processor.tookFastPath());
  }

  private static JavaFileObject source(String name, String text) {
    return JavaFileObjects.forSourceString(name, text);
  }

  private static JavaFileObject item(String body) {
    return source("shop.Item", """
        package shop;
        import jakarta.persistence.*;
        @Entity
        public class Item {
          @Id Long id;
          @Column(length = 40) String name;
        %s}
        """.formatted(body));
  }

  private Path snapshot() {
    return dir.resolve("godwit/snapshot.json");
  }

  private Map<String, String> files() {
    try {
      return ProcessorFixturesTest.files(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Generates from {@code sources} and checks that the snapshot came out sealed. */
  private void generate(List<JavaFileObject> sources, String... extra) throws IOException {
    generate(sources, null, extra);
  }

  private void generate(List<JavaFileObject> sources, Path library, String... extra) throws IOException {
    Run run = compile("generate", sources, library, extra);
    assertThat(run.compilation()).succeeded();
    assertThat(run.fast()).isFalse();
    assertThat(Files.readString(snapshot())).startsWith("{\n  \"godwit\": 13,\n  \"inputs\": \"crc32c-crc32:");
  }

  /** After generating from {@code before}, a compile of {@code after} does not take the fast path. */
  private Run missesAfter(List<JavaFileObject> before, List<JavaFileObject> after, String... extra) throws IOException {
    generate(before);
    Run run = compile("generate", after, extra);
    assertThat(run.fast()).as("the fast path after an input change").isFalse();
    return run;
  }

  @Test
  void aCompileWithNoChangeTakesTheFastPathInBothModesAndWritesNothing() throws IOException {
    generate(List.of(item("")));
    Map<String, String> before = files();
    for (String mode : List.of("generate", "check")) {
      Run run = compile(mode, List.of(item("")));
      assertThat(run.compilation()).succeededWithoutWarnings();
      assertThat(run.fast()).as(mode).isTrue();
      assertThat(files()).isEqualTo(before);
    }
  }

  /** A snapshot whose keys have delete actions is sealed in format 12, and the seal opens as format 11's does. */
  @Test
  void aSnapshotWithDeleteActionsIsSealedAndTakesTheFastPath() throws IOException {
    List<JavaFileObject> sources = List.of(item(""), source("shop.Line", """
        package shop;
        import jakarta.persistence.*;
        import org.hibernate.annotations.OnDelete;
        import org.hibernate.annotations.OnDeleteAction;
        @Entity
        public class Line {
          @Id Long id;
          @ManyToOne @OnDelete(action = OnDeleteAction.CASCADE) Item item;
        }
        """));
    Run first = compile("generate", sources);
    assertThat(first.compilation()).succeeded();
    assertThat(Files.readString(snapshot())).startsWith("{\n  \"godwit\": 13,\n  \"inputs\": \"crc32c-crc32:")
        .contains("\"onDelete\": \"cascade\"");
    Map<String, String> before = files();
    assertThat(before.values()).anyMatch(sql -> sql.contains("references Item (id) on delete cascade"));
    for (String mode : List.of("generate", "check")) {
      Run run = compile(mode, sources);
      assertThat(run.compilation()).succeededWithoutWarnings();
      assertThat(run.fast()).as(mode).isTrue();
      assertThat(files()).isEqualTo(before);
    }
  }

  /** Generates V1 from an item without {@code sources}' column, then V2 from {@code sources}; the sealed snapshot. */
  private String generateTwoVersions(List<JavaFileObject> sources) throws IOException {
    generate(List.of(item("")));
    generate(sources);
    return Files.readString(snapshot());
  }

  @Test
  void theFastPathGivesTheOrdinaryPathsFilesClassOutputAndDiagnostics() throws Exception {
    List<JavaFileObject> sources = List.of(item("  String colour;\n"));
    String sealed = generateTwoVersions(sources);
    String unsealed = SnapshotCodec.write(SnapshotCodec.read(sealed));
    assertThat(unsealed).doesNotContain("\"inputs\"");
    Path java = dir.resolve("src/main/java/db/godwit");
    Path v1 = java.resolve("V1__create_item.java");
    String v1Source = Files.readString(v1);
    for (String mode : List.of("generate", "check")) {
      // as committed; then with V1's Java source missing: written with a note (generate), GW508 (check)
      for (boolean missingJava : List.of(false, true)) {
        List<String> outcomes = new ArrayList<>();
        for (String snapshot : List.of(sealed, unsealed)) {
          Files.writeString(snapshot(), snapshot);
          Files.writeString(v1, v1Source);
          if (missingJava) {
            Files.delete(v1);
          }
          Run run = compile(mode, sources);
          assertThat(run.fast()).as("%s, missing Java %s", mode, missingJava).isEqualTo(snapshot.equals(sealed));
          Map<String, String> state = files();
          state.remove("godwit/snapshot.json");
          outcomes.add(describe(run.compilation()) + "\nfiles:\n" + state);
        }
        assertThat(outcomes.get(0)).as("%s, missing Java %s", mode, missingJava).isEqualTo(outcomes.get(1));
      }
    }
    Files.writeString(snapshot(), sealed);
    Files.writeString(v1, v1Source);
  }

  /** Status, diagnostics and every file put into the class output. */
  private static String describe(Compilation compilation) {
    String diagnostics = compilation.diagnostics().stream()
        .map(d -> d.getKind() + " " + d.getMessage(null) + " @ " + (d.getSource() == null ? "" : d.getSource().getName())
            + ":" + d.getLineNumber())
        .collect(Collectors.joining("\n"));
    Map<String, String> outputs = new TreeMap<>();
    for (JavaFileObject file : compilation.status() == Compilation.Status.SUCCESS ? compilation.generatedFiles()
        : List.<JavaFileObject>of()) {
      byte[] bytes;
      try (java.io.InputStream in = file.openInputStream()) {
        bytes = in.readAllBytes();
      } catch (java.io.FileNotFoundException asked) {
        continue; // asked for but never written (compile-testing lists it): where the build seal would go
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      outputs.put(file.toUri().toString(), file.getName().endsWith(".class") ? bytes.length + " bytes "
          + Arrays.hashCode(bytes) : new String(bytes, StandardCharsets.UTF_8));
    }
    return compilation.status() + "\n" + diagnostics + "\n" + outputs;
  }

  @Test
  void aMethodBodyEditTakesTheFastPathAndANewMethodTheOrdinaryOneNeitherWrites() throws IOException {
    generate(List.of(item("  String label() { return name; }\n")));
    Map<String, String> before = files();
    Run body = compile("generate", List.of(item("  String label() { return \"item \" + name; }\n")));
    assertThat(body.compilation()).succeededWithoutWarnings();
    assertThat(body.fast()).as("a method body is no input of extraction").isTrue();
    Run method = compile("generate", List.of(item("  String label() { return name; }\n  int twice(int x) { return 2 * x; }\n")));
    assertThat(method.compilation()).succeededWithoutWarnings();
    assertThat(method.fast()).as("a new member changes the fingerprint").isFalse();
    assertThat(files()).as("nothing written by either").isEqualTo(before);
  }

  @Test
  void anAnnotationValueOnASuperclassInAnotherFileBreaksTheSeal() throws IOException {
    String base = """
        package shop;
        import jakarta.persistence.*;
        @MappedSuperclass
        public abstract class Base {
          @Id Long id;
          @Column(length = %d) String code;
        }
        """;
    JavaFileObject entity = source("shop.Item", """
        package shop;
        import jakarta.persistence.*;
        @Entity
        public class Item extends Base {
          String name;
        }
        """);
    Run run = missesAfter(List.of(entity, source("shop.Base", base.formatted(20))),
        List.of(entity, source("shop.Base", base.formatted(30))));
    assertThat(run.compilation()).succeeded();
    assertThat(files().keySet()).anyMatch(f -> f.contains("V2__"));
  }

  @Test
  void anEntityAddedOrRemovedBreaksTheSeal() throws IOException {
    JavaFileObject tag = source("shop.Tag", """
        package shop;
        import jakarta.persistence.*;
        @Entity
        public class Tag {
          @Id Long id;
        }
        """);
    assertThat(missesAfter(List.of(item("")), List.of(item(""), tag)).compilation()).succeeded();
    Run removed = compile("check", List.of(item("")));
    assertThat(removed.fast()).isFalse();
    assertThat(removed.compilation()).hadErrorContaining("GW502");
  }

  @Test
  void anOptionThatShapesTheSchemaBreaksTheSealOnesThatDoNotKeepIt() throws IOException {
    generate(List.of(item("  String shortName;\n")));
    Run naming = compile("check", List.of(item("  String shortName;\n")), "-Agodwit.naming=snake_case");
    assertThat(naming.fast()).isFalse();
    assertThat(naming.compilation()).hadErrorContaining("GW502");
    Run dialects = compile("check", List.of(item("  String shortName;\n")), "-Agodwit.postgresql.version=16");
    assertThat(dialects.fast()).as("any godwit option but paths and the mode is an input").isFalse();
    Run moved = compile("check", List.of(item("  String shortName;\n")));
    assertThat(moved.fast()).isTrue();
  }

  @Test
  void aPackageInfoAnnotationChangeBreaksTheSeal() throws IOException {
    // package generators need jakarta.persistence 3.2 (the tests compile against 3.1): any package
    // annotation of an entity's package is an input, whatever its type
    String packageInfo = """
        @Deprecated(since = "%s")
        package shop;
        """;
    JavaFileObject entity = source("shop.Item", """
        package shop;
        import jakarta.persistence.*;
        @Entity
        public class Item {
          @Id @GeneratedValue Long id;
        }
        """);
    missesAfter(List.of(entity, source("shop.package-info", packageInfo.formatted("a"))),
        List.of(entity, source("shop.package-info", packageInfo.formatted("b"))));
  }

  /** Classes on the class path: an embeddable, an enum and a converter in a jar-like folder. */
  private Path library(int length, String constants, String converted) throws IOException {
    Compilation compilation = Compiler.javac().withOptions("-proc:none").compile(
        source("lib.Money", """
            package lib;
            import jakarta.persistence.*;
            @Embeddable
            public class Money {
              @Column(length = %d) String currency;
              long cents;
            }
            """.formatted(length)),
        source("lib.Colour", "package lib;\npublic enum Colour { " + constants + " }\n"),
        source("lib.Upper", """
            package lib;
            import jakarta.persistence.*;
            @Converter
            public class Upper implements AttributeConverter<String, %1$s> {
              public %1$s convertToDatabaseColumn(String value) { return null; }
              public String convertToEntityAttribute(%1$s value) { return null; }
            }
            """.formatted(converted)));
    assertThat(compilation).succeeded();
    Path library = Files.createTempDirectory(dir, "lib");
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String name = file.toUri().getPath();
        Path target = library.resolve(name.substring(name.indexOf("/lib/") + 1));
        Files.createDirectories(target.getParent());
        Files.write(target, file.openInputStream().readAllBytes());
      }
    }
    return library;
  }

  @Test
  void classPathEmbeddablesEnumsAndConvertersAreInputs() throws IOException {
    List<JavaFileObject> entity = List.of(source("shop.Item", """
        package shop;
        import jakarta.persistence.*;
        @Entity
        public class Item {
          @Id Long id;
          @Embedded lib.Money price;
          @Enumerated(EnumType.STRING) lib.Colour colour;
          @Convert(converter = lib.Upper.class) String code;
        }
        """));
    Path original = library(3, "RED, GREEN", "String");
    generate(entity, original);
    assertThat(compile("check", entity, original).fast()).as("unchanged").isTrue();
    for (Path changed : List.of(library(4, "RED, GREEN", "String"), library(3, "RED, GREEN, BLUE", "String"),
        library(3, "RED, GREEN", "Integer"))) {
      Run run = compile("check", entity, changed);
      assertThat(run.fast()).as("after %s", changed).isFalse();
    }
  }

  @Test
  void backfillAndAllowDestructiveWarnInEveryCompileSoTheyKeepTheOrdinaryPath() throws IOException {
    generate(List.of(item("")));
    List<JavaFileObject> withBackfill = List.of(item("  @dev.godwit.Backfill(\"'x'\") String colour;\n"));
    Run first = compile("generate", withBackfill);
    assertThat(first.compilation()).succeeded();
    assertThat(Files.readString(snapshot())).as("a compile with @Backfill does not seal").doesNotContain("\"inputs\"");
    Run again = compile("generate", withBackfill);
    assertThat(again.fast()).isFalse();
    assertThat(again.compilation()).hadWarningContaining("GW206");
  }

  @Test
  void anEditedOrReformattedSnapshot() throws IOException {
    generate(List.of(item("")));
    String sealed = Files.readString(snapshot());
    Files.writeString(snapshot(), sealed.replace("\n", "\r\n"));
    assertThat(compile("check", List.of(item(""))).fast()).as("CRLF line ends keep the seal").isTrue();
    Files.writeString(snapshot(), sealed.replace("\"length\": 40", "\"length\": 41"));
    Run edited = compile("check", List.of(item("")));
    assertThat(edited.fast()).as("an edited snapshot breaks the seal").isFalse();
    assertThat(edited.compilation()).hadErrorContaining("GW502");
  }

  /**
   * The seal covers the committed migration files: an edited or an added file breaks it and the
   * ordinary path reports what its checksums show; other line ends keep it; a review report the
   * seal does not cover is still checked. Each outcome is the unsealed snapshot's.
   */
  @Test
  void theSealCoversTheCommittedMigrationFiles() throws Exception {
    List<JavaFileObject> sources = List.of(item("  String colour;\n"));
    String sealed = generateTwoVersions(sources);
    String unsealed = SnapshotCodec.write(SnapshotCodec.read(sealed));
    Path migrations = dir.resolve("src/main/resources/db/migration");
    Path v1 = migrations.resolve("postgresql/V1__create_item.sql");
    String v1Sql = Files.readString(v1);
    Map<String, Boolean> fastWhenSealed = new TreeMap<>(Map.of("crlf", true, "edited", false, "foreign", false,
        "stray report", true));
    for (Map.Entry<String, Boolean> change : fastWhenSealed.entrySet()) {
      List<String> outcomes = new ArrayList<>();
      for (String snapshot : List.of(sealed, unsealed)) {
        Files.writeString(snapshot(), snapshot);
        Files.writeString(v1, v1Sql);
        Path added = switch (change.getKey()) {
          case "crlf" -> {
            Files.writeString(v1, v1Sql.replace("\n", "\r\n"));
            yield null;
          }
          case "edited" -> {
            Files.writeString(v1, v1Sql.replace("create table", "create  table"));
            yield null;
          }
          case "foreign" -> Files.writeString(migrations.resolve("postgresql/V2__other_branch.sql"), "select 1;\n");
          case "stray report" -> Files.writeString(migrations.resolve("V7__gone.md"), "# V7\n");
          default -> throw new AssertionError(change.getKey());
        };
        Run run = compile("check", sources);
        if (added != null) {
          Files.delete(added);
        }
        assertThat(run.fast()).as("%s, sealed %s", change.getKey(), snapshot.equals(sealed))
            .isEqualTo(snapshot.equals(sealed) && change.getValue());
        outcomes.add(describe(run.compilation()));
      }
      assertThat(outcomes.get(0)).as(change.getKey()).isEqualTo(outcomes.get(1));
      assertThat(outcomes.get(0)).as(change.getKey()).startsWith(change.getKey().equals("crlf") ? "SUCCESS" : "FAILURE");
    }
  }
}
