package dev.godwit.processor.jpa;

import dev.godwit.processor.model.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A column's check constraints as Hibernate 6.6 writes them ({@code ColumnDefinitions.appendConstraints}):
 * a named check is a constraint of its own; the anonymous ones are joined into one, {@code check ((a)
 * and (b))}, each condition in parentheses, in the order Hibernate adds them to the column: the
 * unnamed {@code @Check}s as declared (binding), then Hibernate Validator's range conditions (added
 * when the session factory starts). A single anonymous check keeps its condition as written. (An
 * enum's range check, which Hibernate adds between the two, is the dialect's, and an unnamed check on
 * an enum column stays refused: {@code TableParts.reportUnnamedCheckClashes}.)
 */
final class ColumnChecks {
  private ColumnChecks() {}

  /**
   * The checks of {@code column}: {@code declared} ({@code @Check}/{@code @Checks} on the attribute)
   * with its anonymous ones and {@code rangeConditions} joined into one, which takes the place of the
   * first anonymous declared check, or comes first.
   */
  static List<Check> of(String column, List<Check> declared, List<String> rangeConditions) {
    List<String> anonymous = new ArrayList<>();
    declared.stream().filter(c -> c.name().isEmpty()).forEach(c -> anonymous.add(c.condition()));
    anonymous.addAll(rangeConditions);
    if (anonymous.isEmpty()) {
      return declared;
    }
    Check joined = new Check(Optional.empty(), Optional.of(column),
        anonymous.size() == 1 ? anonymous.get(0) : "(" + String.join(") and (", anonymous) + ")");
    List<Check> checks = new ArrayList<>();
    boolean placed = false;
    for (Check check : declared) {
      if (check.name().isPresent()) {
        checks.add(check);
      } else if (!placed) {
        checks.add(joined);
        placed = true;
      }
    }
    if (!placed) {
      checks.add(0, joined);
    }
    return List.copyOf(checks);
  }
}
