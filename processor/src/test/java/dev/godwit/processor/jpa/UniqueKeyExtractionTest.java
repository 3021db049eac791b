package dev.godwit.processor.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.testing.FixtureCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unique keys as Hibernate keeps them (found by the fuzzer): a key implied by
 * {@code @Column(unique = true)} goes when a {@code @UniqueConstraint} covers the same columns,
 * even under another name, and keys of the same name are one key.
 */
class UniqueKeyExtractionTest {

  private static final String ENTITY = """
      package fx;

      import jakarta.persistence.*;

      @Entity
      @Table(uniqueConstraints = {@UniqueConstraint(columnNames = "bankMemo"), @UniqueConstraint(columnNames = "code")})
      public class Ledger {
        @Id
        private Long id;

        @Column(unique = true)
        private String bankMemo;

        @Column(unique = true)
        private String code;

        @Column(unique = true)
        private String reference;
      }
      """;

  @Test
  void aColumnKeyCoveredByAUniqueConstraintIsOneKey(@TempDir Path dir) throws IOException {
    FixtureCompiler.Result result = FixtureCompiler.compile(Map.of("fx/Ledger.java", ENTITY), UnaryOperator.identity(),
        dir.resolve("classes"), List.of("-Agodwit.snapshot=" + dir.resolve("snapshot.json"),
            "-Agodwit.output=" + dir.resolve("out"), "-Agodwit.dialects=postgresql", "-Agodwit.naming=snake_case"));
    assertThat(result.success()).as("%s", result.diagnostics()).isTrue();
    String v1 = Files.readString(dir.resolve("out/postgresql/V1__create_ledger.sql"), StandardCharsets.UTF_8);
    assertThat(v1).containsOnlyOnce("unique (bank_memo)").containsOnlyOnce("unique (code)")
        .containsOnlyOnce("unique (reference)");
  }
}
