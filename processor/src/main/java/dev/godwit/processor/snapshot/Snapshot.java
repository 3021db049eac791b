package dev.godwit.processor.snapshot;

import dev.godwit.processor.model.Schema;
import java.util.List;
import java.util.Objects;

/**
 * The committed record of the schema as of the latest generated migration.
 *
 * @param version the number of the latest migration (0 before the first one)
 * @param schema the schema all migrations up to {@code version} produce
 * @param migrations the checksums of the migration files written so far
 * @param expansions the expand/contracts so far; a pending one's old column is in the database
 *     but not in {@code schema}, which is the schema the entities map
 * @param sources the inputs a sealed snapshot was written from; empty when it is not sealed or
 *     was written before format 13
 */
public record Snapshot(int version, Schema schema, RecordedMigrations migrations, List<ExpandContract> expansions,
    java.util.Optional<Sources> sources) {

  public static final Snapshot EMPTY = new Snapshot(0, Schema.EMPTY);

  public Snapshot {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(migrations, "migrations");
    Objects.requireNonNull(sources, "sources");
    expansions = expansions.stream().sorted(ExpandContract.ORDER).toList();
    if (version < 0) {
      throw new IllegalArgumentException("version must not be negative: " + version);
    }
  }

  public Snapshot(int version, Schema schema, RecordedMigrations migrations, List<ExpandContract> expansions) {
    this(version, schema, migrations, expansions, java.util.Optional.empty());
  }

  public Snapshot(int version, Schema schema, RecordedMigrations migrations) {
    this(version, schema, migrations, List.of());
  }

  public Snapshot(int version, Schema schema) {
    this(version, schema, RecordedMigrations.NONE);
  }

  public Snapshot withMigrations(RecordedMigrations newMigrations) {
    return new Snapshot(version, schema, newMigrations, expansions, sources);
  }

  public Snapshot withSources(Sources newSources) {
    return new Snapshot(version, schema, migrations, expansions, java.util.Optional.of(newSources));
  }

  /** The expand/contracts whose contract step is still to be generated. */
  public List<ExpandContract> pendingContracts() {
    return expansions.stream().filter(ExpandContract::pending).toList();
  }
}
