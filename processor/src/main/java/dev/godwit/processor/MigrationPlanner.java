package dev.godwit.processor;

import dev.godwit.processor.diff.Change;
import dev.godwit.processor.jpa.EntityModel;
import dev.godwit.processor.plan.MigrationPlan;
import dev.godwit.processor.plan.Slugs;
import dev.godwit.processor.safety.SafetyCheck;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Turns the ordered changes into the next version's {@link MigrationPlan}: its slug, the entity
 * classes whose tables it touches, and each acknowledged finding with the reason given for it.
 */
final class MigrationPlanner {
  private MigrationPlanner() {}

  static MigrationPlan plan(int previousVersion, List<Change> changes, EntityModel model, SafetyCheck.Result safety) {
    return new MigrationPlan(previousVersion + 1, Slugs.of(changes), changes, entities(model, changes),
        safety.acknowledged().stream().map(a -> a.finding().target()
            + " (" + a.finding().code().id() + "): " + a.acknowledgement().reason()).distinct().toList());
  }

  private static List<String> entities(EntityModel model, List<Change> changes) {
    TreeSet<String> names = new TreeSet<>();
    for (Change change : changes) {
      Optional.ofNullable(model.entities().get(change.subject())).ifPresent(names::add);
    }
    return List.copyOf(names);
  }
}
