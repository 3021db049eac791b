package dev.godwit.processor.safety;

import dev.godwit.processor.diagnostics.Code;
import java.util.Optional;

/**
 * A safety verdict on one planned change. {@code column} is empty for table-level changes; the
 * processor uses table and column to put the diagnostic on the entity element that caused it.
 */
public record Finding(Severity severity, Code code, String table, Optional<String> column, String message) {

  public enum Severity { ERROR, WARNING }
}
