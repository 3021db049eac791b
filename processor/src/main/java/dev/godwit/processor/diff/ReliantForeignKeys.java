package dev.godwit.processor.diff;

import dev.godwit.processor.model.ForeignKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The foreign keys of one table that rely on an index or unique key the migration drops or
 * creates: kept by the migration (unchanged on both sides), their columns lead that index, and no
 * index, unique key or primary key that both sides keep leads with them. MySQL refuses to drop the
 * last index a foreign key can use and drops its own index for a key once another can serve it; H2
 * uses an index of exactly the key's columns. Each key is given to one drop and one creation only,
 * the ones whose undo or effect comes first: a creation in name order (the order a phase runs in)
 * takes the key's own index, and a drop gives it one before the drop that the undo creates first.
 */
final class ReliantForeignKeys {
  private final List<ForeignKey> kept;
  private final List<List<String>> keptLeaders;

  /**
   * @param kept the table's foreign keys the migration keeps
   * @param keptLeaders the columns of the primary key, indexes and unique keys the migration keeps
   */
  ReliantForeignKeys(List<ForeignKey> kept, List<List<String>> keptLeaders) {
    this.kept = List.copyOf(kept);
    this.keptLeaders = List.copyOf(keptLeaders);
  }

  /** By name, the kept keys each dropped index or unique key (columns by name) leaves without an index. */
  Map<String, List<ForeignKey>> forDrops(Map<String, List<String>> dropped) {
    return assign(dropped, Comparator.<String>reverseOrder());
  }

  /** By name, the kept keys whose own index each created index or unique key (columns by name) replaces. */
  Map<String, List<ForeignKey>> forCreates(Map<String, List<String>> created) {
    return assign(created, Comparator.<String>naturalOrder());
  }

  private Map<String, List<ForeignKey>> assign(Map<String, List<String>> columnsByName, Comparator<String> order) {
    Set<String> given = new HashSet<>();
    Map<String, List<ForeignKey>> reliant = new HashMap<>();
    for (String name : columnsByName.keySet().stream().sorted(order).toList()) {
      List<ForeignKey> keys = new ArrayList<>();
      for (ForeignKey key : kept) {
        if (leads(key.columns(), columnsByName.get(name))
            && keptLeaders.stream().noneMatch(l -> leads(key.columns(), l)) && given.add(key.name())) {
          keys.add(key);
        }
      }
      reliant.put(name, keys);
    }
    return reliant;
  }

  /** Whether {@code key} are the first columns of {@code index} (an index column may carry {@code desc}). */
  static boolean leads(List<String> key, List<String> index) {
    if (index.size() < key.size()) {
      return false;
    }
    for (int i = 0; i < key.size(); i++) {
      String column = index.get(i);
      int space = column.indexOf(' ');
      if (!key.get(i).equals(space < 0 ? column : column.substring(0, space))) {
        return false;
      }
    }
    return true;
  }
}
