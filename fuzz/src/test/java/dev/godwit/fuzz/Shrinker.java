package dev.godwit.fuzz;

import dev.godwit.fuzz.Model.Entity;
import dev.godwit.fuzz.Model.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Makes a failing evolution smaller while it still fails the same way: drops edits, then whole
 * entities of A, then fields of A, until no single removal keeps the failure.
 */
final class Shrinker {
  private static final int MAX_TRIES = 80;
  private final Predicate<Evolution> fails;
  private int tries;

  Shrinker(Predicate<Evolution> fails) {
    this.fails = fails;
  }

  Evolution shrink(Evolution evolution) {
    Evolution current = evolution;
    boolean smaller = true;
    while (smaller && tries < MAX_TRIES) {
      smaller = false;
      for (Evolution candidate : candidates(current)) {
        if (tries++ >= MAX_TRIES) {
          break;
        }
        if (fails.test(candidate)) {
          current = candidate;
          smaller = true;
          break;
        }
      }
    }
    return current;
  }

  private static List<Evolution> candidates(Evolution evolution) {
    List<Evolution> candidates = new ArrayList<>();
    List<Mutation> mutations = evolution.mutations();
    for (int i = 0; i < mutations.size(); i++) {
      List<Mutation> fewer = new ArrayList<>(mutations);
      fewer.remove(i);
      candidates.add(evolution.with(evolution.a(), fewer));
    }
    Model a = evolution.a();
    for (Entity entity : a.entities()) {
      Model smaller = a.without(entity.id());
      for (Entity other : smaller.entities()) {
        for (Field field : other.fields()) {
          if (field.target().equals(Optional.of(entity.id()))) {
            smaller = smaller.withEntity(other.id(), e -> e.without(field.id()));
          }
        }
      }
      if (!smaller.entities().isEmpty()) {
        candidates.add(evolution.with(smaller, mutations));
      }
    }
    for (Entity entity : a.entities()) {
      for (Field field : entity.fields()) {
        candidates.add(evolution.with(a.withEntity(entity.id(), e -> e.without(field.id())), mutations));
      }
    }
    return candidates;
  }
}
