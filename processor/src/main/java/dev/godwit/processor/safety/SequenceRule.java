package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.Finding.Severity.ERROR;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.CreateSequence;
import dev.godwit.processor.diff.Change.DropSequence;
import java.util.List;

/**
 * A sequence whose start or allocation size changed is dropped and created again: its current
 * value is lost, and the next ids start over and collide with existing rows.
 */
final class SequenceRule implements SafetyRule {
  @Override
  public List<Finding> check(Change change, RuleContext context) {
    if (!(change instanceof DropSequence drop)) {
      return List.of();
    }
    String name = drop.sequence().name();
    return context.changes().stream()
        .filter(c -> c instanceof CreateSequence create && create.sequence().name().equals(name))
        .map(c -> ((CreateSequence) c).sequence())
        .map(created -> Finding.onTable(ERROR, Code.SEQUENCE_RECREATED, name, context.dialectNames(),
            "sequence " + name + " changes from start " + drop.sequence().start() + " increment "
                + drop.sequence().increment() + " to start " + created.start() + " increment " + created.increment()
                + ", which Godwit performs by dropping and creating it again: its current value is lost and the next"
                + " ids start over at " + created.start() + ", colliding with existing rows. Keep the previous"
                + " allocationSize and initialValue on @SequenceGenerator(name = ..., sequenceName = \"" + name
                + "\"), or, on an empty table, acknowledge it: " + Advice.acknowledge(name, Code.SEQUENCE_RECREATED)))
        .toList();
  }
}
