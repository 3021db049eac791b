package dev.godwit.processor.dialect;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The names PostgreSQL chooses for constraints created without a name
 * ({@code <table>_<columns>_<label>}, shortened to 63 bytes by trimming the longer part first),
 * so Godwit can name them explicitly and identically, and drop them later.
 */
final class PostgresNames {
  private static final int MAX_BYTES = 63;

  private PostgresNames() {}

  static String constraintName(String table, List<String> columns, String label) {
    String first = table;
    String second = String.join("_", columns);
    int available = MAX_BYTES - label.length() - 1 - (second.isEmpty() ? 0 : 1);
    int firstLength = bytes(first);
    int secondLength = bytes(second);
    while (firstLength + secondLength > available) {
      if (firstLength > secondLength) {
        first = trimLastChar(first);
        firstLength = bytes(first);
      } else {
        second = trimLastChar(second);
        secondLength = bytes(second);
      }
    }
    return first + (second.isEmpty() ? "" : "_" + second) + "_" + label;
  }

  private static int bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  private static String trimLastChar(String text) {
    return text.substring(0, text.offsetByCodePoints(text.length(), -1));
  }
}
