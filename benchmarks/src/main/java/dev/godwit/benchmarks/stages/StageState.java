package dev.godwit.benchmarks.stages;

import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.DiffHints;
import dev.godwit.processor.diff.SchemaDiff;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.plan.MigrationPlan;
import dev.godwit.processor.plan.Slugs;
import dev.godwit.processor.snapshot.Snapshot;
import dev.godwit.processor.snapshot.SnapshotCodec;
import dev.godwit.processor.snapshot.SnapshotFormatException;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The inputs of every stage for a schema of {@code tables} tables: the schema, an equal copy made
 * through the snapshot (no shared instances), the one-column edit, the snapshot text, and the
 * changes and plans of the first generation and of the edit.
 */
@State(Scope.Benchmark)
public class StageState {
  @Param({"1000", "10000"})
  public int tables;

  public Schema schema;
  public Schema sameSchema;
  public Schema edited;
  public String snapshotJson;
  public List<Change> firstChanges;
  public List<Change> editChanges;
  public MigrationPlan firstPlan;
  public MigrationPlan editPlan;

  @Setup(Level.Trial)
  public void setUp() throws SnapshotFormatException {
    schema = SyntheticSchema.of(tables, 20261122L);
    snapshotJson = SnapshotCodec.write(new Snapshot(1, schema));
    sameSchema = SnapshotCodec.read(snapshotJson).schema();
    edited = SyntheticSchema.withOneColumnWidened(sameSchema);
    firstChanges = SchemaDiff.between(Schema.EMPTY, schema, DiffHints.NONE);
    editChanges = SchemaDiff.between(schema, edited, DiffHints.NONE);
    if (!sameSchema.equals(schema) || editChanges.size() != 1) {
      throw new IllegalStateException("the synthetic schema does not round-trip, or its edit is not one change: "
          + editChanges);
    }
    firstPlan = new MigrationPlan(1, Slugs.of(firstChanges), firstChanges, List.of(), List.of());
    editPlan = new MigrationPlan(2, Slugs.of(editChanges), editChanges, List.of(), List.of());
  }
}
