package dev.godwit.processor;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.jpa.EntityModel;
import java.util.List;

/**
 * Warns about a {@code @Backfill} this compilation does not read (GW206): the diff uses one only
 * when its column is added NOT NULL or changes type or nullability (also as the conversion of an
 * expand/contract). The counterpart of
 * {@link HintResolver}, which checks the hints before the diff; this checks them against its result.
 */
final class UnneededBackfills {
  private UnneededBackfills() {}

  static void warn(EntityModel model, List<Change> changes, Reporter reporter) {
    for (EntityModel.BackfillHint hint : model.backfills()) {
      if (!needed(hint, changes) && !hint.expression().isBlank()) {
        reporter.warning(Code.UNNEEDED_BACKFILL, "@Backfill on " + hint.table() + "." + hint.column()
            + " has no effect: it is used only when the column is added NOT NULL or its type or nullability changes,"
            + " and this compilation does neither. Remove it (once its migration is generated it is history)",
            hint.element());
      }
    }
  }

  private static boolean needed(EntityModel.BackfillHint hint, List<Change> changes) {
    return changes.stream().anyMatch(change ->
        change instanceof Change.AddColumn add && add.table().equals(hint.table())
            && add.column().name().equals(hint.column()) && !add.column().nullable()
        || change instanceof Change.AlterColumn alter && alter.table().equals(hint.table())
            && alter.to().name().equals(hint.column())
            && (alter.from().nullable() && !alter.to().nullable() || !alter.from().type().equals(alter.to().type()))
        || change instanceof Change.ExpandColumn expand && expand.expansion().table().equals(hint.table())
            && expand.expansion().now().name().equals(hint.column()) && expand.expansion().forward().isPresent());
  }
}
