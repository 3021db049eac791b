package dev.godwit.processor.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

final class Names {
  private Names() {}

  static <T> List<T> sorted(List<T> items, Function<T, String> name) {
    // most lists come sorted (read from a snapshot, or a schema's own): checking is one pass
    String previous = null;
    for (T item : items) {
      String current = name.apply(item);
      if (previous != null && previous.compareTo(current) > 0) {
        return items.stream().sorted(Comparator.comparing(name)).toList();
      }
      previous = current;
    }
    return List.copyOf(items);
  }

  /** The item named {@code key} in a list {@link #sorted} by name, by binary search. */
  static <T> Optional<T> find(List<T> sorted, Function<T, String> name, String key) {
    int low = 0;
    int high = sorted.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int order = name.apply(sorted.get(middle)).compareTo(key);
      if (order == 0) {
        return Optional.of(sorted.get(middle));
      }
      if (order < 0) {
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return Optional.empty();
  }
}
