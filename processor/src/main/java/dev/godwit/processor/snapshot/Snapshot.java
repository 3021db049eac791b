package dev.godwit.processor.snapshot;

import dev.godwit.processor.model.Schema;
import java.util.Objects;

/**
 * The committed record of the schema as of the latest generated migration.
 *
 * @param version the number of the latest migration (0 before the first one)
 * @param schema the schema all migrations up to {@code version} produce
 * @param migrations the checksums of the migration files written so far
 */
public record Snapshot(int version, Schema schema, RecordedMigrations migrations) {

  public static final Snapshot EMPTY = new Snapshot(0, Schema.EMPTY);

  public Snapshot {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(migrations, "migrations");
    if (version < 0) {
      throw new IllegalArgumentException("version must not be negative: " + version);
    }
  }

  public Snapshot(int version, Schema schema) {
    this(version, schema, RecordedMigrations.NONE);
  }
}
