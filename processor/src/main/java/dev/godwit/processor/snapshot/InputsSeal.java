package dev.godwit.processor.snapshot;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

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
 * <p>A seal is written only with a migration, so inputs that changed without changing the schema
 * (a new method on an entity) would keep every later compile on the ordinary path. A compile that
 * finds them quiet keeps the seal they would give the snapshot ({@link #valueFor}) in the build
 * folder instead (the committed snapshot is not rewritten by a build with no change), and that
 * value opens the snapshot as its own line does; a snapshot written without a seal line opens so too.
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
  /** The head of a snapshot written without a seal, up to its format number. */
  private static final String UNSEALED_HEAD = "{\n  \"godwit\": ";
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
    String text = "godwit inputs " + fingerprint + "\n" + rest;
    return PREFIX + new SealHash().update(Checksum.isNormalized(text) ? text : Checksum.normalize(text)).hex();
  }

  /**
   * The head of {@code text} when it is a snapshot sealed for {@code fingerprint}; empty for any
   * other file (an older format, other inputs, an edited or unreadable snapshot).
   */
  public static Optional<Head> open(String text, String fingerprint) {
    return open(Checksum.normalized(text), fingerprint, Optional::empty);
  }

  /**
   * {@link #open(String, String)} of the file content {@code utf8}.
   *
   * @throws CharacterCodingException when {@code utf8} is not UTF-8, as {@code Files.readString} throws
   */
  public static Optional<Head> open(byte[] utf8, String fingerprint) throws CharacterCodingException {
    return open(utf8, fingerprint, Optional::empty);
  }

  /**
   * {@link #open(String, String)} of the file content {@code utf8}; {@code buildSeal}, a value of
   * {@link #valueFor} kept outside the file, opens it as its own seal line does (asked for only
   * when that line does not open it).
   *
   * @throws CharacterCodingException when {@code utf8} is not UTF-8, as {@code Files.readString} throws
   */
  public static Optional<Head> open(byte[] utf8, String fingerprint, Supplier<Optional<String>> buildSeal)
      throws CharacterCodingException {
    Optional<Head> asWritten = open(new Checksum.Normalized(utf8, utf8.length), fingerprint, buildSeal);
    return asWritten.isPresent() ? asWritten : open(Checksum.normalized(utf8), fingerprint, buildSeal);
  }

  /**
   * The seal the snapshot {@code utf8} would carry were it sealed for {@code fingerprint}: what a
   * compile keeps outside the file for inputs that it found to change nothing and report nothing
   * against a snapshot sealed for other inputs, or not sealed. Empty for a file that is not a
   * snapshot of a format Godwit writes.
   *
   * @throws CharacterCodingException when {@code utf8} is not UTF-8
   */
  public static Optional<String> valueFor(byte[] utf8, String fingerprint) throws CharacterCodingException {
    Checksum.Normalized normalized = Checksum.normalized(utf8);
    return sealedPart(normalized).map(part -> value(fingerprint, normalized.bytes(), part.hashedFrom(), normalized.length()));
  }

  /**
   * The seal recorded in a snapshot (null in one written without a seal line), where the text its
   * seal covers starts (after the seal line; in a snapshot without one, the whole file, so that
   * its format line is covered too), and where its {@code version} line starts.
   */
  private record SealedPart(String recorded, int hashedFrom, int versionLine) {}

  private static Optional<SealedPart> sealedPart(Checksum.Normalized normalized) {
    byte[] bytes = normalized.bytes();
    int length = normalized.length();
    for (String head : HEADS) {
      if (Bytes.startsWith(bytes, length, head, 0)) {
        int valueEnd = Bytes.indexOf(bytes, length, "\",\n", head.length());
        int restStart = valueEnd + 3;
        if (valueEnd < 0 || !Bytes.startsWith(bytes, length, VERSION, restStart)) {
          return Optional.empty();
        }
        return Optional.of(new SealedPart(new String(bytes, head.length(), valueEnd - head.length(),
            StandardCharsets.UTF_8), restStart, restStart));
      }
    }
    if (!Bytes.startsWith(bytes, length, UNSEALED_HEAD, 0)) {
      return Optional.empty();
    }
    int formatEnd = Bytes.indexOf(bytes, length, ",\n", UNSEALED_HEAD.length());
    if (formatEnd < 0 || formatEnd == UNSEALED_HEAD.length()) {
      return Optional.empty();
    }
    for (int at = UNSEALED_HEAD.length(); at < formatEnd; at++) {
      if (bytes[at] < '0' || bytes[at] > '9') {
        return Optional.empty();
      }
    }
    int versionLine = formatEnd + 2;
    return Bytes.startsWith(bytes, length, VERSION, versionLine) ? Optional.of(new SealedPart(null, 0, versionLine))
        : Optional.empty();
  }

  private static Optional<Head> open(Checksum.Normalized normalized, String fingerprint,
      Supplier<Optional<String>> buildSeal) {
    Optional<SealedPart> part = sealedPart(normalized);
    if (part.isEmpty()) {
      return Optional.empty();
    }
    byte[] bytes = normalized.bytes();
    int length = normalized.length();
    int versionLine = part.get().versionLine();
    String value = value(fingerprint, bytes, part.get().hashedFrom(), length);
    if (!value.equals(part.get().recorded()) && buildSeal.get().filter(value::equals).isEmpty()) {
      return Optional.empty();
    }
    int versionEnd = Bytes.indexOf(bytes, length, ",\n", versionLine);
    int migrations = Bytes.lastIndexOf(bytes, length, MIGRATIONS);
    int end = Bytes.lastIndexOf(bytes, length, "}");
    if (versionEnd < 0 || migrations < 0 || end <= migrations) {
      return Optional.empty();
    }
    int version;
    try {
      int digits = versionLine + VERSION.length();
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
