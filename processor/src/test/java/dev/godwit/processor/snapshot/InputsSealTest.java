package dev.godwit.processor.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.model.Table;
import dev.godwit.processor.model.TypeKind;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Opening a sealed snapshot from its bytes ({@link InputsSeal#open(byte[], String)}) must agree
 * with opening its text as the first implementation did (normalise the text, hash it, read the
 * tail with Gson), for sealed, edited, corrupt and non-ASCII snapshots.
 */
class InputsSealTest {
  private static final String FINGERPRINT = "0123456789abcdef".repeat(4);

  private static Snapshot snapshot(String tableName) {
    Table table = new Table(tableName, List.of(new Column("id", ColumnType.of(TypeKind.BIGINT), false, false)),
        List.of("id"), List.of(), List.of(), List.of());
    return new Snapshot(3, new Schema(List.of(table), List.of()), new RecordedMigrations(Map.of(
        "h2/V1__create.sql", Checksum.of("create table a (id int);\n"),
        "h2/U1__create.sql", Checksum.of("drop table a;\n"),
        "postgresql/V3__name_\"quoted\"_\\.sql", "sha256:x")));
  }

  private static String sealed(String tableName) {
    return SnapshotCodec.write(snapshot(tableName), Optional.of(FINGERPRINT));
  }

  /** The first implementation, over the decoded text. */
  private static Optional<InputsSeal.Head> reference(String text, String fingerprint) {
    String normalized = Checksum.normalize(text);
    String head = null;
    for (int format = SnapshotCodec.SEALED_FORMAT; format <= SnapshotCodec.FORMAT; format++) {
      String candidate = "{\n  \"godwit\": " + format + ",\n  \"inputs\": \"";
      if (normalized.startsWith(candidate)) {
        head = candidate;
      }
    }
    if (head == null) {
      return Optional.empty();
    }
    int valueEnd = normalized.indexOf("\",\n", head.length());
    int restStart = valueEnd + 3;
    if (valueEnd < 0 || !normalized.startsWith("  \"version\": ", restStart)) {
      return Optional.empty();
    }
    String recorded = normalized.substring(head.length(), valueEnd);
    if (!recorded.equals("crc32c-crc32:"
        + new SealHash().update(Checksum.normalize("godwit inputs " + fingerprint + "\n" + normalized.substring(restStart))).hex())) {
      return Optional.empty();
    }
    int versionEnd = normalized.indexOf(",\n", restStart);
    int migrations = normalized.lastIndexOf("\n  \"migrations\": {");
    int end = normalized.lastIndexOf('}');
    if (versionEnd < 0 || migrations < 0 || end <= migrations) {
      return Optional.empty();
    }
    try {
      int version = Integer.parseInt(normalized.substring(restStart + "  \"version\": ".length(), versionEnd));
      Map<String, String> checksums = new TreeMap<>();
      for (Map.Entry<String, JsonElement> entry : JsonParser.parseString(
          normalized.substring(migrations + "\n  \"migrations\": {".length() - 1, end)).getAsJsonObject().entrySet()) {
        if (!(entry.getValue() instanceof JsonPrimitive p) || !p.isString()) {
          return Optional.empty();
        }
        checksums.put(entry.getKey(), p.getAsString());
      }
      return Optional.of(new InputsSeal.Head(version, new RecordedMigrations(checksums)));
    } catch (NumberFormatException | JsonParseException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  private static Optional<InputsSeal.Head> open(String text) throws CharacterCodingException {
    return InputsSeal.open(text.getBytes(StandardCharsets.UTF_8), FINGERPRINT);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"customer", "größe_ünit"})
  void aSealedSnapshotOpensForItsInputsOnly(String tableName) throws Exception {
    String text = sealed(tableName);
    Optional<InputsSeal.Head> head = open(text);
    assertThat(head).isPresent();
    assertThat(head.get().version()).isEqualTo(3);
    assertThat(head.get().migrations()).isEqualTo(snapshot(tableName).migrations());
    assertThat(head).isEqualTo(reference(text, FINGERPRINT));
    assertThat(InputsSeal.open(text.getBytes(StandardCharsets.UTF_8), "f".repeat(64))).isEmpty();
    assertThat(open(SnapshotCodec.write(snapshot(tableName)))).as("unsealed").isEmpty();
  }

  /**
   * The value kept outside the file ({@link InputsSeal#valueFor}) is the seal line the snapshot would
   * carry for those inputs, opens the snapshot only for them, and opens one written without a seal line too.
   */
  @Test
  void aBuildSealOpensTheSnapshotAsItsOwnLineWouldForItsInputsOnly() throws Exception {
    String other = "f".repeat(64);
    String text = sealed("customer");
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Optional<String> value = InputsSeal.valueFor(bytes, other);
    assertThat(value).hasValueSatisfying(v -> assertThat(v).startsWith("crc32c-crc32:"));
    assertThat(SnapshotCodec.write(snapshot("customer"), Optional.of(other))).contains("\"inputs\": \"" + value.get() + "\"");
    assertThat(InputsSeal.valueFor(bytes, FINGERPRINT).get()).as("its own line").isEqualTo(InputsSeal.open(bytes,
        FINGERPRINT).map(h -> value(text)).orElseThrow());

    assertThat(InputsSeal.open(bytes, other)).isEmpty();
    assertThat(InputsSeal.open(bytes, other, () -> value)).isEqualTo(open(text));
    assertThat(InputsSeal.open(bytes, "e".repeat(64), () -> value)).as("other inputs").isEmpty();
    byte[] edited = text.replace("\"id\"", "\"ident\"").getBytes(StandardCharsets.UTF_8);
    assertThat(InputsSeal.open(edited, other, () -> value)).as("an edited snapshot").isEmpty();

    byte[] unsealed = SnapshotCodec.write(snapshot("customer")).getBytes(StandardCharsets.UTF_8);
    Optional<String> unsealedValue = InputsSeal.valueFor(unsealed, other);
    assertThat(unsealedValue).isPresent().isNotEqualTo(value);
    assertThat(InputsSeal.open(unsealed, other)).isEmpty();
    assertThat(InputsSeal.open(unsealed, other, () -> unsealedValue)).isEqualTo(open(text));
    String unsealedText = new String(unsealed, StandardCharsets.UTF_8);
    byte[] otherFormat = unsealedText.replaceFirst("\"godwit\": \\d+", "\"godwit\": 99").getBytes(StandardCharsets.UTF_8);
    assertThat(new String(otherFormat, StandardCharsets.UTF_8)).startsWith("{\n  \"godwit\": 99,\n");
    assertThat(InputsSeal.open(otherFormat, other, () -> unsealedValue)).as("the format line is covered").isEmpty();
    byte[] crlf = new String(unsealed, StandardCharsets.UTF_8).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    assertThat(InputsSeal.open(crlf, other, () -> unsealedValue)).as("other line ends").isEqualTo(open(text));

    assertThat(InputsSeal.valueFor("{\"version\": 1}".getBytes(StandardCharsets.UTF_8), other)).as("not a snapshot").isEmpty();
    assertThat(InputsSeal.valueFor("{\n  \"godwit\": x,\n  \"version\": 1,\n".getBytes(StandardCharsets.UTF_8), other))
        .isEmpty();
  }

  private static String value(String sealedText) {
    int start = sealedText.indexOf("crc32c-crc32:");
    return sealedText.substring(start, sealedText.indexOf('"', start));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"crlf", "cr", "trailing spaces", "blank lines at the end", "no newline at the end",
      "byte order mark", "non-ASCII byte order mark and name"})
  void editorNoiseKeepsTheSeal(String noise) throws Exception {
    String text = noise.startsWith("non-ASCII") ? sealed("größe") : sealed("customer");
    String edited = switch (noise) {
      case "crlf" -> text.replace("\n", "\r\n");
      case "cr" -> text.replace("\n", "\r");
      case "trailing spaces" -> text.replace(",\n", ", \t\n");
      case "blank lines at the end" -> text + "\n \n\n";
      case "no newline at the end" -> text.stripTrailing();
      case "byte order mark", "non-ASCII byte order mark and name" -> "\uFEFF" + text;
      default -> throw new AssertionError(noise);
    };
    assertThat(open(edited)).isPresent().isEqualTo(open(text)).isEqualTo(reference(edited, FINGERPRINT));
  }

  @Test
  void aSealOfTheFormerHashDoesNotOpen() throws Exception {
    String text = sealed("customer");
    String value = text.substring(text.indexOf("crc32c-crc32:"), text.indexOf("\",\n", text.indexOf("crc32c-crc32:")));
    String rest = Checksum.normalize(text).substring(text.indexOf("  \"version\""));
    String former = text.replace(value, Checksum.of("godwit inputs " + FINGERPRINT + "\n" + rest));
    assertThat(former).contains("\"inputs\": \"sha256:");
    assertThat(open(former)).isEmpty();
    assertThat(reference(former, FINGERPRINT)).isEmpty();
  }

  @Test
  void theSealHashesBothCrcsOfTheSameBytes() {
    byte[] bytes = "godwit".getBytes(StandardCharsets.UTF_8);
    java.util.zip.CRC32C crc32c = new java.util.zip.CRC32C();
    crc32c.update(bytes);
    java.util.zip.CRC32 crc32 = new java.util.zip.CRC32();
    crc32.update(bytes);
    assertThat(new SealHash().update("godwit").hex())
        .isEqualTo(String.format("%08x%08x", crc32c.getValue(), crc32.getValue()))
        .isEqualTo(new SealHash().update("go").update("dwit").hex())
        .isNotEqualTo(new SealHash().update("godwiT").hex());
  }

  @Test
  void anEditAfterTheSealBreaksIt() throws Exception {
    String text = sealed("customer");
    assertThat(open(text.replace("\"customer\"", "\"customers\""))).isEmpty();
    assertThat(open(text.replace("\"version\": 3", "\"version\": 4"))).isEmpty();
    assertThat(open(text.replace("h2/V1__create.sql", "h2/V1__created.sql"))).isEmpty();
    assertThat(open(text.substring(0, text.length() / 2))).isEmpty();
    assertThat(open("")).isEmpty();
  }

  @Test
  void aFileThatIsNotUtf8IsAnErrorAsWhenReadAsText() {
    byte[] bytes = sealed("customer").getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length / 2] = (byte) 0xC3; // a lead byte followed by ASCII
    assertThatThrownBy(() -> InputsSeal.open(bytes, FINGERPRINT)).isInstanceOf(CharacterCodingException.class);
  }

  /**
   * Random edits of the tail of a snapshot sealed again after the edit: the seal holds, only the
   * tail reader decides. What it reads must be what Gson reads; it may refuse what Gson's lenient
   * parser takes (unquoted names, say): that compile then takes the ordinary path.
   */
  @Test
  void resealedTailEditsReadAsWithGson() throws Exception {
    String placeholder = SnapshotCodec.write(snapshot("customer")).replaceFirst("\"godwit\": \\d+,\n",
        "\"godwit\": " + SnapshotCodec.SEALED_FORMAT + ",\n  \"inputs\": \"" + InputsSeal.PLACEHOLDER + "\",\n");
    int tail = placeholder.indexOf("\"migrations\"");
    char[] alphabet = {'"', '\\', ':', ',', '{', '}', ' ', '\n', 'u', '0', 'a', 'é', '\t', 'n', '/', '1'};
    Random random = new Random(7);
    int opened = 0;
    int refused = 0;
    for (int i = 0; i < 3_000; i++) {
      StringBuilder edited = new StringBuilder(placeholder);
      for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
        int at = tail + random.nextInt(edited.length() - tail);
        switch (random.nextInt(3)) {
          case 0 -> edited.setCharAt(at, alphabet[random.nextInt(alphabet.length)]);
          case 1 -> edited.insert(at, alphabet[random.nextInt(alphabet.length)]);
          default -> edited.deleteCharAt(at);
        }
      }
      String text = InputsSeal.seal(edited.toString(), FINGERPRINT);
      Optional<InputsSeal.Head> head = open(text);
      Optional<InputsSeal.Head> gson = reference(text, FINGERPRINT);
      if (head.isPresent()) {
        assertThat(head).as("%s", text.substring(tail)).isEqualTo(gson);
      }
      opened += head.isPresent() ? 1 : 0;
      refused += head.isEmpty() && gson.isPresent() ? 1 : 0;
    }
    assertThat(opened).as("edits that keep a readable tail").isGreaterThan(100);
    assertThat(refused).as("lenient JSON refused").isLessThan(opened / 4);
  }

  @Test
  void theTailReaderIsStrictJson() {
    assertThat(MigrationsTail.read("{}\n")).contains(Map.of());
    assertThat(MigrationsTail.read("{\n  \"a\\u0041\\n\\/\": \"b\"\n  }\n")).contains(Map.of("aA\n/", "b"));
    assertThat(MigrationsTail.read("{\"a\": \"b\", \"a\": \"c\"}")).contains(Map.of("a", "c"));
    assertThat(MigrationsTail.read("{\"a\": 1}")).isEmpty();
    assertThat(MigrationsTail.read("{\"a\": \"b\",}")).isEmpty();
    assertThat(MigrationsTail.read("{\"a\": \"b\"} x")).isEmpty();
    assertThat(MigrationsTail.read("{\"a\": \"b\\u00g0\"}")).isEmpty();
    assertThat(MigrationsTail.read("{\"a\": \"b")).isEmpty();
  }
}
