package dev.godwit.processor;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.jpa.EntityModel.RenameHint;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.model.Sequence;
import dev.godwit.processor.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import static dev.godwit.processor.model.Identifiers.bare;

/**
 * Which column renames Godwit can split into expand and contract: a column outside the primary
 * key, foreign keys and checks (they would have to exist twice under one name; indexes and unique
 * keys do, see {@link dev.godwit.processor.diff.ExpansionKeys}) and not an identity, on a table
 * that keeps its name in the same migration. Defaults wait for the contract
 * ({@code ExpandForms.withoutDefault}). Which table renames: a table whose columns stay as they are in
 * the same migration (the view with the old name shows them; new ones may be added), without a
 * sequence named after it (the two releases would draw the same ids from two sequences), and whose
 * old name no entity maps again. Anything else is an error on the {@code @Renamed} that names it.
 */
final class ExpandContractHints {
  private ExpandContractHints() {}

  static boolean supported(RenameHint hint, Table oldTable, Column old, Optional<Table> newTable, boolean tableRenamed,
      Reporter reporter) {
    List<String> reasons = new ArrayList<>();
    if (tableRenamed) {
      reasons.add("its table is renamed in the same migration");
    }
    reasons.addAll(reasons(oldTable, old, "the old column " + old.name()));
    Optional<Column> now = newTable.flatMap(t -> t.column(hint.column().orElseThrow()));
    if (newTable.isPresent() && now.isPresent()) {
      reasons.addAll(reasons(newTable.get(), now.get(), "the new column " + now.get().name()));
    }
    if (reasons.isEmpty()) {
      return true;
    }
    reporter.error(Code.EXPAND_CONTRACT_UNSUPPORTED, "@Renamed(from = \"" + hint.from() + "\", strategy ="
        + " EXPAND_CONTRACT) on " + hint.table() + "." + hint.column().orElseThrow() + ": Godwit cannot expand and"
        + " contract this column because " + String.join(", and ", reasons) + ". Rename it in place (remove the"
        + " strategy and acknowledge GW408 once no instance of the previous release runs), or add the new attribute"
        + " next to the old one yourself and remove the old one in a later release", hint.element());
    return false;
  }

  static boolean supportedTable(RenameHint hint, Table old, Schema now, Schema previous, Reporter reporter) {
    List<String> reasons = new ArrayList<>();
    Optional<Table> renamed = now.table(hint.table());
    for (Column column : old.columns()) {
      Optional<Column> kept = renamed.flatMap(t -> t.column(column.name()));
      if (kept.isEmpty()) {
        reasons.add("its column " + column.name() + " is renamed or dropped in the same migration");
      } else if (!kept.get().withComment(Optional.empty()).equals(column.withComment(Optional.empty()))) {
        reasons.add("its column " + column.name() + " changes in the same migration");
      }
    }
    if (now.table(old.name()).isPresent()) {
      reasons.add("an entity maps a table named " + old.name() + " again, the name the view keeps");
    }
    String ownSequence = bare(old.name()) + "_seq";
    previous.sequences().stream().map(Sequence::name)
        .filter(name -> bare(name).equalsIgnoreCase(ownSequence) && now.sequence(name).isEmpty())
        .forEach(name -> reasons.add("its id sequence " + name + " is named after the table: the previous release"
            + " would draw ids from " + name + " and this one from a new sequence, which hands out the same ids again"
            + " (keep it: @SequenceGenerator(name = \"" + bare(name) + "\", sequenceName = \"" + bare(name)
            + "\") with @GeneratedValue(generator = \"" + bare(name) + "\"), or use IDENTITY)"));
    if (reasons.isEmpty()) {
      return true;
    }
    reporter.error(Code.EXPAND_CONTRACT_UNSUPPORTED, "@Renamed(from = \"" + hint.from() + "\", strategy ="
        + " EXPAND_CONTRACT) on table " + hint.table() + ": Godwit cannot expand and contract this table because "
        + String.join(", and ", reasons) + ". Make the other changes in another release, or rename the table in place"
        + " (remove the strategy and acknowledge GW407 once no instance of the previous release runs)", hint.element());
    return false;
  }

  private static List<String> reasons(Table table, Column column, String what) {
    List<String> reasons = new ArrayList<>();
    String name = column.name();
    if (table.primaryKey().contains(name)) {
      reasons.add(what + " is in the primary key");
    }
    if (table.foreignKeys().stream().anyMatch(k -> k.columns().contains(name))) {
      reasons.add(what + " is in a foreign key");
    }
    if (table.checks().stream().anyMatch(c -> c.column().filter(name::equals).isPresent())) {
      reasons.add(what + " has a check constraint");
    }
    if (column.identity()) {
      reasons.add(what + " is an identity column");
    }
    return reasons;
  }
}
