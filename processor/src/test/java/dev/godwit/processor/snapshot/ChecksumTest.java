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

  /** isNormalized answers exactly whether normalising would change the text, both ways. */
  @Test
  void isNormalizedExactlyWhenNormalisingChangesNothing() {
    char[] alphabet = {'a', ' ', '\t', '\n', '\n', '\r', '\u2003', '\u00a0', '\uFEFF', '\u000B', '\uD83D', '\uDE00', '}'};
    java.util.Random random = new java.util.Random(7);
    int normalized = 0;
    for (int i = 0; i < 40_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(10);
      for (int j = 0; j < length; j++) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String string = random.nextBoolean() ? Checksum.normalize(text.toString()) : text.toString();
      boolean unchanged = Checksum.normalize(string).equals(string);
      assertThat(Checksum.isNormalized(string)).as("%s", string.chars().boxed().toList()).isEqualTo(unchanged);
      normalized += unchanged ? 1 : 0;
    }
    assertThat(normalized).isBetween(10_000, 30_000);
    assertThat(Checksum.isNormalized("")).isFalse();
    assertThat(Checksum.isNormalized("\n")).isTrue();
  }

  @Test
  void checksumNamesItsAlgorithm() {
    assertThat(Checksum.of(SQL)).startsWith("sha256:").hasSize(7 + 64);
  }

  /**
   * The byte path (ASCII files, hashed without decoding) and the text path must give the same
   * checksum and normalised bytes for any file, including BOMs, every ASCII whitespace character,
   * non-ASCII text (which takes the text path) and conflict markers.
   */
  @Test
  void bytesNormaliseAsTheirText() throws Exception {
    char[] ascii = {'a', ';', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u001C', '\u001F', '<', '=', '>', '-'};
    char[] other = {'\uFEFF', '\u2003', '\u00a0', '\u00e9', '\u0085', '\u2028'};
    java.util.Random random = new java.util.Random(11);
    for (int i = 0; i < 30_000; i++) {
      StringBuilder text = new StringBuilder(random.nextInt(8) == 0 ? "\uFEFF" : "");
      boolean nonAscii = random.nextInt(4) == 0;
      int length = random.nextInt(16);
      for (int j = 0; j < length; j++) {
        text.append(nonAscii && random.nextInt(5) == 0 ? other[random.nextInt(other.length)]
            : random.nextInt(6) == 0 ? "=======" : String.valueOf(ascii[random.nextInt(ascii.length)]));
      }
      String string = text.toString();
      byte[] bytes = string.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      Checksum.Normalized normalized = Checksum.normalized(bytes);
      assertThat(java.util.Arrays.copyOf(normalized.bytes(), normalized.length()))
          .as("%s", string.chars().boxed().toList())
          .isEqualTo(Checksum.normalize(string).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      assertThat(Checksum.of(bytes)).isEqualTo(Checksum.of(string));
      assertThat(Checksum.hasConflictMarkers(bytes)).as("%s", string.chars().boxed().toList())
          .isEqualTo(Checksum.hasConflictMarkers(string));
    }
    assertThat(Checksum.of(new byte[0])).isEqualTo(Checksum.of(""));
    assertThat(Checksum.of(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})).isEqualTo(Checksum.of("\uFEFF"));
  }

  @Test
  void bytesThatAreNotUtf8FailAsReadingThemAsTextDoes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
      throws Exception {
    byte[] bytes = {'s', 'e', 'l', (byte) 0xE9, 'c', 't', '\n', '=', '=', '=', '=', '=', '=', '=', '\n'};
    java.nio.file.Path file = folder.resolve("V1__x.sql");
    java.nio.file.Files.write(file, bytes);
    Class<? extends Throwable> whenRead = org.assertj.core.api.Assertions.catchThrowable(
        () -> java.nio.file.Files.readString(file)).getClass();
    assertThat(whenRead).isEqualTo(java.nio.charset.MalformedInputException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Checksum.of(bytes)).isInstanceOf(whenRead);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Checksum.hasConflictMarkers(bytes)).isInstanceOf(whenRead);
  }
}
