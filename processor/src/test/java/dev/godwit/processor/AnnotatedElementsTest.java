package dev.godwit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The round's scan for Godwit's annotations looks at the root classes and packages and the classes
 * nested in them, as javac's {@code getElementsAnnotatedWithAny} would, without walking members.
 */
class AnnotatedElementsTest {
  @TempDir Path dir;

  private Compilation compile(List<JavaFileObject> sources) {
    return Compiler.javac().withProcessors(new GodwitProcessor()).withOptions(
        "-Agodwit.snapshot=" + dir.resolve("godwit/snapshot.json"), "-Agodwit.output=" + dir.resolve("db/migration"),
        "-Agodwit.naming=snake_case", "-Agodwit.dialects=h2").compile(sources);
  }

  private static JavaFileObject source(String name, String body) {
    return JavaFileObjects.forSourceString(name, body);
  }

  @Test
  void entitiesNestedInOtherClassesAreFound() throws IOException {
    Compilation compilation = compile(List.of(
        source("shop.Item", "package shop;\n@jakarta.persistence.Entity public class Item { @jakarta.persistence.Id Long id; }"),
        source("shop.Catalog", """
            package shop;
            import jakarta.persistence.*;
            public class Catalog {
              public static class Shelf {
                @Entity public static class Part { @Id Long id; }
              }
              @Entity public static class Label { @Id Long id; }
            }
            """)));
    assertThat(compilation).succeeded();
    String sql;
    try (Stream<Path> files = Files.list(dir.resolve("db/migration/h2"))) {
      sql = Files.readString(files.filter(f -> f.getFileName().toString().startsWith("V1__")).findFirst().orElseThrow());
    }
    assertThat(sql).contains("create table item (", "create table part (", "create table label (");
  }

  @Test
  void anAcknowledgementOnAPackageIsFound() {
    JavaFileObject packageInfo = source("shop.package-info", """
        @AllowDestructive(value = "item.price", reason = "prices moved to the catalogue service")
        package shop;
        import dev.godwit.AllowDestructive;
        """);
    Compilation compilation = compile(List.of(packageInfo,
        source("shop.Item", "package shop;\n@jakarta.persistence.Entity public class Item { @jakarta.persistence.Id Long id; }")));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[GW204] @AllowDestructive entry \"item.price\" matches no destructive change")
        .inFile(packageInfo);
  }
}
