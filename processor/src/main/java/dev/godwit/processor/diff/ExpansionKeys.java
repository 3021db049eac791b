package dev.godwit.processor.diff;

import dev.godwit.processor.model.Identifiers;
import dev.godwit.processor.model.Index;
import dev.godwit.processor.model.UniqueKey;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The indexes and unique keys an expand/contract of a column moves: those over the old column
 * stay until the contract drops them (instances of the previous release rely on them); those over
 * the new column are created by the expand, under their own name, or under an interim name
 * ({@link #interimName}) while an old one still holds that name, and the contract renames them.
 *
 * @param oldUniques unique keys over the old column, as the database has them (dropped by the contract)
 * @param oldIndexes indexes over the old column, as the database has them (dropped by the contract)
 * @param renamedUniques unique keys over the new column that the expand created under their
 *     interim name (renamed to their own by the contract)
 * @param renamedIndexes indexes over the new column that the expand created under their interim name
 */
public record ExpansionKeys(List<UniqueKey> oldUniques, List<Index> oldIndexes, List<UniqueKey> renamedUniques,
    List<Index> renamedIndexes) {

  public static final ExpansionKeys NONE = new ExpansionKeys(List.of(), List.of(), List.of(), List.of());

  /** The longest name the interim name may have: PostgreSQL's identifier limit, below MySQL's 64. */
  private static final int LIMIT = 63;

  public ExpansionKeys {
    oldUniques = List.copyOf(oldUniques);
    oldIndexes = List.copyOf(oldIndexes);
    renamedUniques = List.copyOf(renamedUniques);
    renamedIndexes = List.copyOf(renamedIndexes);
  }

  public boolean isEmpty() {
    return equals(NONE);
  }

  /**
   * The name a key over the new column has between the expand and the contract when its own name
   * still belongs to the old column's key: {@code gwx_<name>}. Hibernate's names start with
   * {@code UK}, {@code IDX}, {@code FK} or the table's name, so they never take it. A name that
   * would pass 63 characters is cut and ends with a hash of the whole name instead.
   */
  public static String interimName(String name) {
    String bare = Identifiers.bare(name);
    String interim = "gwx_" + bare;
    if (interim.getBytes(StandardCharsets.UTF_8).length > LIMIT) {
      CRC32 crc = new CRC32();
      crc.update(bare.getBytes(StandardCharsets.UTF_8));
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
      interim = cut + "_" + hash;
    }
    return Identifiers.isQuoted(name) ? Identifiers.quoted(interim) : interim;
  }

  public static UniqueKey interim(UniqueKey key) {
    return new UniqueKey(interimName(key.name()), key.columns(), false);
  }

  public static Index interim(Index index) {
    return new Index(interimName(index.name()), index.columns(), index.unique());
  }
}
