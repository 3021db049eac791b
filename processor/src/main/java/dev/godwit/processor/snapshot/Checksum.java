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
    String unified = (text.startsWith("\uFEFF") ? text.substring(1) : text).replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder(unified.length());
    for (String line : unified.split("\n", -1)) {
      out.append(line.stripTrailing()).append('\n');
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '\n') {
      end--;
    }
    return out.substring(0, end) + "\n";
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
