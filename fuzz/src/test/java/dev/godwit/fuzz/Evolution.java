package dev.godwit.fuzz;

import dev.godwit.fuzz.FieldType.Kind;
import dev.godwit.fuzz.Model.Conversion;
import dev.godwit.fuzz.Model.Entity;
import dev.godwit.fuzz.Model.Field;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Model A and the edits that turn it into model B. B carries the hints Godwit needs
 * ({@code @Renamed}, {@code @Backfill} set by the edits; {@code @AllowDestructive} for every drop
 * and narrowing, worked out here from A and B).
 */
record Evolution(long seed, Model a, List<Mutation> mutations) {

  Evolution {
    mutations = List.copyOf(mutations);
  }

  Model b() {
    Model b = a;
    for (Mutation mutation : mutations) {
      b = mutation.apply(a, b);
    }
    TreeSet<String> acknowledged = new TreeSet<>();
    for (Entity before : a.entities()) {
      Optional<Entity> after = b.entity(before.id());
      if (after.isEmpty()) {
        acknowledged.add(before.table());
        continue;
      }
      for (Field field : before.fields()) {
        Optional<Field> now = after.get().field(field.id());
        if (now.isEmpty()) {
          acknowledged.add(after.get().table() + "." + field.column());
        } else if (narrows(field.type(), now.get().type()) && !(now.get().backfill().orElse(null) instanceof Conversion)) {
          acknowledged.add(after.get().table() + "." + now.get().column());
        }
      }
    }
    for (String target : acknowledged) {
      b = b.acknowledging(target);
    }
    return b;
  }

  /**
   * Whether the undo can run on the migrated rows: not when it must restore a dropped NOT NULL
   * column (there is no value to restore) or convert values back (the undo has no conversion).
   * Such evolutions are undone on empty tables.
   */
  boolean undoKeepsData() {
    Model b = b();
    for (Entity before : a.entities()) {
      Optional<Entity> after = b.entity(before.id());
      for (Field field : before.fields()) {
        Optional<Field> now = after.flatMap(e -> e.field(field.id()));
        if (after.isPresent() && now.isEmpty() && !field.nullable()
            || now.isPresent() && now.get().backfill().orElse(null) instanceof Conversion) {
          return false;
        }
      }
    }
    return true;
  }

  /** The same evolution with other parts: for shrinking. */
  Evolution with(Model otherA, List<Mutation> otherMutations) {
    return new Evolution(seed, otherA, otherMutations);
  }

  /** Whether Godwit's NarrowingRule flags the change (it must then be acknowledged). */
  static boolean narrows(FieldType from, FieldType to) {
    if (from.kind() == to.kind()) {
      return switch (to.kind()) {
        case STRING -> to.length() < from.length();
        case DECIMAL -> to.precision() < from.precision() || to.scale() != from.scale();
        case ENUM_STRING -> !to.constants().containsAll(from.constants());
        case ENUM_ORDINAL -> to.constants().size() < from.constants().size()
            || !to.constants().subList(0, from.constants().size()).equals(from.constants());
        default -> false;
      };
    }
    List<Kind> integers = List.of(Kind.SHORT, Kind.INTEGER, Kind.LONG);
    return !(integers.contains(from.kind()) && integers.contains(to.kind())
        && integers.indexOf(to.kind()) >= integers.indexOf(from.kind()));
  }

  String describe() {
    return "seed " + seed + ": " + mutations.stream().map(Mutation::describe).collect(Collectors.joining("; "));
  }
}
