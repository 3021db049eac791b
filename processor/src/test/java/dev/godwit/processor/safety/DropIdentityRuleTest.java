package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.RuleCases.ack;
import static dev.godwit.processor.safety.RuleCases.check;
import static dev.godwit.processor.safety.RuleCases.codes;
import static dev.godwit.processor.safety.RuleCases.expanded;
import static dev.godwit.processor.safety.RuleCases.idTable;
import static dev.godwit.processor.safety.RuleCases.migration;
import static dev.godwit.processor.safety.RuleCases.renamed;
import static dev.godwit.processor.safety.RuleCases.runAll;
import static dev.godwit.processor.testing.SchemaFixtures.schema;
import static dev.godwit.processor.testing.SchemaFixtures.sequence;
import static dev.godwit.processor.testing.SchemaFixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.model.IdColumn;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.model.Sequence;
import java.util.List;
import org.junit.jupiter.api.Test;

class DropIdentityRuleTest {
  static final Schema IDENTITY = schema(table("lot").build());
  static final Schema SEQUENCE = schema(List.of(table("lot").idFromSequence().build()), List.of(sequence("lot_ids", "lot")));

  @Test
  void flagged() {
    assertThat(runAll(new DropIdentityRule(), migration(IDENTITY, SEQUENCE))).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(Code.ID_IDENTITY_DROPPED);
      assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
      assertThat(f.target()).isEqualTo("lot.id");
      assertThat(f.column()).contains("id");
      assertThat(f.dialects()).isEqualTo(RuleCases.ALL);
      assertThat(f.message()).contains("previous release", "without an id", "the same ids", "stopped",
          "@AllowDestructive(value = \"lot.id\", code = \"GW426\"");
    });
  }

  /** On a table that stays under another name, with its id column renamed, the finding is on the id as named now. */
  @Test
  void flaggedOnARenamedTableAndIdColumn() {
    Schema after = schema(List.of(idTable("plot", "number", false)), List.of(new Sequence("plot_ids", 1, 50,
        List.of(new IdColumn("plot", "number")))));
    assertThat(runAll(new DropIdentityRule(), migration(schema(idTable("lot", "id", true)), after,
        renamed("lot", "plot", "id", "number")))).singleElement()
        .satisfies(f -> assertThat(f.target()).isEqualTo("plot.number"));
  }

  /** The old instances insert through the view with the old name: a table renamed with expand/contract stays. */
  @Test
  void flaggedWhenItsTableExpands() {
    Schema after = schema(List.of(table("plot").idFromSequence().build()), List.of(sequence("plot_ids", "plot")));
    assertThat(runAll(new DropIdentityRule(), migration(IDENTITY, after, expanded("lot", "plot")))).singleElement()
        .satisfies(f -> assertThat(f.target()).isEqualTo("plot.id"));
  }

  /**
   * A table created or dropped in the migration has no instances of the previous release writing it: the
   * identity of a dropped table, and a new table under a dropped one's name whose id is not an identity, are
   * not flagged; the table renamed onto that name, which stays, is.
   */
  @Test
  void notFlaggedOnTablesCreatedOrDropped() {
    Schema parcels = schema(table("parcel").build());
    assertThat(runAll(new DropIdentityRule(), migration(schema(table("lot").build(), table("parcel").build()), parcels)))
        .isEmpty();
    assertThat(runAll(new DropIdentityRule(), migration(parcels, SEQUENCE))).isEmpty();
    assertThat(runAll(new DropIdentityRule(), migration(schema(table("lot").build(), table("parcel").build()), SEQUENCE,
        renamed("parcel", "lot", "id", "id")))).singleElement().satisfies(f -> assertThat(f.target()).isEqualTo("lot.id"));
  }

  @Test
  void acknowledged() {
    SafetyCheck.Result result = check(migration(IDENTITY, SEQUENCE), ack("lot.id", Code.ID_IDENTITY_DROPPED));
    assertThat(codes(result)).doesNotContain(Code.ID_IDENTITY_DROPPED);
    assertThat(result.acknowledged()).extracting(a -> a.finding().code()).containsExactly(Code.ID_IDENTITY_DROPPED);
  }

  @Test
  void safeNeighbour() {
    // switched to IDENTITY: the previous release's sequence is the concern (GW427), not the identity
    assertThat(runAll(new DropIdentityRule(), migration(SEQUENCE, IDENTITY))).isEmpty();
    // a new table whose id comes from a sequence, and an identity table that stays
    assertThat(runAll(new DropIdentityRule(), migration(Schema.EMPTY, SEQUENCE))).isEmpty();
    assertThat(codes(check(migration(IDENTITY, schema(table("lot").build(), table("shop").build()))))).isEmpty();
  }
}
