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

  @Test
  void checksumNamesItsAlgorithm() {
    assertThat(Checksum.of(SQL)).startsWith("sha256:").hasSize(7 + 64);
  }
}
