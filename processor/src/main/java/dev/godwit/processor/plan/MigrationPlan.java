package dev.godwit.processor.plan;

import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.SchemaDiff;
import java.util.List;

/**
 * The next migration: its version, file slug, the ordered up changes, the entity classes it
 * concerns, and the acknowledged destructive changes with their reasons.
 */
public record MigrationPlan(
    int version, String slug, List<Change> up, List<String> entities, List<String> acknowledgements) {

  public MigrationPlan {
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1: " + version);
    }
    up = List.copyOf(up);
    entities = List.copyOf(entities);
    acknowledgements = List.copyOf(acknowledgements);
  }

  public List<Change> down() {
    return SchemaDiff.reverse(up);
  }

  /** The file name without prefix and extension, e.g. {@code 2__add_customer_email}. */
  public String baseName() {
    return version + "__" + slug;
  }
}
