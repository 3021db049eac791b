package dev.godwit.processor.snapshot;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The seal of snapshot format 11 (and 12, a sealed snapshot with foreign key delete actions): the second line of the file, {@code "inputs": "crc32c-crc32:..."}, a
 * {@link SealHash} over the fingerprint of the compilation inputs that wrote it (entities, options,
 * Godwit's code) and the rest of the file after that line (a seal written before was
 * {@code "sha256:..."}; it no longer opens, and the next migration writes the new seal). Godwit seals a snapshot only when a
 * compile of the same inputs against it would find no change and report nothing; a compile whose
 * inputs and snapshot open the seal may then skip reading the entities and the diff, reading only
 * the version and the checksums from the head and the tail of the file. Any edit of the snapshot
 * after the line, or any other input, breaks the seal, and the compile takes the ordinary path.
 * Line ends, trailing whitespace and a byte-order mark are ignored, as in {@link Checksum}.
 *
 * <p>Opening is on the path of every unchanged build, so it works on the file's bytes, first as they
 * are (Godwit writes the file normalised) and only if that does not open it normalised
 * ({@link Checksum#normalized}, for a checkout with other line ends), and reads the tail with
 * {@link MigrationsTail} instead of a JSON library: neither the text of the file nor Gson is needed
 * to open a seal.
 */
public final class InputsSeal {
  /** The value written first and replaced by the seal once the rest of the file is known. */
  static final String PLACEHOLDER = "crc32c-crc32:" + "0".repeat(16);
  private static final String PREFIX = "crc32c-crc32:";
  /** The heads of the sealed formats: 11, and from 12 on whatever format the schema needs. */
  private static final List<String> HEADS = heads();
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

  private static List<String> heads() {
    List<String> heads = new ArrayList<>();
    for (int format = SnapshotCodec.SEALED_FORMAT; format <= SnapshotCodec.FORMAT; format++) {
      heads.add("{\n  \"godwit\": " + format + ",\n  \"inputs\": \"");
    }
    return List.copyOf(heads);
  }

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
    for (String head : HEADS) {
      if (text.startsWith(head)) {
        return Optional.of(head);
      }
    }
    return Optional.empty();
  }

  private static String value(String fingerprint, String rest) {
    return PREFIX + new SealHash().update(Checksum.normalize("godwit inputs " + fingerprint + "\n" + rest)).hex();
  }

  /**
   * The head of {@code text} when it is a snapshot sealed for {@code fingerprint}; empty for any
   * other file (an older format, other inputs, an edited or unreadable snapshot).
   */
  public static Optional<Head> open(String text, String fingerprint) {
    return open(Checksum.normalized(text), fingerprint);
  }

  /**
   * {@link #open(String, String)} of the file content {@code utf8}.
   *
   * @throws CharacterCodingException when {@code utf8} is not UTF-8, as {@code Files.readString} throws
   */
  public static Optional<Head> open(byte[] utf8, String fingerprint) throws CharacterCodingException {
    Optional<Head> asWritten = open(new Checksum.Normalized(utf8, utf8.length), fingerprint);
    return asWritten.isPresent() ? asWritten : open(Checksum.normalized(utf8), fingerprint);
  }

  private static Optional<Head> open(Checksum.Normalized normalized, String fingerprint) {
    byte[] bytes = normalized.bytes();
    int length = normalized.length();
    int headLength = -1;
    for (String head : HEADS) {
      if (Bytes.startsWith(bytes, length, head, 0)) {
        headLength = head.length();
        break;
      }
    }
    if (headLength < 0) {
      return Optional.empty();
    }
    int valueEnd = Bytes.indexOf(bytes, length, "\",\n", headLength);
    int restStart = valueEnd + 3;
    if (valueEnd < 0 || !Bytes.startsWith(bytes, length, VERSION, restStart)) {
      return Optional.empty();
    }
    String recorded = new String(bytes, headLength, valueEnd - headLength, StandardCharsets.UTF_8);
    if (!recorded.equals(value(fingerprint, bytes, restStart, length))) {
      return Optional.empty();
    }
    int versionEnd = Bytes.indexOf(bytes, length, ",\n", restStart);
    int migrations = Bytes.lastIndexOf(bytes, length, MIGRATIONS);
    int end = Bytes.lastIndexOf(bytes, length, "}");
    if (versionEnd < 0 || migrations < 0 || end <= migrations) {
      return Optional.empty();
    }
    int version;
    try {
      int digits = restStart + VERSION.length();
      version = Integer.parseInt(new String(bytes, digits, versionEnd - digits, StandardCharsets.UTF_8));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    int object = migrations + MIGRATIONS.length() - 1;
    return MigrationsTail.read(new String(bytes, object, end - object, StandardCharsets.UTF_8))
        .map(checksums -> new Head(version, new RecordedMigrations(checksums)));
  }

  /** {@link #value(String, String)} of the normalised text {@code bytes[restStart, length)}, hashed as bytes. */
  private static String value(String fingerprint, byte[] bytes, int restStart, int length) {
    String prefix = "godwit inputs " + fingerprint + "\n";
    if (!Bytes.plain(fingerprint)) {
      // normalising the prefix could change it: hash the whole text as value(String, String) does
      return value(fingerprint, new String(bytes, restStart, length - restStart, StandardCharsets.UTF_8));
    }
    // the rest is normalised already (or taken as written, when it opens so), and a prefix line
    // of letters and digits stays as it is
    return PREFIX + new SealHash().update(prefix).update(bytes, restStart, length - restStart).hex();
  }
}
