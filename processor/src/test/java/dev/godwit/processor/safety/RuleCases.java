package dev.godwit.processor.safety;

import dev.godwit.processor.diff.Change;
import java.util.List;

/** Shared shape of the per-rule tests: one change, the acknowledgements present, the expected verdict. */
final class RuleCases {
  private RuleCases() {}

  static SafetyCheck.Result check(Change change, Acknowledgement... acknowledgements) {
    return SafetyCheck.check(List.of(change), List.of(acknowledgements));
  }

  static Acknowledgement ack(String target) {
    return new Acknowledgement(target, "data moved to the archive");
  }
}
