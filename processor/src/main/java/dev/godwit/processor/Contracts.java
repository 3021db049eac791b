package dev.godwit.processor;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Expanded;
import dev.godwit.processor.diff.Expansion;
import dev.godwit.processor.diff.TableExpansion;
import dev.godwit.processor.jpa.EntityModel;
import dev.godwit.processor.model.Table;
import dev.godwit.processor.snapshot.ExpandContract;
import dev.godwit.processor.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;

/**
 * The contract steps of the snapshot's expand/contracts: which ones this compilation generates
 * ({@code -Agodwit.contract=<expand version>}), a warning on every compile for each one still
 * pending so it is never forgotten, and an error for an entity change a pending one forbids.
 */
final class Contracts {
  private Contracts() {}

  /**
   * The expansions this migration contracts; empty when an error was reported (a requested version
   * without an expand step, or an entity change that a pending contract forbids).
   */
  static Optional<List<Expanded>> resolve(Set<Integer> requested, Snapshot snapshot, EntityModel model, Reporter reporter) {
    boolean ok = true;
    for (int version : requested) {
      if (snapshot.expansions().stream().noneMatch(e -> e.expandedIn() == version)) {
        reporter.error(Code.INVALID_OPTION, "option -Agodwit.contract=" + version + ": migration V" + version
            + " has no expand step to contract; the snapshot records " + recorded(snapshot), null);
        ok = false;
      }
    }
    List<Expanded> contracts = new ArrayList<>();
    for (ExpandContract entry : snapshot.pendingContracts()) {
      ok &= allowed(entry, model, reporter);
      if (requested.contains(entry.expandedIn())) {
        contracts.add(entry.expansion());
      } else if (entry.expansion() instanceof TableExpansion table) {
        reporter.warning(Code.CONTRACT_PENDING, "contract pending: V" + entry.expandedIn() + " expanded "
            + table.describe() + "; the database keeps the view " + table.from() + " over " + table.to()
            + " for instances of the release before it. Once V" + entry.expandedIn() + " runs everywhere and no such"
            + " instance is left, compile with -Agodwit.contract=" + entry.expandedIn() + ": the next migration drops"
            + " the view", model.origin(table.to()).orElse(null));
      } else {
        Expansion expansion = (Expansion) entry.expansion();
        reporter.warning(Code.CONTRACT_PENDING, "contract pending: V" + entry.expandedIn() + " expanded "
            + expansion.describe() + "; the database keeps " + expansion.table() + "." + expansion.old().name()
            + " in sync with " + expansion.now().name() + " for instances of the release before it. Once V"
            + entry.expandedIn() + " runs everywhere and no such instance is left, compile with -Agodwit.contract="
            + entry.expandedIn() + ": the next migration drops the sync and the old column",
            origin(model, expansion.table(), expansion.now().name()));
      }
    }
    return ok ? Optional.of(List.copyOf(contracts)) : Optional.empty();
  }

  /**
   * The entities keep the new column (or table), and do not take the old name back, until the
   * contract.
   */
  private static boolean allowed(ExpandContract entry, EntityModel model, Reporter reporter) {
    if (entry.expansion() instanceof TableExpansion renamed) {
      String problem = model.schema().table(renamed.to()).isEmpty()
          ? "the entities no longer map table " + renamed.to()
          : model.schema().table(renamed.from()).isPresent()
              ? "the entities map table " + renamed.from() + " again, which the database still holds as the view over "
                  + renamed.to()
              : null;
      if (problem == null) {
        return true;
      }
      reporter.error(Code.CONTRACT_BLOCKED, problem + ", but the contract of V" + entry.expandedIn() + " ("
          + renamed.describe() + ") is pending. Generate the contract first (-Agodwit.contract=" + entry.expandedIn()
          + ", with the entities as they were), then make this change",
          model.origin(renamed.to()).or(() -> model.origin(renamed.from())).orElse(null));
      return false;
    }
    Expansion expansion = (Expansion) entry.expansion();
    Optional<Table> table = model.schema().table(expansion.table());
    String problem = null;
    if (table.isEmpty()) {
      problem = "the entities no longer map table " + expansion.table();
    } else if (table.get().column(expansion.now().name()).isEmpty()) {
      problem = "the entities no longer map column " + expansion.table() + "." + expansion.now().name();
    } else if (table.get().column(expansion.old().name()).isPresent()) {
      problem = "the entities map column " + expansion.table() + "." + expansion.old().name()
          + " again, which the database still holds as the old column";
    } else {
      Table mapped = table.get();
      problem = expansion.keys().renamedUniques().stream().filter(k -> !mapped.uniqueKeys().contains(k)).findFirst()
          .map(k -> k.name()).or(() -> expansion.keys().renamedIndexes().stream()
              .filter(i -> !mapped.indexes().contains(i)).findFirst().map(i -> i.name()))
          .map(name -> "the entities change or remove " + name + " of " + expansion.table() + ", which the database holds"
              + " under the interim name " + dev.godwit.processor.diff.ExpansionKeys.interimName(name) + " until the contract")
          .orElse(null);
    }
    if (problem == null) {
      return true;
    }
    reporter.error(Code.CONTRACT_BLOCKED, problem + ", but the contract of V" + entry.expandedIn() + " ("
        + expansion.describe() + ") is pending. Generate the contract first (-Agodwit.contract=" + entry.expandedIn()
        + ", with the entities as they were), then make this change", origin(model, expansion.table(), expansion.now().name()));
    return false;
  }

  private static String recorded(Snapshot snapshot) {
    if (snapshot.expansions().isEmpty()) {
      return "no expand step";
    }
    return snapshot.expansions().stream().map(e -> "V" + e.expandedIn() + " (" + e.expansion().describe() + ", "
        + (e.pending() ? "contract pending" : "contracted in V" + e.contractedIn()) + ")")
        .distinct().collect(Collectors.joining(", "));
  }

  private static Element origin(EntityModel model, String table, String column) {
    return model.origin(table, column).orElse(null);
  }
}
