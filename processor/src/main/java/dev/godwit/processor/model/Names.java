package dev.godwit.processor.model;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

final class Names {
  private Names() {}

  static <T> List<T> sorted(List<T> items, Function<T, String> name) {
    return items.stream().sorted(Comparator.comparing(name)).toList();
  }
}
