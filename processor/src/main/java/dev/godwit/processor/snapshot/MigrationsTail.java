package dev.godwit.processor.snapshot;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads the {@code migrations} object of a sealed snapshot, {@code {"path": "checksum", ...}}, as
 * Godwit writes it, without a JSON library (an unchanged build would load Gson for this alone).
 * Strict JSON (as Gson, control characters are taken as they are inside strings): anything else,
 * such as a value that is not a string or a name without quotes (which Gson's lenient parser
 * takes), gives empty, and the compile takes the ordinary path, which reads the whole snapshot.
 */
final class MigrationsTail {
  private final String text;
  private int at;

  private MigrationsTail(String text) {
    this.text = text;
  }

  /** The checksums by path of the object {@code text} holds (whitespace may follow it); empty when it is not one. */
  static Optional<Map<String, String>> read(String text) {
    MigrationsTail reader = new MigrationsTail(text);
    Map<String, String> checksums = new TreeMap<>();
    if (!reader.take('{')) {
      return Optional.empty();
    }
    if (!reader.take('}')) {
      do {
        String path = reader.string();
        String checksum = path == null || !reader.take(':') ? null : reader.string();
        if (checksum == null) {
          return Optional.empty();
        }
        checksums.put(path, checksum);
      } while (reader.take(','));
      if (!reader.take('}')) {
        return Optional.empty();
      }
    }
    reader.skipWhitespace();
    return reader.at == text.length() ? Optional.of(checksums) : Optional.empty();
  }

  private boolean take(char c) {
    skipWhitespace();
    if (at < text.length() && text.charAt(at) == c) {
      at++;
      return true;
    }
    return false;
  }

  private void skipWhitespace() {
    while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\n' || text.charAt(at) == '\t'
        || text.charAt(at) == '\r')) {
      at++;
    }
  }

  /** A JSON string; null when there is none. */
  private String string() {
    if (!take('"')) {
      return null;
    }
    StringBuilder value = new StringBuilder();
    while (at < text.length()) {
      char c = text.charAt(at++);
      if (c == '"') {
        return value.toString();
      }
      if (c != '\\') {
        value.append(c);
        continue;
      }
      if (at >= text.length()) {
        return null;
      }
      char escaped = text.charAt(at++);
      switch (escaped) {
        case '"', '\\', '/' -> value.append(escaped);
        case 'b' -> value.append('\b');
        case 'f' -> value.append('\f');
        case 'n' -> value.append('\n');
        case 'r' -> value.append('\r');
        case 't' -> value.append('\t');
        case 'u' -> {
          if (at + 4 > text.length()) {
            return null;
          }
          int code = 0;
          for (int i = 0; i < 4; i++) {
            int digit = hexDigit(text.charAt(at++));
            if (digit < 0) {
              return null;
            }
            code = code * 16 + digit;
          }
          value.append((char) code);
        }
        default -> {
          return null;
        }
      }
    }
    return null;
  }

  private static int hexDigit(char c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
  }
}
