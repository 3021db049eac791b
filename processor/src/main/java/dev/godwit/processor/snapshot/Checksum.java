package dev.godwit.processor.snapshot;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksum Godwit records for a committed migration file: SHA-256 over its text with the
 * differences editors and Git make without anyone meaning to normalised away (a byte-order mark,
 * CRLF or CR line ends, trailing whitespace, blank lines at the end), so only a real edit shows.
 */
public final class Checksum {
  private Checksum() {}

  public static String of(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return "sha256:" + HexFormat.of().formatHex(sha.digest(normalize(text).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
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
}
