package dev.godwit.processor.snapshot;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksum Godwit records for a committed migration file: SHA-256 over its text with the
 * differences editors and Git make without anyone meaning to normalised away (a byte-order mark,
 * CRLF or CR line ends, trailing whitespace, blank lines at the end), so only a real edit shows.
 *
 * <p>Committed files are checked in every build, so a file's bytes are normalised and hashed as
 * bytes when they are ASCII (after a byte-order mark), which Godwit's own files are; any other file
 * is decoded as {@link java.nio.file.Files#readString} does and normalised as text. Both give the
 * same checksum ({@code ChecksumTest}).
 */
public final class Checksum {
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private Checksum() {}

  public static String of(String text) {
    return format(sha256().digest(normalize(text).getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * {@link #of(String)} of the file content {@code utf8}, decoded as UTF-8.
   *
   * @throws CharacterCodingException when {@code utf8} is not UTF-8, as {@code Files.readString} throws
   */
  public static String of(byte[] utf8) throws CharacterCodingException {
    Normalized normalized = normalized(utf8);
    MessageDigest sha = sha256();
    sha.update(normalized.bytes(), 0, normalized.length());
    return format(sha.digest());
  }

  /**
   * The text {@link #normalize normalised}, as UTF-8 bytes: the first {@code length} bytes of {@code bytes}.
   */
  public record Normalized(byte[] bytes, int length) {}

  /** {@code normalize(text).getBytes(UTF_8)}. */
  static Normalized normalized(String text) {
    byte[] bytes = normalize(text).getBytes(StandardCharsets.UTF_8);
    return new Normalized(bytes, bytes.length);
  }

  /**
   * {@code normalize(text).getBytes(UTF_8)} for the {@code text} that {@code utf8} encodes.
   *
   * @throws CharacterCodingException when {@code utf8} is not UTF-8
   */
  public static Normalized normalized(byte[] utf8) throws CharacterCodingException {
    int length = utf8.length;
    int start = startsWith(utf8, UTF8_BOM, 0) ? UTF8_BOM.length : 0;
    // the same loop as normalize(String), over bytes: for ASCII a byte is a character
    byte[] out = new byte[length - start + 1];
    int written = 0;
    int blankLines = 0;
    int line = start;
    while (line <= length) {
      int end = line;
      while (end < length) {
        byte b = utf8[end];
        if (b == '\n' || b == '\r') {
          break;
        }
        if (b < 0) {
          return normalized(decode(utf8));
        }
        end++;
      }
      int kept = end;
      while (kept > line && whitespace(utf8[kept - 1])) {
        kept--;
      }
      if (kept > line) {
        // blank lines are written only once a line with text follows: none are kept at the end
        for (; blankLines > 0; blankLines--) {
          out[written++] = '\n';
        }
        System.arraycopy(utf8, line, out, written, kept - line);
        written += kept - line;
      }
      blankLines++;
      line = end + (end + 1 < length && utf8[end] == '\r' && utf8[end + 1] == '\n' ? 2 : 1);
    }
    out[written++] = '\n';
    return new Normalized(out, written);
  }

  /** {@link Character#isWhitespace} of an ASCII character. */
  private static boolean whitespace(byte b) {
    return b == ' ' || b >= '\t' && b <= '\r' || b >= 0x1C && b <= 0x1F;
  }

  /** The text of {@code utf8}, decoded strictly as {@link java.nio.file.Files#readString} does. */
  public static String decode(byte[] utf8) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(utf8)).toString();
  }

  static String normalize(String text) {
    // one pass over the text: replacing line ends and splitting a migration of megabytes into lines
    // copies it several times in every build
    int start = text.startsWith("\uFEFF") ? 1 : 0;
    int length = text.length();
    StringBuilder out = new StringBuilder(length - start + 1);
    int line = start;
    while (line <= length) {
      int end = line;
      while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      int kept = end;
      while (kept > line) {
        int codePoint = text.codePointBefore(kept);
        if (!Character.isWhitespace(codePoint)) {
          break;
        }
        kept -= Character.charCount(codePoint);
      }
      out.append(text, line, kept).append('\n');
      line = end + (end + 1 < length && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n' ? 2 : 1);
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '\n') {
      end--;
    }
    out.setLength(end);
    return out.append('\n').toString();
  }

  /**
   * Whether {@link #normalize} leaves {@code text} as it is: the text Godwit writes is, and then
   * need not be copied line by line to be hashed.
   */
  static boolean isNormalized(String text) {
    int length = text.length();
    if (length == 0 || text.charAt(length - 1) != '\n' || length > 1 && text.charAt(length - 2) == '\n'
        || text.startsWith("\uFEFF") || text.indexOf('\r') >= 0) {
      return false;
    }
    for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', end + 1)) {
      if (end > 0 && Character.isWhitespace(text.codePointBefore(end)) && text.charAt(end - 1) != '\n') {
        return false;
      }
    }
    return true;
  }

  /** True when {@code text} still holds Git's conflict markers from an unresolved merge. */
  public static boolean hasConflictMarkers(String text) {
    // a plain search first: splitting megabytes of SQL or JSON into lines in every build costs more than reading them
    if (!text.contains("<<<<<<< ") && !text.contains("=======") && !text.contains(">>>>>>> ")) {
      return false;
    }
    for (String line : text.split("\\R")) {
      if (line.startsWith("<<<<<<< ") || line.equals("=======") || line.startsWith(">>>>>>> ")) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@link #hasConflictMarkers(String)} of the text {@code utf8} encodes; decoded only when a marker's
   * characters occur at all.
   *
   * @throws CharacterCodingException when the bytes must be decoded and are not UTF-8
   */
  public static boolean hasConflictMarkers(byte[] utf8) throws CharacterCodingException {
    // UTF-8 never encodes other characters with ASCII bytes, so an absent marker is absent from the text too
    return hasMarkerRun(utf8) && hasConflictMarkers(decode(utf8));
  }

  /** Whether {@code bytes} hold seven {@code <}, {@code =} or {@code >} in a row, as each marker starts. */
  private static boolean hasMarkerRun(byte[] bytes) {
    int run = 0;
    byte previous = 0;
    for (byte b : bytes) {
      run = b == previous ? run + 1 : 1;
      previous = b;
      if (run == 7 && (b == '<' || b == '=' || b == '>')) {
        return true;
      }
    }
    return false;
  }

  static boolean startsWith(byte[] bytes, byte[] prefix, int from) {
    if (from < 0 || from + prefix.length > bytes.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[from + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  static String format(byte[] digest) {
    return "sha256:" + HexFormat.of().formatHex(digest);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
