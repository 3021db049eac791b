package dev.godwit.processor.diff;

import dev.godwit.processor.model.ForeignKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The foreign keys of one table that rely on an index or unique key the migration drops or
 * creates ({@link ReliantKeys}): kept by the migration (unchanged on both sides), the index can
 * serve them, and no index, unique key or primary key that both sides keep can. MySQL refuses to
 * drop the last index a foreign key can use and drops its own index for a key once another serves
 * it; H2 does the same with indexes of exactly the key's columns. Each key is given to one drop and
 * one creation only, the ones whose undo or effect comes first: a creation in name order (the
 * order a phase runs in) replaces the key's own index, and the drop that the undo creates first
 * (the last in name order) gives the key an index of its own.
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
  Map<String, ReliantKeys> forDrops(Map<String, List<String>> dropped) {
    return assign(dropped, Comparator.<String>reverseOrder());
  }

  /** By name, the kept keys whose own index each created index or unique key (columns by name) replaces. */
  Map<String, ReliantKeys> forCreates(Map<String, List<String>> created) {
    return assign(created, Comparator.<String>naturalOrder());
  }

  private Map<String, ReliantKeys> assign(Map<String, List<String>> columnsByName, Comparator<String> order) {
    List<String> names = columnsByName.keySet().stream().sorted(order).toList();
    Map<String, List<ForeignKey>> leading = assign(names, columnsByName, ReliantForeignKeys::leads);
    Map<String, List<ForeignKey>> exact = assign(names, columnsByName, ReliantForeignKeys::exactly);
    Map<String, ReliantKeys> reliant = new HashMap<>();
    names.forEach(name -> reliant.put(name, new ReliantKeys(leading.get(name), exact.get(name))));
    return reliant;
  }

  private Map<String, List<ForeignKey>> assign(
      List<String> names, Map<String, List<String>> columnsByName, BiPredicate<List<String>, List<String>> serves) {
    Set<String> given = new HashSet<>();
    Map<String, List<ForeignKey>> reliant = new HashMap<>();
    for (String name : names) {
      List<ForeignKey> keys = new ArrayList<>();
      for (ForeignKey key : kept) {
        if (serves.test(key.columns(), columnsByName.get(name))
            && keptLeaders.stream().noneMatch(l -> serves.test(key.columns(), l)) && given.add(key.name())) {
          keys.add(key);
        }
      }
      reliant.put(name, keys);
    }
    return reliant;
  }

  /** Whether {@code key} are the first columns of {@code index} (an index column may carry {@code desc}). */
  static boolean leads(List<String> key, List<String> index) {
    return index.size() >= key.size() && bare(index).subList(0, key.size()).equals(key);
  }

  /** Whether {@code index} has exactly the columns of {@code key}, in any order. */
  static boolean exactly(List<String> key, List<String> index) {
    return index.size() == key.size() && bare(index).containsAll(key);
  }

  private static List<String> bare(List<String> index) {
    return index.stream().map(c -> c.indexOf(' ') < 0 ? c : c.substring(0, c.indexOf(' '))).toList();
  }
}
