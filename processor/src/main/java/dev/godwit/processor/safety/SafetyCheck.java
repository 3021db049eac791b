package dev.godwit.processor.safety;

import dev.godwit.processor.diff.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs every safety rule over a planned migration. An error an {@link Acknowledgement} covers is
 * dropped from the findings and reported as used, so its reason can go into the migration.
 */
public final class SafetyCheck {
  private static final List<SafetyRule> RULES = List.of(
      new DropTableRule(), new DropColumnRule(), new NarrowingRule(), new NotNullRule(),
      new PrimaryKeyRule());

  /** The findings left after acknowledgements, and the acknowledgements that were needed. */
  public record Result(List<Finding> findings, List<Acknowledged> acknowledged) {}

  /** A finding that an acknowledgement allowed. */
  public record Acknowledged(Finding finding, Acknowledgement acknowledgement) {}

  private SafetyCheck() {}

  public static Result check(List<Change> changes, List<Acknowledgement> acknowledgements) {
    List<Finding> findings = new ArrayList<>();
    List<Acknowledged> acknowledged = new ArrayList<>();
    for (Change change : changes) {
      for (SafetyRule rule : RULES) {
        rule.check(change).ifPresent(finding -> {
          Optional<Acknowledgement> ack = acknowledgements.stream()
              .filter(a -> a.covers(finding.table(), finding.column().orElse(null)))
              .findFirst();
          if (ack.isPresent()) {
            acknowledged.add(new Acknowledged(finding, ack.get()));
          } else {
            findings.add(finding);
          }
        });
      }
    }
    return new Result(List.copyOf(findings), List.copyOf(acknowledged));
  }
}
