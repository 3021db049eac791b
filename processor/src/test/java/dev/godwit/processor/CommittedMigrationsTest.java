package dev.godwit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.godwit.processor.snapshot.SnapshotCodec;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Committed migrations are protected by the checksums in the snapshot: real edits, deletions,
 * renames and renumbering are errors naming the file, editor noise is not, and two branches that
 * each generated the same version are caught after the merge.
 */
class CommittedMigrationsTest {
  @TempDir Path dir;

  private static JavaFileObject item(String... extraFields) {
    StringBuilder fields = new StringBuilder();
    for (String field : extraFields) {
      fields.append("  String ").append(field).append(";\n");
    }
    return JavaFileObjects.forSourceString("shop.Item", """
        package shop;
        import jakarta.persistence.*;
        @Entity
        public class Item {
          @Id Long id;
          String name;
        %s}
        """.formatted(fields));
  }

  private Compilation compile(Path root, String mode, JavaFileObject source, String... extra) {
    List<String> options = new ArrayList<>(List.of("-Agodwit.snapshot=" + root.resolve("godwit/snapshot.json"),
        "-Agodwit.output=" + root.resolve("db/migration"), "-Agodwit.mode=" + mode));
    options.addAll(List.of(extra));
    return Compiler.javac().withProcessors(new GodwitProcessor()).withOptions(options).compile(source);
  }

  private Path file(String dialect, String name) {
    return dir.resolve("db/migration").resolve(dialect).resolve(name);
  }

  /** V1 creates item, V2 adds price. */
  private void twoVersions() {
    assertThat(compile(dir, "generate", item())).succeeded();
    assertThat(compile(dir, "generate", item("price"))).succeeded();
    assertThat(Files.exists(file("postgresql", "V2__add_item_price.sql"))).isTrue();
  }

  @Test
  void theSnapshotRecordsAChecksumOfEveryFile() throws IOException {
    twoVersions();
    String snapshot = Files.readString(dir.resolve("godwit/snapshot.json"));
    for (String dialect : List.of("h2", "mysql", "postgresql")) {
      for (String name : List.of("V1__create_item.sql", "U1__create_item.sql", "V2__add_item_price.sql", "U2__add_item_price.sql")) {
        assertThat(snapshot).contains("\"" + dialect + "/" + name + "\": \"sha256:");
      }
    }
  }

  @Test
  void anEditedMigrationIsAnErrorNamingTheFileInBothModes() throws IOException {
    twoVersions();
    Path v1 = file("postgresql", "V1__create_item.sql");
    Files.writeString(v1, Files.readString(v1).replace("varchar(255)", "varchar(100)"));
    Map<String, String> before = ProcessorFixturesTest.files(dir);
    for (String mode : List.of("check", "generate")) {
      Compilation compilation = compile(dir, mode, item("price", "colour"));
      assertThat(compilation).failed();
      assertThat(compilation).hadErrorContaining("[GW505] " + v1 + " was edited after Godwit generated it");
      assertThat(compilation).hadErrorContaining("-Agodwit.acceptEdits=1");
      assertThat(ProcessorFixturesTest.files(dir)).as("nothing written in %s mode", mode).isEqualTo(before);
    }
  }

  @Test
  void lineEndingsTrailingWhitespaceAndFinalNewlinesAreNotEdits() throws IOException {
    twoVersions();
    for (String dialect : List.of("h2", "mysql", "postgresql")) {
      Path v2 = file(dialect, "V2__add_item_price.sql");
      Files.writeString(v2, Files.readString(v2).replace("\n", "  \r\n") + "\r\n\r\n");
    }
    assertThat(compile(dir, "check", item("price"))).succeeded();
  }

  @Test
  void aDeletedMigrationIsAnError() throws IOException {
    twoVersions();
    Files.delete(file("mysql", "U2__add_item_price.sql"));
    Compilation compilation = compile(dir, "check", item("price"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW505] " + file("mysql", "U2__add_item_price.sql") + " is missing");
  }

  @Test
  void aRenumberedMigrationIsAnError() throws IOException {
    twoVersions();
    for (String kind : List.of("V", "U")) {
      Files.move(file("h2", kind + "2__add_item_price.sql"), file("h2", kind + "3__add_item_price.sql"));
    }
    Compilation compilation = compile(dir, "check", item("price"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(file("h2", "V2__add_item_price.sql") + " is missing");
    assertThat(compilation).hadErrorContaining("renumbered?");
  }

  @Test
  void aRenamedMigrationIsAnError() throws IOException {
    twoVersions();
    Files.move(file("h2", "V2__add_item_price.sql"), file("h2", "V2__price.sql"));
    Compilation compilation = compile(dir, "check", item("price"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("found V2__price.sql instead: renamed?");
  }

  @Test
  void aDeliberateEditIsRecordedWhenAccepted() throws IOException {
    twoVersions();
    Path v2 = file("h2", "V2__add_item_price.sql");
    Files.writeString(v2, Files.readString(v2) + "-- reviewed by the DBA\n");
    assertThat(compile(dir, "check", item("price"), "-Agodwit.acceptEdits=2")).failed();
    Compilation accept = compile(dir, "generate", item("price"), "-Agodwit.acceptEdits=2");
    assertThat(accept).succeeded();
    assertThat(accept).hadNoteContaining("Godwit wrote the edited migrations h2/V2__add_item_price.sql");
    assertThat(compile(dir, "check", item("price"))).succeeded();
  }

  /**
   * Main generated V2 (add price) while a branch, from V1, generated its own V2 (add colour).
   * After the merge the entities have both fields, main's snapshot was kept, and both V2 files are
   * in each folder.
   */
  private void mergeOfTwoBranches(@TempDir Path branch) throws IOException {
    twoVersions();
    assertThat(compile(branch, "generate", item())).succeeded();
    assertThat(compile(branch, "generate", item("colour"))).succeeded();
    for (String dialect : List.of("h2", "mysql", "postgresql")) {
      for (String kind : List.of("V", "U")) {
        String name = kind + "2__add_item_colour.sql";
        Files.copy(branch.resolve("db/migration").resolve(dialect).resolve(name), file(dialect, name));
      }
    }
  }

  @Test
  void twoBranchesThatGeneratedTheSameVersionAreCaughtAfterTheMerge(@TempDir Path branch) throws IOException {
    mergeOfTwoBranches(branch);
    Map<String, String> before = ProcessorFixturesTest.files(dir);
    for (String mode : List.of("check", "generate")) {
      Compilation compilation = compile(dir, mode, item("price", "colour"));
      assertThat(compilation).failed();
      assertThat(compilation).hadErrorContaining("[GW506] version 2 was generated on two branches: the snapshot records"
          + " U2__add_item_price.sql, V2__add_item_price.sql, and U2__add_item_colour.sql, V2__add_item_colour.sql came"
          + " from the other branch");
      assertThat(compilation).hadErrorContaining("-Agodwit.renumber=true");
      assertThat(ProcessorFixturesTest.files(dir)).isEqualTo(before);
    }
  }

  @Test
  void renumberRegeneratesTheOtherBranchsChangeAsTheNextVersion(@TempDir Path branch) throws IOException {
    mergeOfTwoBranches(branch);
    Compilation compilation = compile(dir, "generate", item("price", "colour"), "-Agodwit.renumber=true");
    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining("Godwit removed the other branch's");
    for (String dialect : List.of("h2", "mysql", "postgresql")) {
      assertThat(Files.exists(file(dialect, "V2__add_item_colour.sql"))).isFalse();
      assertThat(Files.exists(file(dialect, "V2__add_item_price.sql"))).isTrue();
      assertThat(Files.readString(file(dialect, "V3__add_item_colour.sql"))).contains("colour");
    }
    assertThat(compile(dir, "check", item("price", "colour"))).succeeded();
  }

  @Test
  void renumberAlsoRemovesTheFlywayConfigurationOfTheOtherBranchsScript(@TempDir Path branch) throws IOException {
    twoVersions();
    JavaFileObject indexed = JavaFileObjects.forSourceString("shop.Item", """
        package shop;
        import jakarta.persistence.*;
        @Entity
        @Table(indexes = @Index(name = "ix_item_name", columnList = "name"))
        public class Item {
          @Id Long id;
          String name;
        }
        """);
    assertThat(compile(branch, "generate", item())).succeeded();
    assertThat(compile(branch, "generate", indexed)).succeeded();
    Path branchFolder = branch.resolve("db/migration/postgresql");
    String script;
    try (var files = Files.list(branchFolder)) {
      script = files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("V2__") && n.endsWith(".sql"))
          .findFirst().orElseThrow();
    }
    assertThat(branchFolder.resolve(script + ".conf")).as("a concurrent index build runs outside a transaction").exists();
    for (String dialect : List.of("h2", "mysql", "postgresql")) {
      try (var files = Files.list(branch.resolve("db/migration").resolve(dialect))) {
        for (Path file : files.filter(f -> f.getFileName().toString().startsWith("V2__")
            || f.getFileName().toString().startsWith("U2__")).toList()) {
          Files.copy(file, file(dialect, file.getFileName().toString()));
        }
      }
    }
    JavaFileObject merged = JavaFileObjects.forSourceString("shop.Item", """
        package shop;
        import jakarta.persistence.*;
        @Entity
        @Table(indexes = @Index(name = "ix_item_name", columnList = "name"))
        public class Item {
          @Id Long id;
          String name;
          String price;
        }
        """);
    assertThat(compile(dir, "generate", merged, "-Agodwit.renumber=true")).succeeded();
    assertThat(file("postgresql", script)).doesNotExist();
    assertThat(file("postgresql", script + ".conf")).doesNotExist();
    assertThat(compile(dir, "check", merged)).succeeded();
  }

  private static final JavaFileObject INDEXED_ITEM = JavaFileObjects.forSourceString("shop.Item", """
      package shop;
      import jakarta.persistence.*;
      @Entity
      @Table(indexes = @Index(name = "ix_item_name", columnList = "name"))
      public class Item {
        @Id Long id;
        String name;
      }
      """);

  /** V1 creates item, V2 indexes it: concurrently on PostgreSQL, so Flyway gets a .sql.conf. Returns its name. */
  private String nonTransactionalVersion() throws IOException {
    assertThat(compile(dir, "generate", item())).succeeded();
    assertThat(compile(dir, "generate", INDEXED_ITEM)).succeeded();
    try (var files = Files.list(file("postgresql", "."))) {
      String conf = files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("V2__") && n.endsWith(".sql.conf"))
          .findFirst().orElseThrow();
      assertThat(file("postgresql", conf)).hasContent("executeInTransaction=false");
      return conf;
    }
  }

  @Test
  void theSnapshotRecordsTheFlywayConfigurationBesideANonTransactionalScript() throws IOException {
    String conf = nonTransactionalVersion();
    assertThat(Files.readString(dir.resolve("godwit/snapshot.json"))).contains("\"postgresql/" + conf + "\": \"sha256:");
    assertThat(Files.readString(dir.resolve("godwit/snapshot.json"))).doesNotContain("\"mysql/" + conf);
    assertThat(compile(dir, "check", INDEXED_ITEM)).succeeded();
  }

  @Test
  void anEditedFlywayConfigurationIsAnErrorUnlessAccepted() throws IOException {
    String conf = nonTransactionalVersion();
    Files.writeString(file("postgresql", conf), "executeInTransaction=true\n");
    Map<String, String> before = ProcessorFixturesTest.files(dir);
    for (String mode : List.of("check", "generate")) {
      Compilation compilation = compile(dir, mode, INDEXED_ITEM);
      assertThat(compilation).failed();
      assertThat(compilation).hadErrorContaining("[GW505] " + file("postgresql", conf) + " was edited after Godwit generated it");
      assertThat(ProcessorFixturesTest.files(dir)).as("nothing written in %s mode", mode).isEqualTo(before);
    }
    Compilation accept = compile(dir, "generate", INDEXED_ITEM, "-Agodwit.acceptEdits=2");
    assertThat(accept).succeeded();
    assertThat(accept).hadNoteContaining("Godwit wrote the edited migrations postgresql/" + conf);
    assertThat(compile(dir, "check", INDEXED_ITEM)).succeeded();
  }

  @Test
  void aDeletedFlywayConfigurationIsAnError() throws IOException {
    String conf = nonTransactionalVersion();
    Files.delete(file("postgresql", conf));
    Compilation compilation = compile(dir, "check", INDEXED_ITEM);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW505] " + file("postgresql", conf) + " is missing");
    assertThat(compilation).hadErrorContaining("inside a transaction");
  }

  @Test
  void aSnapshotWithoutFlywayConfigurationRecordsStartsRecordingThemAtItsNextWrite() throws IOException {
    String conf = nonTransactionalVersion();
    Path snapshot = dir.resolve("godwit/snapshot.json");
    String older = Files.readString(snapshot).replaceAll(",?\n *\"postgresql/" + conf.replace(".", "\\.") + "\": \"sha256:[0-9a-f]+\"", "");
    assertThat(older).as("the snapshot as Godwit wrote it before .sql.conf files were recorded").doesNotContain(conf);
    Files.writeString(snapshot, older, StandardCharsets.UTF_8);
    Files.writeString(file("postgresql", conf), "executeInTransaction=false\r\n");

    assertThat(compile(dir, "check", INDEXED_ITEM)).succeeded();
    assertThat(compile(dir, "generate", INDEXED_ITEM)).succeeded();
    assertThat(Files.readString(snapshot)).as("a build without changes writes nothing").isEqualTo(older);

    JavaFileObject withPrice = JavaFileObjects.forSourceString("shop.Item", """
        package shop;
        import jakarta.persistence.*;
        @Entity
        @Table(indexes = @Index(name = "ix_item_name", columnList = "name"))
        public class Item {
          @Id Long id;
          String name;
          String price;
        }
        """);
    assertThat(compile(dir, "generate", withPrice)).succeeded();
    assertThat(Files.readString(snapshot)).contains("\"postgresql/" + conf + "\": \"sha256:");
    Files.writeString(file("postgresql", conf), "executeInTransaction=true\n");
    assertThat(compile(dir, "check", withPrice)).hadErrorContaining("[GW505] " + file("postgresql", conf) + " was edited");
  }

  @Test
  void aSnapshotWithMergeConflictMarkersSaysWhatToDo() throws IOException {
    twoVersions();
    Path snapshot = dir.resolve("godwit/snapshot.json");
    String text = Files.readString(snapshot);
    Files.writeString(snapshot, text.replace("\"version\": 2,", "<<<<<<< HEAD\n  \"version\": 2,\n=======\n  \"version\": 3,\n>>>>>>> feature"));
    Compilation compilation = compile(dir, "generate", item("price"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW301]");
    assertThat(compilation).hadErrorContaining("Git merge conflict markers");
    assertThat(compilation).hadErrorContaining("-Agodwit.renumber=true");
  }

  @Test
  void aSnapshotFromBeforeChecksumsStartsRecordingAtTheNextMigration() throws Exception {
    assertThat(compile(dir, "generate", item())).succeeded();
    Path snapshot = dir.resolve("godwit/snapshot.json");
    String unsealed = SnapshotCodec.write(SnapshotCodec.read(Files.readString(snapshot)));
    String formatOne = unsealed.replace("\"godwit\": 2,", "\"godwit\": 1,")
        .replaceAll(",\\n  \"migrations\": \\{[^}]*\\}", "");
    Files.writeString(snapshot, formatOne, StandardCharsets.UTF_8);
    assertThat(compile(dir, "check", item())).succeeded();
    assertThat(Files.readString(snapshot)).isEqualTo(formatOne);
    assertThat(compile(dir, "generate", item("price"))).succeeded();
    assertThat(Files.readString(snapshot)).contains("\"godwit\": 13,", "\"h2/V1__create_item.sql\": \"sha256:",
        "\"h2/V2__add_item_price.sql\": \"sha256:");
  }

  @Test
  void anEntityWhoseJpaAnnotationsDoNotResolveStopsGenerationInsteadOfVanishing() throws IOException {
    JavaFileObject legacy = JavaFileObjects.forSourceString("shop.Legacy", """
        package shop;
        import org.example.missing.persistence.Entity;
        @Entity
        public class Legacy { Long id; }
        """);
    // the annotation's name written in full: its tree is a member select, not an identifier
    JavaFileObject archived = JavaFileObjects.forSourceString("shop.Archived", """
        package shop;
        @org.example.missing.persistence.Table(name = "archived")
        public class Archived { Long id; }
        """);
    Compilation compilation = Compiler.javac().withProcessors(new GodwitProcessor()).withOptions(
        "-Agodwit.snapshot=" + dir.resolve("godwit/snapshot.json"), "-Agodwit.output=" + dir.resolve("db/migration"))
        .compile(item(), legacy, archived);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW107] the JPA annotations of Legacy do not resolve").inFile(legacy);
    assertThat(compilation).hadErrorContaining("[GW107] the JPA annotations of Archived do not resolve").inFile(archived);
    assertThat(ProcessorFixturesTest.files(dir)).isEmpty();
  }
}
