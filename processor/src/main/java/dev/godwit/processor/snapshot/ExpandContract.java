package dev.godwit.processor.snapshot;

import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Expanded;
import dev.godwit.processor.diff.Expansion;
import dev.godwit.processor.diff.TableExpansion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An expand/contract recorded in the snapshot (of a column or of a table): the migration that
 * expanded, and the one that contracted (0 while the contract is pending). Kept after the contract, so that
 * {@code -Agodwit.contract=<n>} left in a build file stays valid.
 */
public record ExpandContract(int expandedIn, int contractedIn, Expanded expansion) {
  static final Comparator<ExpandContract> ORDER = Comparator.comparingInt(ExpandContract::expandedIn)
      .thenComparing(e -> e.expansion().table()).thenComparing(ExpandContract::detail);

  public ExpandContract {
    Objects.requireNonNull(expansion, "expansion");
    if (expandedIn < 1 || contractedIn != 0 && contractedIn <= expandedIn) {
      throw new IllegalArgumentException("expanded in V" + expandedIn + ", contracted in V" + contractedIn);
    }
  }

  /** The column's new name, or the table's old one: what orders entries of one table and version. */
  private static String detail(ExpandContract entry) {
    return entry.expansion() instanceof Expansion column ? column.now().name()
        : ((TableExpansion) entry.expansion()).from();
  }

  public boolean pending() {
    return contractedIn == 0;
  }

  /**
   * The record after migration {@code version} ran {@code up}: its expand steps added as pending,
   * its contract steps marked done.
   */
  public static List<ExpandContract> after(List<ExpandContract> before, int version, List<Change> up) {
    List<ExpandContract> result = new ArrayList<>();
    for (ExpandContract entry : before) {
      boolean contracted = up.stream().anyMatch(c -> c instanceof Change.ContractColumn contract
          && contract.expansion().equals(entry.expansion())
          || c instanceof Change.ContractTable table && table.expansion().equals(entry.expansion()));
      result.add(contracted && entry.pending() ? new ExpandContract(entry.expandedIn(), version, entry.expansion()) : entry);
    }
    for (Change change : up) {
      if (change instanceof Change.ExpandColumn expand) {
        result.add(new ExpandContract(version, 0, expand.expansion()));
      } else if (change instanceof Change.ExpandTable expand) {
        result.add(new ExpandContract(version, 0, expand.expansion()));
      }
    }
    result.sort(ORDER);
    return List.copyOf(result);
  }
}
