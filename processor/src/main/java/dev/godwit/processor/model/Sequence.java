package dev.godwit.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * A database sequence (emulated as a one-row table where the dialect has no sequences) and the id
 * columns it fills, sorted. The diff follows a sequence through a rename of its table or of itself
 * by those columns, and moves a sequence that takes over a populated table past the ids in it.
 * {@code ids} is empty only in a snapshot written before Godwit recorded them (format 8): unknown.
 */
public record Sequence(String name, long start, int increment, List<IdColumn> ids) {

  public Sequence {
    Objects.requireNonNull(name, "name");
    ids = ids.stream().distinct().sorted().toList();
  }

  public Sequence(String name, long start, int increment) {
    this(name, start, increment, List.of());
  }

  /** Whether start and allocation size are the same: what the database holds of a sequence. */
  public boolean sameSettings(Sequence other) {
    return start == other.start && increment == other.increment;
  }

  public Sequence withName(String newName) {
    return new Sequence(newName, start, increment, ids);
  }

  public Sequence withIds(List<IdColumn> newIds) {
    return new Sequence(name, start, increment, newIds);
  }

  // written out: see Column.equals
  @Override
  public boolean equals(Object other) {
    return other instanceof Sequence that && start == that.start && increment == that.increment && name.equals(that.name)
        && ids.equals(that.ids);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, start, increment, ids);
  }
}
