package dev.godwit.processor.snapshot;

import dev.godwit.processor.model.Table;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A snapshot with the text it was read from. Writing the next snapshot copies the text of each
 * table that is the same object as one of these ({@link #tableTexts}) instead of rendering it again:
 * an edit that read only a few entities ({@code IncrementalRead}) keeps the other tables' objects,
 * and rendering megabytes of unchanged tables was most of writing the snapshot. Only the text of
 * the Godwit that writes (its rendering of a table depends on nothing else) is copied, and only an
 * incremental read keeps objects, which it does only when the snapshot was written by this same
 * Godwit and not edited since (its seal opened).
 */
public record SnapshotFile(Snapshot snapshot, String text) {
  private static final String TABLES = "\n  \"tables\": [";
  private static final String TABLE_START = "\n    {";
  private static final String TABLE_END = "\n    }";

  /**
   * Each table of the snapshot by identity, with its text as the array of tables holds it (from
   * its brace to its brace); empty when the text is not laid out as Godwit writes it: a copied table
   * is then rendered again.
   */
  Map<Table, String> tableTexts() {
    List<Table> tables = snapshot.schema().tables();
    Map<Table, String> texts = new IdentityHashMap<>();
    if (tables.isEmpty() || !Checksum.isNormalized(text)) {
      return texts;
    }
    int at = text.indexOf(TABLES);
    if (at < 0) {
      return Map.of();
    }
    at += TABLES.length();
    for (Table table : tables) {
      // a table's own lines are indented further: its end is the first line that closes at its depth
      int end = text.startsWith(TABLE_START, at) ? text.indexOf(TABLE_END, at) : -1;
      if (end < 0) {
        return Map.of();
      }
      String tableText = text.substring(at + TABLE_START.length() - 1, end + TABLE_END.length());
      if (!tableText.startsWith("{\n      \"name\": \"" + table.name() + "\",\n") || !plain(table.name())) {
        return Map.of();
      }
      texts.put(table, tableText);
      at = end + TABLE_END.length();
      if (text.startsWith(",", at)) {
        at++;
      }
    }
    return text.startsWith("\n  ]", at) ? texts : Map.of();
  }

  /** Whether JSON writes {@code name} as it is between its quotes. */
  private static boolean plain(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\' || c > 0x7E) {
        return false;
      }
    }
    return true;
  }
}
