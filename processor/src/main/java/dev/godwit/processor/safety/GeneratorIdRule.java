package dev.godwit.processor.safety;

import dev.godwit.processor.diff.Change;
import java.util.List;

/**
 * A rule about the id columns a generator fills ({@link GeneratorIds}), which follow the migration's
 * table renames: those are looked up once per migration, not once per change.
 */
interface GeneratorIdRule extends SafetyRule {
  List<Finding> check(Change change, RuleContext context, GeneratorIds generatorIds);

  @Override
  default List<Finding> check(Change change, RuleContext context) {
    return check(change, context, new GeneratorIds(context));
  }

  @Override
  default SafetyRule in(RuleContext migration) {
    GeneratorIds ids = new GeneratorIds(migration);
    return (change, context) -> check(change, context, ids);
  }
}
