package dev.godwit.processor.diff;

import dev.godwit.processor.model.Column;
import java.util.Objects;
import java.util.Optional;

/**
 * A column that moves to a new name (and maybe a new type) over two releases: the expand step
 * adds {@code now} next to {@code old} and keeps the two in sync, the contract step drops
 * {@code old}. Database names.
 *
 * @param old the column as the snapshot had it before the expand
 * @param now the column as the entity maps it
 * @param forward SQL giving {@code now}'s value from the row's {@code old} column ({@code @Backfill});
 *     empty: {@code old} itself, cast where the types differ
 * @param backward SQL giving {@code old}'s value from {@code now} ({@code @Backfill(reverse)});
 *     empty: {@code now} itself, cast where the types differ
 * @param keys the indexes and unique keys over the old column that the contract drops, and those
 *     over the new column it renames
 */
public record Expansion(String table, Column old, Column now, Optional<String> forward, Optional<String> backward,
    ExpansionKeys keys) implements Expanded {

  public Expansion {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(old, "old");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(forward, "forward");
    Objects.requireNonNull(backward, "backward");
    Objects.requireNonNull(keys, "keys");
  }

  /** An expansion of a column outside every index and unique key. */
  public Expansion(String table, Column old, Column now, Optional<String> forward, Optional<String> backward) {
    this(table, old, now, forward, backward, ExpansionKeys.NONE);
  }

  public Expansion withKeys(ExpansionKeys newKeys) {
    return new Expansion(table, old, now, forward, backward, newKeys);
  }

  /** Whether the column's type changes too (not only its name). */
  public boolean typeChanged() {
    return !old.type().equals(now.type()) || !old.definition().equals(now.definition());
  }

  /** {@code table.old -> table.now}, for messages. */
  @Override
  public String describe() {
    return table + "." + old.name() + " -> " + table + "." + now.name()
        + (typeChanged() ? " (" + old.describeType() + " -> " + now.describeType() + ")" : "");
  }
}
