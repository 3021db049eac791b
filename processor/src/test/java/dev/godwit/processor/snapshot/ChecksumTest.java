package dev.godwit.processor.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ChecksumTest {
  private static final String SQL = "-- Godwit V2\nalter table customer add column phone varchar(255);\n";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"crlf", "cr", "trailing spaces", "trailing tab", "extra blank lines at the end",
      "no newline at the end", "byte order mark"})
  void editorNoiseKeepsTheChecksum(String noise) {
    String edited = switch (noise) {
      case "crlf" -> SQL.replace("\n", "\r\n");
      case "cr" -> SQL.replace("\n", "\r");
      case "trailing spaces" -> SQL.replace("\n", "   \n");
      case "trailing tab" -> SQL.replace("phone", "phone").replace(";\n", ";\t\n");
      case "extra blank lines at the end" -> SQL + "\n\n\n";
      case "no newline at the end" -> SQL.stripTrailing();
      case "byte order mark" -> "\uFEFF" + SQL;
      default -> throw new AssertionError(noise);
    };
    assertThat(edited).isNotEqualTo(SQL);
    assertThat(Checksum.of(edited)).isEqualTo(Checksum.of(SQL));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"varchar(255)", "varchar(100)", " add column", "\n\n-- a comment\n"})
  void realEditsChangeTheChecksum(String edit) {
    String edited = switch (edit) {
      case "varchar(255)" -> SQL.replace("varchar(255)", "varchar(256)");
      case "varchar(100)" -> SQL.replace("255", "100");
      case " add column" -> SQL.replace(" add column", "  add column");
      default -> SQL.replace("\n", edit);
    };
    assertThat(Checksum.of(edited)).isNotEqualTo(Checksum.of(SQL));
  }

  @Test
  void conflictMarkersAreRecognisedOnlyAtTheStartOfALine() {
    assertThat(Checksum.hasConflictMarkers("a\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> branch\n")).isTrue();
    assertThat(Checksum.hasConflictMarkers("-- compare a <<<<<<< b\nselect '=======';\n")).isFalse();
  }

  /** The normalisation as first written (replace, split into lines, strip each): the one-pass version must agree. */
  private static String normalizedByLines(String text) {
    String unified = (text.startsWith("\uFEFF") ? text.substring(1) : text).replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder();
    for (String line : unified.split("\n", -1)) {
      out.append(line.stripTrailing()).append('\n');
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '\n') {
      end--;
    }
    return out.substring(0, end) + "\n";
  }

  @Test
  void onePassNormalisationAgreesWithSplittingIntoLines() {
    char[] alphabet = {'a', 'b', ' ', '\t', '\n', '\r', '\u2003', '\u00a0', '\uFEFF', '\u00e9', '\uD83D', '\uDE00', ';'};
    java.util.Random random = new java.util.Random(42);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(12);
      for (int j = 0; j < length; j++) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      assertThat(Checksum.normalize(text.toString())).as("%s", text.toString().chars().boxed().toList())
          .isEqualTo(normalizedByLines(text.toString()));
    }
    assertThat(Checksum.normalize("")).isEqualTo(normalizedByLines(""));
    assertThat(Checksum.normalize("\uFEFF")).isEqualTo(normalizedByLines("\uFEFF"));
  }

  @Test
  void checksumNamesItsAlgorithm() {
    assertThat(Checksum.of(SQL)).startsWith("sha256:").hasSize(7 + 64);
  }
}
