package dev.godwit.verify;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

/**
 * What a pending column contract leaves in the database: the keys of a table as {@link SchemaSnapshot}
 * files them, and the interim name of a key over a new column.
 */
final class PendingKeys {
  /** PostgreSQL's identifier limit, below MySQL's 64: the longest interim name. */
  private static final int LIMIT = 63;

  private PendingKeys() {}

  /**
   * The columns of an index or unique key filed under {@code key} ({@code customer index (mail, id)},
   * {@code customer unique (name) #2}) if it belongs to {@code table}; empty for anything else.
   */
  static List<String> columns(String key, String table) {
    for (String kind : List.of(" index (", " unique (")) {
      String prefix = table + kind;
      if (key.regionMatches(true, 0, prefix, 0, prefix.length())) {
        int end = key.lastIndexOf(')');
        if (end < prefix.length()) {
          return List.of();
        }
        return Arrays.stream(key.substring(prefix.length(), end).split(", "))
            .map(c -> c.endsWith(" desc") ? c.substring(0, c.length() - " desc".length()) : c).toList();
      }
    }
    return List.of();
  }

  /**
   * The name Godwit's expand gives a key over the new column while the old column's key holds
   * {@code name}: {@code gwx_<name>}, cut to 63 bytes with a hash of the name where longer (as
   * the processor's {@code ExpansionKeys.interimName}).
   */
  static String interimName(String name) {
    String interim = "gwx_" + name;
    if (interim.getBytes(StandardCharsets.UTF_8).length <= LIMIT) {
      return interim;
    }
    CRC32 crc = new CRC32();
    crc.update(name.getBytes(StandardCharsets.UTF_8));
    String hash = String.format("%08x", crc.getValue());
    StringBuilder cut = new StringBuilder();
    for (int i = 0; i < interim.length(); ) {
      int codePoint = interim.codePointAt(i);
      String next = cut + new String(Character.toChars(codePoint));
      if (next.getBytes(StandardCharsets.UTF_8).length > LIMIT - hash.length() - 1) {
        break;
      }
      cut.append(Character.toChars(codePoint));
      i += Character.charCount(codePoint);
    }
    return cut + "_" + hash;
  }
}
