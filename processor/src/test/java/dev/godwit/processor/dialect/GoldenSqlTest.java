package dev.godwit.processor.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden case rendered for every dialect must equal
 * {@code src/test/resources/golden/<dialect>/<case>.sql}. Run with {@code -Dgodwit.regenerate=true}
 * to rewrite the files on purpose, then review the diff. A case a dialect cannot run
 * ({@link GoldenCases#runsOn}: a schema move on H2) has no file for it.
 */
class GoldenSqlTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");

  static Stream<Arguments> cases() {
    return Dialects.NAMES.stream().flatMap(d -> GoldenCases.all().filter(c -> GoldenCases.runsOn(d, c))
        .map(c -> Arguments.of(d, c)));
  }

  @ParameterizedTest(name = "{0}/{1}")
  @MethodSource("cases")
  void renderedSqlMatchesGoldenFile(String dialectName, GoldenCases golden) throws IOException {
    Dialect dialect = Dialects.byName(dialectName).orElseThrow();
    String actual = golden.render(dialect);
    Path file = GOLDEN.resolve(dialectName).resolve(golden.name() + ".sql");
    if (Boolean.getBoolean("godwit.regenerate")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    if (!Files.exists(file)) {
      fail("missing golden file " + file.toAbsolutePath() + "; run with -Dgodwit.regenerate=true and review it");
    }
    assertThat(actual).as("golden file %s (regenerate with -Dgodwit.regenerate=true)", file)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
