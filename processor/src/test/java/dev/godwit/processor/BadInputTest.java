package dev.godwit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input that earlier tests do not cover: each is a diagnostic with its code on the element
 * (or naming the file), never a stack trace, and an error writes nothing.
 */
class BadInputTest {
  @TempDir Path dir;

  private Compilation compile(List<JavaFileObject> sources, String... extra) {
    List<String> options = new ArrayList<>(List.of("-Agodwit.snapshot=" + dir.resolve("godwit/snapshot.json"),
        "-Agodwit.output=" + dir.resolve("db/migration")));
    options.addAll(List.of(extra));
    return Compiler.javac().withProcessors(new GodwitProcessor()).withOptions(options).compile(sources);
  }

  private static JavaFileObject source(String name, String body) {
    return JavaFileObjects.forSourceString("shop." + name, "package shop;\nimport jakarta.persistence.*;\nimport dev.godwit.*;\n" + body);
  }

  private static final JavaFileObject ITEM = source("Item", """
      @Entity
      public class Item {
        @Id Long id;
        String name;
      }
      """);

  private void assertNoStackTrace(Compilation compilation) {
    assertThat(compilation.diagnostics().stream().map(d -> d.getMessage(null)))
        .noneMatch(m -> m.contains("Exception") || m.contains("\tat ") || m.contains("GW599"));
  }

  @Test
  void aColumnNameTooLongForPostgresIsAnErrorOnTheField() throws IOException {
    String longName = "customer_preferred_delivery_window_start_time_in_local_timezone_x";
    JavaFileObject entity = source("Parcel", """
        @Entity
        public class Parcel {
          @Id Long id;
          @Column(name = "%s") String window;
        }
        """.formatted(longName));
    Compilation compilation = compile(List.of(entity));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW108] column name " + longName + " is 65 bytes long; PostgreSQL keeps 63")
        .inFile(entity).onLineContaining("String window");
    assertThat(ProcessorFixturesTest.files(dir)).isEmpty();
    assertThat(compile(List.of(entity), "-Agodwit.dialects=h2")).succeeded();
  }

  @Test
  void aTableNameTooLongForMySqlIsAnErrorOnTheClass() throws IOException {
    String longName = "t".repeat(65);
    JavaFileObject entity = source("Wide", """
        @Entity
        @Table(name = "%s")
        public class Wide {
          @Id Long id;
        }
        """.formatted(longName));
    Compilation compilation = compile(List.of(entity), "-Agodwit.dialects=mysql");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW108] table name " + longName + " is 65 characters long; MySQL")
        .inFile(entity).onLineContaining("public class Wide");
    assertNoStackTrace(compilation);
  }

  @Test
  void aBackfillOnAColumnThatNeedsNoneIsAWarningOnTheField() throws IOException {
    assertThat(compile(List.of(ITEM))).succeeded();
    JavaFileObject nullable = source("Item", """
        @Entity
        public class Item {
          @Id Long id;
          @Backfill("'x'") String name;
          @Backfill("'none'") String note;
        }
        """);
    Compilation compilation = compile(List.of(nullable));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[GW206] @Backfill on Item.name has no effect")
        .inFile(nullable).onLineContaining("String name");
    assertThat(compilation).hadWarningContaining("[GW206] @Backfill on Item.note has no effect")
        .inFile(nullable).onLineContaining("String note");
  }

  @Test
  void aBackfillThatIsUsedIsNotWarnedAbout() throws IOException {
    assertThat(compile(List.of(ITEM))).succeeded();
    JavaFileObject notNull = source("Item", """
        @Entity
        public class Item {
          @Id Long id;
          String name;
          @Backfill("'EUR'") @Column(nullable = false) String currency;
        }
        """);
    Compilation compilation = compile(List.of(notNull));
    assertThat(compilation).succeeded();
    assertThat(compilation.warnings().stream().map(d -> d.getMessage(null))).noneMatch(m -> m.contains("GW206"));
  }

  @Test
  void anAcknowledgementThatMatchesNothingIsAWarning() throws IOException {
    JavaFileObject stale = source("Item", """
        @Entity
        @AllowDestructive(value = "item.price", reason = "prices moved to the catalogue service")
        public class Item {
          @Id Long id;
          String name;
        }
        """);
    Compilation compilation = compile(List.of(stale));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[GW204] @AllowDestructive entry \"item.price\" matches no destructive change").inFile(stale);
  }

  @Test
  void twoEntitiesOnOneTableWithConflictingColumns() throws IOException {
    JavaFileObject first = source("First", """
        @Entity @Table(name = "shared")
        public class First { @Id Long id; @Column(length = 10) String code; }
        """);
    JavaFileObject second = source("Second", """
        @Entity @Table(name = "shared")
        public class Second { @Id Long id; @Column(length = 20) String code; }
        """);
    Compilation compilation = compile(List.of(first, second));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW106]");
    assertNoStackTrace(compilation);
    assertThat(ProcessorFixturesTest.files(dir)).isEmpty();
  }

  @Test
  void twoFieldsMappedToOneColumn() throws IOException {
    JavaFileObject twice = source("Twice", """
        @Entity
        public class Twice {
          @Id Long id;
          @Column(name = "code") String code;
          @Column(name = "CODE") String otherCode;
        }
        """);
    Compilation compilation = compile(List.of(twice));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW104]").inFile(twice).onLineContaining("otherCode");
    assertThat(ProcessorFixturesTest.files(dir)).isEmpty();
  }

  @Test
  void aSnapshotFromANewerGodwitIsRefusedNamingTheFile() throws IOException {
    Path snapshot = dir.resolve("godwit/snapshot.json");
    Files.createDirectories(snapshot.getParent());
    Files.writeString(snapshot, "{\"godwit\": 99, \"version\": 1, \"tables\": [], \"sequences\": []}\n");
    Compilation compilation = compile(List.of(ITEM));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW301] snapshot " + snapshot.toAbsolutePath().normalize());
    assertThat(compilation).hadErrorContaining("written by a newer Godwit (snapshot format 99");
    assertThat(ProcessorFixturesTest.files(dir)).isEqualTo(Map.of("godwit/snapshot.json",
        "{\"godwit\": 99, \"version\": 1, \"tables\": [], \"sequences\": []}\n"));
  }

  @Test
  void aHandMangledSnapshotNamesTheJsonPath() throws IOException {
    assertThat(compile(List.of(ITEM))).succeeded();
    Path snapshot = dir.resolve("godwit/snapshot.json");
    Files.writeString(snapshot, Files.readString(snapshot).replaceFirst("\"nullable\": true", "\"nullable\": \"yes\""));
    Compilation compilation = compile(List.of(ITEM));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("$.tables[0].columns[1].nullable: expected true or false");
    assertNoStackTrace(compilation);
  }
}
