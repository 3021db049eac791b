package dev.godwit.processor.snapshot;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The seal of snapshot format 11 (and 12, a sealed snapshot with foreign key delete actions): the second line of the file, {@code "inputs": "sha256:..."}, a
 * SHA-256 over the fingerprint of the compilation inputs that wrote it (entities, options,
 * Godwit's code) and the rest of the file after that line. Godwit seals a snapshot only when a
 * compile of the same inputs against it would find no change and report nothing; a compile whose
 * inputs and snapshot open the seal may then skip reading the entities and the diff, reading only
 * the version and the checksums from the head and the tail of the file. Any edit of the snapshot
 * after the line, or any other input, breaks the seal, and the compile takes the ordinary path.
 * Line ends, trailing whitespace and a byte-order mark are ignored, as in {@link Checksum}.
 */
public final class InputsSeal {
  /** The value written first and replaced by the seal once the rest of the file is known. */
  static final String PLACEHOLDER = "sha256:" + "0".repeat(64);
  /** The heads of the sealed formats: 11, and from 12 on whatever format the schema needs. */
  private static final java.util.List<String> HEADS = java.util.stream.IntStream
      .rangeClosed(SnapshotCodec.SEALED_FORMAT, SnapshotCodec.FORMAT)
      .mapToObj(format -> "{\n  \"godwit\": " + format + ",\n  \"inputs\": \"").toList();
  private static final String VERSION = "  \"version\": ";
  private static final String MIGRATIONS = "\n  \"migrations\": {";

  private InputsSeal() {}

  /**
   * What the fast path needs from a sealed snapshot.
   *
   * @param version the number of the latest migration
   * @param migrations the checksums of the committed files
   */
  public record Head(int version, RecordedMigrations migrations) {}

  /** {@code text} (written with {@link #PLACEHOLDER} as the inputs) sealed for {@code fingerprint}. */
  static String seal(String text, String fingerprint) {
    int at = text.indexOf(PLACEHOLDER);
    if (head(text).filter(head -> at == head.length()).isEmpty()) {
      throw new IllegalStateException("a sealed snapshot starts with its format and inputs");
    }
    String rest = text.substring(text.indexOf('\n', at) + 1);
    return text.substring(0, at) + value(fingerprint, rest) + text.substring(at + PLACEHOLDER.length());
  }

  private static Optional<String> head(String text) {
    return HEADS.stream().filter(text::startsWith).findFirst();
  }

  private static String value(String fingerprint, String rest) {
    return Checksum.of("godwit inputs " + fingerprint + "\n" + rest);
  }

  /**
   * The head of {@code text} when it is a snapshot sealed for {@code fingerprint}; empty for any
   * other file (an older format, other inputs, an edited or unreadable snapshot).
   */
  public static Optional<Head> open(String text, String fingerprint) {
    String normalized = Checksum.normalize(text);
    Optional<String> head = head(normalized);
    if (head.isEmpty()) {
      return Optional.empty();
    }
    int valueEnd = normalized.indexOf("\",\n", head.get().length());
    int restStart = valueEnd + 3;
    if (valueEnd < 0 || !normalized.startsWith(VERSION, restStart)) {
      return Optional.empty();
    }
    String recorded = normalized.substring(head.get().length(), valueEnd);
    if (!recorded.equals(value(fingerprint, normalized.substring(restStart)))) {
      return Optional.empty();
    }
    int versionEnd = normalized.indexOf(",\n", restStart);
    int migrations = normalized.lastIndexOf(MIGRATIONS);
    int end = normalized.lastIndexOf('}');
    if (versionEnd < 0 || migrations < 0 || end <= migrations) {
      return Optional.empty();
    }
    try {
      int version = Integer.parseInt(normalized.substring(restStart + VERSION.length(), versionEnd));
      Map<String, String> checksums = new TreeMap<>();
      for (Map.Entry<String, JsonElement> entry : JsonParser.parseString(
          normalized.substring(migrations + MIGRATIONS.length() - 1, end)).getAsJsonObject().entrySet()) {
        if (!(entry.getValue() instanceof JsonPrimitive p) || !p.isString()) {
          return Optional.empty();
        }
        checksums.put(entry.getKey(), p.getAsString());
      }
      return Optional.of(new Head(version, new RecordedMigrations(checksums)));
    } catch (NumberFormatException | JsonParseException | IllegalStateException e) {
      return Optional.empty();
    }
  }
}
