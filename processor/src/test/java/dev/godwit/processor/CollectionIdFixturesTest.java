package dev.godwit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hibernate's {@code @CollectionId} where Godwit does not map it ({@code GW101}) or Hibernate 6.6
 * refuses it ({@code GW109}): errors on the attribute. Where it is mapped, {@code HibernateOracleTest}
 * (fixtures {@code oracle_idbag}) compares the schema with Hibernate's and the corpus domain
 * {@code idbags} runs it on every engine.
 */
class CollectionIdFixturesTest {
  @TempDir Path dir;

  private static final JavaFileObject TAG = JavaFileObjects.forSourceString("lib.Tag",
      "package lib;\n@jakarta.persistence.Entity public class Tag {\n  @jakarta.persistence.Id Long id;\n"
          + "  @jakarta.persistence.ManyToOne Post post;\n}\n");

  private static JavaFileObject post(String mapping) {
    return JavaFileObjects.forSourceString("lib.Post", """
        package lib;
        import jakarta.persistence.*;
        import java.sql.Types;
        import java.util.*;
        import org.hibernate.annotations.*;
        @Entity public class Post {
          @jakarta.persistence.Id Long id;
          MAPPING
        }
        """.replace("MAPPING", mapping));
  }

  private Compilation compile(JavaFileObject post) {
    return Compiler.javac().withProcessors(new GodwitProcessor())
        .withOptions("-Agodwit.snapshot=" + dir.resolve("snapshot.json"), "-Agodwit.output=" + dir.resolve("db"),
            "-Agodwit.dialects=h2")
        .compile(List.of(post, TAG));
  }

  private void fails(String mapping, String error, String line) {
    JavaFileObject post = post(mapping);
    Compilation compilation = compile(post);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(error).inFile(post).onLineContaining(line);
  }

  @Test
  void aBagWithAnIdColumnCompiles() {
    assertThat(compile(post("@ElementCollection @CollectionIdJdbcTypeCode(Types.BIGINT) "
        + "@CollectionId(generator = \"sequence\") List<String> labels;"))).succeeded();
  }

  @Test
  void variantsGodwitDoesNotMapAreGw101() {
    fails("@ElementCollection @CollectionIdJdbcTypeCode(Types.BIGINT) @CollectionId(generator = \"increment\") "
        + "Set<String> labels;", "[GW101] @CollectionId of labels on a set (Hibernate maps an idbag from a List or "
        + "Collection without @OrderColumn) is not supported by Godwit yet", "labels;");
    fails("@ElementCollection @OrderColumn @CollectionIdJdbcTypeCode(Types.BIGINT) @CollectionId(generator = "
        + "\"increment\") List<String> labels;", "[GW101] @CollectionId of labels on a list", "labels;");
    fails("@ElementCollection @CollectionIdJdbcTypeCode(Types.BIGINT) @CollectionId List<String> labels;",
        "[GW101] @CollectionId of labels without a generator is not supported by Godwit yet", "labels;");
    fails("@ElementCollection @CollectionIdJavaType(org.hibernate.type.descriptor.java.LongJavaType.class) "
        + "@CollectionId(generator = \"increment\") List<String> labels;",
        "[GW101] @CollectionId of labels with @CollectionIdJavaType (use @CollectionIdJdbcTypeCode)", "labels;");
    fails("@ElementCollection @CollectionIdJdbcTypeCode(Types.BIGINT) @CollectionId(generator = \"ids\") "
        + "@TableGenerator(name = \"ids\") List<String> labels;",
        "[GW101] @CollectionId(generator = \"ids\") of labels names a @TableGenerator", "labels;");
    fails("@ElementCollection @CollectionIdJdbcTypeCode(Types.BIGINT) @CollectionId(generator = \"uuid2\") "
        + "List<String> labels;", "[GW101] @CollectionId(generator = \"uuid2\") of labels names no @SequenceGenerator",
        "labels;");
    fails("@ElementCollection @CollectionIdJdbcTypeCode(Types.VARCHAR) @CollectionId(generator = \"increment\") "
        + "List<String> labels;", "[GW101] @CollectionIdJdbcTypeCode(12) of labels is not supported by Godwit yet",
        "labels;");
    fails("@ElementCollection @CollectionTable(schema = \"archive\") @CollectionIdJdbcTypeCode(Types.BIGINT) "
        + "@CollectionId(generator = \"sequence\") List<String> labels;",
        "[GW101] @CollectionId(generator = \"sequence\") of labels, whose collection table is in schema archive",
        "labels;");
    fails("@OneToMany(mappedBy = \"post\") @CollectionIdJdbcTypeCode(Types.BIGINT) "
        + "@CollectionId(generator = \"increment\") List<Tag> tags;",
        "[GW101] @CollectionId on tags, the mappedBy side, is not supported by Godwit", "tags;");
  }

  @Test
  void mappingsHibernateRefusesAreGw109() {
    fails("@ElementCollection @CollectionId(generator = \"increment\") List<String> labels;",
        "[GW109] @CollectionId of labels has no type: Hibernate 6.6 refuses it", "labels;");
    fails("@ElementCollection @CollectionIdJdbcTypeCode(Types.BIGINT) @CollectionId(generator = \"identity\") "
        + "List<String> labels;", "[GW109] @CollectionId(generator = \"identity\") of labels: Hibernate 6.6 refuses",
        "labels;");
  }
}
