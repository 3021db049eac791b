package dev.godwit.processor.plan;

import static dev.godwit.processor.testing.SchemaFixtures.bigint;
import static dev.godwit.processor.testing.SchemaFixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.dialect.Dialect;
import dev.godwit.processor.dialect.Dialects;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.DiffHints;
import dev.godwit.processor.diff.SchemaDiff;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.model.Table;
import dev.godwit.processor.safety.RuleContext;
import dev.godwit.processor.safety.SafetyCheck;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The review report of a first generation of thousands of tables. */
class ReviewReportScaleTest {

  /**
   * Every change is classified from its own verdicts, looked up once per change: the report used
   * to filter all verdicts for every change and dialect (for these 12,000 changes and 6,000
   * verdicts, several hundred million comparisons of changes; about 55 s of CPU in a compile of
   * 5,000 entities).
   */
  @Test
  void aFirstGenerationOfThousandsOfTablesHasEveryChangeClassified() {
    List<Table> tables = new ArrayList<>();
    for (int i = 0; i < 6_000; i++) {
      tables.add(table(String.format("t%04d", i)).column(bigint("parent_id"))
          .foreignKey(String.format("FK_%04d", i), "parent_id", String.format("t%04d", (i + 1) % 6_000)).build());
    }
    Schema after = new Schema(tables, List.of());
    List<Change> changes = SchemaDiff.between(Schema.EMPTY, after, DiffHints.NONE);
    List<Dialect> dialects = Dialects.NAMES.stream().map(n -> Dialects.byName(n).orElseThrow()).toList();
    SafetyCheck.Result safety = SafetyCheck.check(new RuleContext(dialects, Schema.EMPTY, after, changes), List.of());
    Set<Change> flagged = new HashSet<>();
    safety.verdicts().forEach(v -> flagged.add(v.change()));
    assertThat(flagged).isNotEmpty();

    ReviewReport.Input input = new ReviewReport.Input(new MigrationPlan(1, "create_t0000", changes, List.of(), List.of()),
        dialects, safety.verdicts(), Schema.EMPTY, after, Map.of());
    // its speed is the compile benchmark's to measure (docs/benchmarks.md), not a timed test's
    String report = ReviewReport.render(input);

    String summary = report.substring(report.indexOf("## Summary"), report.indexOf("## Changes"));
    long safeRows = summary.lines().filter(l -> l.matches("\\| \\d+ \\|.*") && l.endsWith("| safe | safe | safe |")).count();
    assertThat(safeRows).isEqualTo(changes.size() - flagged.size());
    assertThat(report).contains("### " + changes.size() + ". ");
  }
}
