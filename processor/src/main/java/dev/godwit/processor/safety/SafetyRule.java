package dev.godwit.processor.safety;

import dev.godwit.processor.diff.Change;
import java.util.List;

/** One safety concern: looks at a single planned change, in the context of the whole migration. */
interface SafetyRule {

  /** The findings for {@code change}, empty when this rule has nothing to say about it. */
  List<Finding> check(Change change, RuleContext context);

  /**
   * This rule for the changes of one migration. A rule that looks at other changes of the
   * migration indexes them here once, instead of scanning them for every change (which is
   * quadratic in a first generation of thousands of tables).
   */
  default SafetyRule in(RuleContext migration) {
    return this;
  }
}
