package dev.godwit.processor.safety;

import dev.godwit.processor.diff.Change;
import java.util.Optional;

/** One safety concern: looks at a single change and says whether it is destructive. */
interface SafetyRule {

  /** A finding for {@code change}, or empty when this rule has nothing to say about it. */
  Optional<Finding> check(Change change);
}
