package dev.godwit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

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
 * How {@code @GeneratedValue(generator = ...)} finds its generator, as Hibernate 6.6 does with its
 * default (local) generator scope: where Hibernate's result depends on the order it binds the
 * classes, or where it refuses the mapping, Godwit reports an error on the id. The schemas of the
 * lookups that succeed are proven against Hibernate in {@code HibernateOracleTest}
 * ({@code oracle_collections}).
 */
class GeneratorLookupTest {
  @TempDir Path dir;

  private Compilation compile(JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new GodwitProcessor())
        .withOptions("-Agodwit.snapshot=" + dir.resolve("snapshot.json"), "-Agodwit.output=" + dir.resolve("db"),
            "-Agodwit.naming=jpa", "-Agodwit.dialects=postgresql")
        .compile(List.of(sources));
  }

  private static JavaFileObject entity(String name, String body) {
    return JavaFileObjects.forSourceString("gen." + name, "package gen;\nimport jakarta.persistence.*;\n" + body);
  }

  private String migration() throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve("db").resolve("postgresql"))) {
      return Files.readString(files.filter(f -> f.getFileName().toString().startsWith("V1__")).findFirst().orElseThrow());
    }
  }

  @Test
  void aTableGeneratorsUniqueConstraintsAndIndexesAreIgnoredAsHibernateIgnoresThemWithAWarning() throws IOException {
    JavaFileObject ticket = entity("Ticket", "@Entity public class Ticket {\n"
        + "  @Id @GeneratedValue(generator = \"numbers\")\n"
        + "  @TableGenerator(name = \"numbers\", uniqueConstraints = @UniqueConstraint(columnNames = \"next_val\"),\n"
        + "      indexes = @Index(name = \"numbers_idx\", columnList = \"next_val\"))\n"
        + "  private Long id;\n}\n");
    Compilation compilation = compile(ticket);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[GW101] Hibernate 6.6 creates neither the uniqueConstraints nor "
        + "the indexes of @TableGenerator(name = \"numbers\")").inFile(ticket).onLineContaining("private Long id;");
    String v1 = migration();
    org.assertj.core.api.Assertions.assertThat(v1).contains("create table numbers (").doesNotContain("numbers_idx")
        .doesNotContainIgnoringCase("unique");
  }

  @Test
  void aGeneratorDeclaredOnlyOnAnotherEntityIsAnError() {
    JavaFileObject ticket = entity("Ticket", "@Entity public class Ticket {\n"
        + "  @Id @GeneratedValue(generator = \"numbers\") private Long id;\n}\n");
    JavaFileObject badge = entity("Badge", "@Entity @SequenceGenerator(name = \"numbers\", allocationSize = 1)\n"
        + "public class Badge {\n  @Id @GeneratedValue(generator = \"numbers\") private Long id;\n}\n");
    Compilation compilation = compile(ticket, badge);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW101] generator \"numbers\" of @GeneratedValue is declared only on "
        + "gen.Badge, outside Ticket and its superclasses: Hibernate 6.6 finds it there only when it happens to bind "
        + "that class before Ticket").inFile(ticket).onLineContaining("private Long id;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aSuperclassGeneratorRedeclaredDifferentlyByAnotherEntityIsAnError() {
    JavaFileObject numbered = entity("Numbered", "@MappedSuperclass\n"
        + "@SequenceGenerator(name = \"numbers\", sequenceName = \"shared_numbers\")\n"
        + "public abstract class Numbered {\n  @Id @GeneratedValue(generator = \"numbers\") private Long id;\n}\n");
    JavaFileObject poster = entity("Poster", "@Entity public class Poster extends Numbered {}\n");
    JavaFileObject flyer = entity("Flyer", "@Entity @SequenceGenerator(name = \"numbers\", sequenceName = \"flyer_numbers\")\n"
        + "public class Flyer extends Numbered {}\n");
    Compilation compilation = compile(numbered, poster, flyer);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW101] generator \"numbers\" of @GeneratedValue is declared on "
        + "gen.Numbered and differently on gen.Flyer: Hibernate 6.6 uses whichever of them it binds last before Poster")
        .inFile(numbered).onLineContaining("private Long id;");
    // Flyer's own generator is found first, without doubt
    assertThat(compilation).hadErrorCount(1);
  }

  /** The other declarations are named in the order of their classes, whichever entity asks. */
  @Test
  void everyDifferentDeclarationElsewhereIsNamedInClassOrder() {
    JavaFileObject numbered = entity("Numbered", "@MappedSuperclass\n"
        + "@SequenceGenerator(name = \"numbers\", sequenceName = \"shared_numbers\")\n"
        + "public abstract class Numbered {\n  @Id @GeneratedValue(generator = \"numbers\") private Long id;\n}\n");
    JavaFileObject poster = entity("Poster", "@Entity public class Poster extends Numbered {}\n");
    JavaFileObject sticker = entity("Sticker", "@Entity public class Sticker extends Numbered {}\n");
    JavaFileObject flyer = entity("Flyer", "@Entity @SequenceGenerator(name = \"numbers\", sequenceName = \"flyer_numbers\")\n"
        + "public class Flyer {\n  @Id @GeneratedValue(generator = \"numbers\") private Long id;\n}\n");
    JavaFileObject banner = entity("Banner", "@Entity public class Banner {\n"
        + "  @Id @GeneratedValue(generator = \"numbers\")\n"
        + "  @SequenceGenerator(name = \"numbers\", sequenceName = \"banner_numbers\") private Long id;\n}\n");
    Compilation compilation = compile(numbered, sticker, flyer, poster, banner);
    assertThat(compilation).failed();
    for (String entity : List.of("Poster", "Sticker")) {
      assertThat(compilation).hadErrorContaining("[GW101] generator \"numbers\" of @GeneratedValue is declared on "
          + "gen.Numbered and differently on Banner.id, gen.Flyer: Hibernate 6.6 uses whichever of them it binds "
          + "last before " + entity).inFile(numbered).onLineContaining("private Long id;");
    }
    // Flyer's and Banner's own generators are found first, without doubt
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void anEqualDeclarationElsewhereLeavesTheSuperclassGeneratorInPlace() throws IOException {
    JavaFileObject numbered = entity("Numbered", "@MappedSuperclass\n"
        + "@SequenceGenerator(name = \"numbers\", sequenceName = \"shared_numbers\", allocationSize = 7)\n"
        + "public abstract class Numbered {\n  @Id @GeneratedValue(generator = \"numbers\") private Long id;\n}\n");
    JavaFileObject poster = entity("Poster", "@Entity public class Poster extends Numbered {}\n");
    JavaFileObject card = entity("Card", "@Entity\n"
        + "@SequenceGenerator(name = \"numbers\", sequenceName = \"shared_numbers\", allocationSize = 7)\n"
        + "public class Card {\n  @Id @GeneratedValue(generator = \"numbers\") private Long id;\n}\n");
    assertThat(compile(numbered, poster, card)).succeeded();
    org.assertj.core.api.Assertions.assertThat(migration()).contains("create sequence shared_numbers start with 1 increment by 7;")
        .doesNotContain("Poster_SEQ", "create sequence numbers");
  }

  @Test
  void identityWithAGeneratorNameDeclaredNowhereIsAnError() {
    JavaFileObject pass = entity("Pass", "@Entity public class Pass {\n"
        + "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY, generator = \"pass_ids\") private Long id;\n}\n");
    Compilation compilation = compile(pass);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW101] @GeneratedValue(strategy = IDENTITY, generator = \"pass_ids\") "
        + "names no @SequenceGenerator or @TableGenerator; Hibernate refuses").inFile(pass).onLineContaining("private Long id;");
  }

  @Test
  void aGenericGeneratorInPackageInfoIsAnError() {
    JavaFileObject packageInfo = JavaFileObjects.forSourceString("gen.package-info",
        "@org.hibernate.annotations.GenericGenerator(name = \"numbers\", strategy = \"increment\")\npackage gen;\n");
    JavaFileObject ticket = entity("Ticket", "@Entity public class Ticket {\n"
        + "  @Id @GeneratedValue(generator = \"numbers\") private Long id;\n}\n");
    Compilation compilation = compile(packageInfo, ticket);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW101] generator \"numbers\" of @GeneratedValue is Hibernate's "
        + "@GenericGenerator on package gen, which Godwit does not support yet").inFile(ticket)
        .onLineContaining("private Long id;");
  }
}
