package dev.godwit.processor.safety;

import static dev.godwit.processor.testing.SchemaFixtures.bigint;
import static dev.godwit.processor.testing.SchemaFixtures.integer;
import static dev.godwit.processor.testing.SchemaFixtures.notNull;
import static dev.godwit.processor.testing.SchemaFixtures.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.dialect.ChangeImpact;
import dev.godwit.processor.dialect.Dialect;
import dev.godwit.processor.dialect.PostgresDialect;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddColumn;
import dev.godwit.processor.diff.Change.AddForeignKey;
import dev.godwit.processor.diff.Change.AddUnique;
import dev.godwit.processor.diff.Change.AlterColumn;
import dev.godwit.processor.diff.Change.CreateIndex;
import dev.godwit.processor.diff.Change.DropColumn;
import dev.godwit.processor.diff.Change.DropIndex;
import dev.godwit.processor.diff.Change.RenameColumn;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.Index;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.model.UniqueKey;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract with the dialects: where a dialect's impact says it writes an online form, lock and
 * rewrite findings disappear for that dialect; findings about data loss or failure stay.
 */
class SafeFormTest {
  /** PostgreSQL's SQL, but claiming an online form for every change. */
  static final Dialect ONLINE = new Dialect(Set.of()) {
    private final PostgresDialect postgres = new PostgresDialect();

    @Override
    public String name() {
      return "online";
    }

    @Override
    protected String type(ColumnType type) {
      return "t";
    }

    @Override
    public ChangeImpact impact(Change change) {
      return postgres.impact(change).asSafeForm();
    }
  };

  static Stream<Arguments> changes() {
    ForeignKey key = new ForeignKey("fk_orders_customer", List.of("customer_id"), "customer", List.of("id"));
    return Stream.of(
        Arguments.of(new CreateIndex("customer", new Index("ix_name", List.of("name"), false)), Code.CREATE_INDEX_LOCKS, false),
        Arguments.of(new DropIndex("customer", new Index("ix_name", List.of("name"), false)), Code.DROP_INDEX_LOCKS, false),
        Arguments.of(new AddUnique("customer", new UniqueKey("uk_email", List.of("email"), false)), Code.ADD_UNIQUE, false),
        Arguments.of(new AddForeignKey("orders", key, false), Code.ADD_FOREIGN_KEY, false),
        Arguments.of(new AlterColumn("t", integer("n"), bigint("n"), Optional.empty()), Code.TYPE_CHANGE_REWRITES, false),
        Arguments.of(new AddColumn("t", notNull(varchar("c", 5)), Optional.of("''")), Code.BACKFILL_REWRITES_TABLE, false),
        Arguments.of(new AlterColumn("t", varchar("c", 5), notNull(varchar("c", 5)), Optional.of("''")),
            Code.SET_NOT_NULL_SCANS, false),
        Arguments.of(new RenameColumn("t", "a", "b", varchar("b", 100)), Code.RENAME_COLUMN, false),
        Arguments.of(new AlterColumn("t", varchar("c", 5), notNull(varchar("c", 5)), Optional.empty()), Code.SET_NOT_NULL, true),
        Arguments.of(new DropColumn("t", varchar("c", 5)), Code.DROP_COLUMN, true));
  }

  @ParameterizedTest
  @MethodSource("changes")
  void onlineFormsClearLockFindingsButNotDataLoss(Change change, Code code, boolean stays) {
    RuleContext postgres = new RuleContext(List.of(new PostgresDialect()), Schema.EMPTY, Schema.EMPTY, List.of(change));
    RuleContext online = new RuleContext(List.of(ONLINE), Schema.EMPTY, Schema.EMPTY, List.of(change));
    assertThat(RuleCases.codes(SafetyCheck.check(postgres, List.of()))).contains(code);
    if (stays) {
      assertThat(RuleCases.codes(SafetyCheck.check(online, List.of()))).contains(code);
    } else {
      assertThat(RuleCases.codes(SafetyCheck.check(online, List.of()))).doesNotContain(code);
    }
  }
}
