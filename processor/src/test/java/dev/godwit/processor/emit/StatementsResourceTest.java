package dev.godwit.processor.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatementsResourceTest {
  private static final JavaMigrationWriter.Version VERSION = new JavaMigrationWriter.Version(3, "add_note",
      Map.of("h2", List.of("alter table t add column note varchar(20)", "update t set note = 'naïve;\n-- text'"),
          "postgresql", List.of("alter table t add column note varchar(20)")),
      Map.of("h2", List.of("alter table t drop column note"), "postgresql", List.of()), true);

  @Test
  void eachDirectionReadsBackPerDialectInOrderWithAnyText() throws Exception {
    byte[] encoded = StatementsResource.encode(VERSION);

    assertThat(StatementsResource.decode(new ByteArrayInputStream(encoded), "up")).isEqualTo(VERSION.up());
    assertThat(StatementsResource.decode(new ByteArrayInputStream(encoded), "down")).isEqualTo(VERSION.down());
    assertThat(StatementsResource.fileName(VERSION)).isEqualTo("V3__add_note.statements");
  }

  @Test
  void theSameVersionGivesTheSameBytes() {
    assertThat(StatementsResource.encode(VERSION)).isEqualTo(StatementsResource.encode(VERSION));
  }

  @Test
  void statementsLongerThanAJavaStringConstantSurvive() throws Exception {
    String huge = "insert into t values ('" + "x".repeat(70_000) + "')";
    var version = new JavaMigrationWriter.Version(1, "big", Map.of("h2", List.of(huge)), Map.of("h2", List.of()), true);
    assertThat(StatementsResource.decode(new ByteArrayInputStream(StatementsResource.encode(version)), "up"))
        .containsEntry("h2", List.of(huge));
  }
}
