package dev.godwit.processor.diff;

import dev.godwit.processor.model.ForeignKey;
import java.util.List;

/**
 * The foreign keys, kept by a migration, that rely on one index or unique key it drops or creates,
 * under the two rules engines index a foreign key by: {@code leading}, any index the key's columns
 * lead (MySQL's InnoDB, which also indexes a key itself when none does); {@code exact}, only an
 * index of exactly the key's columns (H2, likewise).
 */
public record ReliantKeys(List<ForeignKey> leading, List<ForeignKey> exact) {
  public static final ReliantKeys NONE = new ReliantKeys(List.of(), List.of());

  public ReliantKeys {
    leading = List.copyOf(leading);
    exact = List.copyOf(exact);
  }
}
