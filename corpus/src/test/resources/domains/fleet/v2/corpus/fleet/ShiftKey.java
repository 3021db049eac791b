package corpus.fleet;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** The key of a shift: its day and its slot. */
public class ShiftKey implements Serializable {
  private LocalDate day;
  private String slot;

  @Override
  public boolean equals(Object other) {
    return other instanceof ShiftKey key && Objects.equals(day, key.day) && Objects.equals(slot, key.slot);
  }

  @Override
  public int hashCode() {
    return Objects.hash(day, slot);
  }
}
