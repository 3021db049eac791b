package dev.godwit.processor.dialect;

import static dev.godwit.processor.testing.SchemaFixtures.bigint;
import static dev.godwit.processor.testing.SchemaFixtures.notNull;
import static dev.godwit.processor.testing.SchemaFixtures.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddColumn;
import dev.godwit.processor.diff.Change.AddForeignKey;
import dev.godwit.processor.diff.Change.AddUnique;
import dev.godwit.processor.diff.Change.AlterColumn;
import dev.godwit.processor.diff.Change.CreateIndex;
import dev.godwit.processor.diff.Change.DropColumn;
import dev.godwit.processor.diff.Change.RenameColumn;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.Index;
import dev.godwit.processor.model.UniqueKey;
import dev.godwit.processor.testing.SchemaFixtures;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Dialect#impact} is truthful about the safe forms: a change is a safe form exactly where the
 * SQL Godwit writes keeps writers flowing whatever the table's size, on the target server version.
 * A rename is never one: its lock is brief, but instances of the previous release break.
 */
class SafeFormImpactTest {
  private static final Target POSTGRES_11 = new Target(11, MySqlVersion.DEFAULT, true);
  private static final Target MYSQL_8_0_20 = new Target(14, MySqlVersion.parse("8.0.20"), true);

  static Stream<Arguments> cases() {
    Change createIndex = new CreateIndex("customer", new Index("ix_name", List.of("name"), false));
    Change addUnique = new AddUnique("customer", new UniqueKey("uk_email", List.of("email"), false));
    Change addFk = new AddForeignKey("orders", new ForeignKey("fk_customer", List.of("customer_id"), "customer",
        List.of("id")), false);
    Change setNotNull = new AlterColumn("customer", varchar("name", 50), notNull(varchar("name", 50)), Optional.empty());
    Change constantBackfill = new AddColumn("customer", notNull(varchar("tier", 20)), Optional.of("'BRONZE'"));
    Change expressionBackfill = new AddColumn("customer", notNull(varchar("handle", 60)), Optional.of("upper(name)"));
    Change intToBigint = new AlterColumn("invoice", SchemaFixtures.integer("n"), bigint("n"), Optional.empty());
    Change rename = new RenameColumn("customer", "name", "full_name", varchar("full_name", 100));
    Change dropColumn = new DropColumn("customer", varchar("email", 100));
    // change, safe form on: postgresql default (14), postgresql 11, mysql default (8.4), mysql 8.0.20
    return Stream.of(
        Arguments.of(createIndex, true, true, true, true),
        Arguments.of(addUnique, true, true, true, true),
        Arguments.of(addFk, true, true, false, false),
        Arguments.of(setNotNull, true, false, false, false),
        Arguments.of(constantBackfill, true, true, true, true),
        Arguments.of(expressionBackfill, true, false, false, false),
        Arguments.of(intToBigint, false, false, false, false),
        Arguments.of(rename, false, false, false, false),
        Arguments.of(dropColumn, true, true, false, false), // MySQL: no ALGORITHM, the column may be indexed
        // PostgreSQL: a unique index built concurrently, then a brief swap; MySQL rebuilds the clustered table
        Arguments.of(new Change.AlterPrimaryKey("customer", List.of("id"), List.of("email")), true, true, false, false));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void safeFormExactlyWhereWritersKeepFlowing(Change change, boolean postgres, boolean postgres11, boolean mysql,
      boolean mysql8020) {
    assertSafe(new PostgresDialect(Target.DEFAULT), change, postgres);
    assertSafe(new PostgresDialect(POSTGRES_11), change, postgres11);
    assertSafe(new MySqlDialect(Target.DEFAULT), change, mysql);
    assertSafe(new MySqlDialect(MYSQL_8_0_20), change, mysql8020);
  }

  private static void assertSafe(Dialect dialect, Change change, boolean safe) {
    ChangeImpact impact = dialect.impact(change);
    assertThat(impact.safeForm()).as("%s: %s", dialect.name(), impact.howDone()).isEqualTo(safe);
    assertThat(impact.howDone()).isNotBlank();
    if (safe || change instanceof RenameColumn) {
      assertThat(impact.stallsWritersWithTableSize()).isFalse();
      assertThat(impact.blocksWrites()).as("a safe form never keeps writers waiting for the whole statement").isFalse();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void plainDialectsNeverClaimASafeForm(Change change, boolean postgres, boolean postgres11, boolean mysql,
      boolean mysql8020) {
    assertThat(new PostgresDialect(Target.PLAIN).impact(change).safeForm()).isFalse();
    assertThat(new MySqlDialect(Target.PLAIN).impact(change).safeForm()).isFalse();
  }
}
