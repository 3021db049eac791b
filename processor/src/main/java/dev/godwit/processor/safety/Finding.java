package dev.godwit.processor.safety;

import dev.godwit.processor.diagnostics.Code;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A safety verdict on one planned change, for the dialects it applies to. An ERROR is unsafe (data
 * loss, or the change cannot succeed on a populated table); a WARNING needs review (a lock or
 * rewrite that grows with the table, or instances of the previous release breaking).
 *
 * @param table the table whose entity caused the change (database name, after the migration)
 * @param column the column whose attribute caused it, empty for table-level changes
 * @param hint the hint annotation to point at instead of the attribute, when the hint is the problem
 * @param target what {@code @AllowDestructive} names to acknowledge it: {@code table},
 *     {@code table.column} or {@code table.constraint}
 * @param dialects the dialect names the verdict holds for, in the configured order
 */
public record Finding(
    Severity severity, Code code, String table, Optional<String> column, Hint hint, String target,
    List<String> dialects, String message) {

  public enum Severity { ERROR, WARNING }

  /** Where the diagnostic goes besides the entity element: the hint annotation on it. */
  public enum Hint { NONE, RENAMED, BACKFILL }

  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(hint, "hint");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(message, "message");
    dialects = List.copyOf(dialects);
    if (dialects.isEmpty()) {
      throw new IllegalArgumentException("a finding applies to at least one dialect: " + code);
    }
  }

  /** A finding on a table, acknowledged by naming the table. */
  static Finding onTable(Severity severity, Code code, String table, List<String> dialects, String message) {
    return new Finding(severity, code, table, Optional.empty(), Hint.NONE, table, dialects, message);
  }

  /** A finding on a column, acknowledged by naming {@code table.column}. */
  static Finding onColumn(Severity severity, Code code, String table, String column, List<String> dialects,
      String message) {
    return new Finding(severity, code, table, Optional.of(column), Hint.NONE, table + "." + column, dialects, message);
  }

  Finding at(Hint newHint) {
    return new Finding(severity, code, table, column, newHint, target, dialects, message);
  }

  Finding withTarget(String newTarget) {
    return new Finding(severity, code, table, column, hint, newTarget, dialects, message);
  }
}
