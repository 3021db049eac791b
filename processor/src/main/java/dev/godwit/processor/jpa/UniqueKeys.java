package dev.godwit.processor.jpa;

import dev.godwit.processor.model.UniqueKey;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The unique keys Hibernate keeps for a table: keys of the same name are one key, and a key
 * implied by a column ({@code unique = true}, a one-to-one) goes when another key has the same
 * columns, as in Hibernate's {@code Table.cleanseUniqueKeyMap}; keys from {@code @UniqueConstraint}
 * ({@code explicit}) always stay.
 */
final class UniqueKeys {
  private UniqueKeys() {}

  static List<UniqueKey> distinct(List<UniqueKey> uniques, Set<String> explicit) {
    Map<String, UniqueKey> byName = new LinkedHashMap<>();
    uniques.forEach(u -> byName.putIfAbsent(u.name(), u));
    List<UniqueKey> kept = new ArrayList<>(byName.values());
    for (Iterator<UniqueKey> keys = kept.iterator(); keys.hasNext(); ) {
      UniqueKey key = keys.next();
      if (!explicit.contains(key.name()) && kept.stream().anyMatch(other -> other != key
          && Set.copyOf(other.columns()).equals(Set.copyOf(key.columns())))) {
        keys.remove();
      }
    }
    return List.copyOf(kept);
  }
}
