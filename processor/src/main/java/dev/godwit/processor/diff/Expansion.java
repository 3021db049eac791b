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
 */
public record Expansion(String table, Column old, Column now, Optional<String> forward, Optional<String> backward)
    implements Expanded {

  public Expansion {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(old, "old");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(forward, "forward");
    Objects.requireNonNull(backward, "backward");
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
