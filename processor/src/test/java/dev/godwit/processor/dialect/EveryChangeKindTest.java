package dev.godwit.processor.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Expansion;
import dev.godwit.processor.diff.TableExpansion;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.GeneratorRow;
import dev.godwit.processor.model.IdColumn;
import dev.godwit.processor.model.Index;
import dev.godwit.processor.model.Sequence;
import dev.godwit.processor.model.UniqueKey;
import dev.godwit.processor.testing.SchemaFixtures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every kind of {@link Change} (the records {@code Change} permits, through nested sealed
 * interfaces) is classified by every dialect, for every target the SQL depends on: Java 17 has no
 * exhaustive switch over a sealed type, so a kind added without a branch in a dialect's impact
 * would fail at run time (a GW599 internal error on a user's compile). A new kind fails here until
 * the golden cases or {@link #extraSamples()} hold one, and then until every dialect classifies it
 * and writes its SQL.
 */
class EveryChangeKindTest {
  static List<Class<?>> kinds(Class<?> type) {
    List<Class<?>> kinds = new ArrayList<>();
    for (Class<?> permitted : type.getPermittedSubclasses()) {
      if (permitted.isSealed()) {
        kinds.addAll(kinds(permitted));
      } else {
        kinds.add(permitted);
      }
    }
    return kinds;
  }

  static List<Dialect> dialects() {
    List<Dialect> dialects = new ArrayList<>();
    for (int postgres : List.of(11, 12, 14, 18)) {
      for (String mysql : List.of("8.0.11", "8.0.15", "8.4", "mariadb-10.4", "mariadb-11.4")) {
        Target target = new Target(postgres, MySqlVersion.parse(mysql), true);
        dialects.add(new PostgresDialect(target));
        dialects.add(new MySqlDialect(target));
        dialects.add(new MySqlDialect(target.withSafeForms(false)));
      }
      dialects.add(new PostgresDialect(new Target(postgres, MySqlVersion.DEFAULT, false)));
    }
    dialects.add(new H2Dialect());
    return dialects;
  }

  /** Kinds no golden case plans. */
  static Stream<Change> extraSamples() {
    Column old = SchemaFixtures.varchar("name", 100);
    Column now = SchemaFixtures.varchar("full_name", 100);
    Expansion expansion = new Expansion("customer", old, now, Optional.empty(), Optional.empty());
    TableExpansion table = new TableExpansion("customer", "client", List.of(SchemaFixtures.id(), old));
    GeneratorRow row = new GeneratorRow("id_blocks", "block", "next_block", "customer", 1);
    List<IdColumn> ids = List.of(new IdColumn("customer", "id"));
    return Stream.of(
        new Change.RenameUnique("customer", "customer", new UniqueKey("uk_old", List.of("name"), false), "customer",
            new UniqueKey("uk_new", List.of("name"), false)),
        new Change.RenameIndex("customer", new Index("ix_old", List.of("name"), false), new Index("ix_new", List.of("name"), false)),
        new Change.RenameForeignKey("orders", new ForeignKey("fk_old", List.of("customer_id"), "customer", List.of("id")),
            new ForeignKey("fk_new", List.of("customer_id"), "customer", List.of("id")), false),
        new Change.RenameInterimKey("customer", "uk_name_godwit", "uk_name", true),
        new Change.RenameInterimKey("customer", "ix_name_godwit", "ix_name", false),
        new Change.AdvanceGeneratorRow(row, ids),
        new Change.ResizeGeneratorRow(row, new GeneratorRow("id_blocks", "block", "next_block", "customer", 1, 50, ids)),
        new Change.ReleaseGeneratorRow(row, ids),
        new Change.ReleaseSequence(new Sequence("customer_seq", 1, 50, ids), ids),
        new Change.ExpandColumn(expansion),
        new Change.ContractColumn(expansion),
        new Change.ExpandTable(table),
        new Change.ContractTable(table));
  }

  /** One sample of each kind: from every golden case's migration, its undo, and {@link #extraSamples()}. */
  static Map<Class<?>, List<Change>> samples() {
    Map<Class<?>, List<Change>> samples = new LinkedHashMap<>();
    Stream.concat(GoldenCases.all().flatMap(g -> Stream.concat(g.plan().up().stream(),
            g.plan().up().stream().map(Change::reverse))), extraSamples().flatMap(c -> Stream.of(c, c.reverse())))
        .forEach(c -> samples.computeIfAbsent(c.getClass(), k -> new ArrayList<>()).add(c));
    return samples;
  }

  @Test
  void everyKindHasASample() {
    assertThat(samples().keySet()).as("kinds of Change with a sample here (add one to extraSamples)")
        .containsAll(kinds(Change.class));
  }

  @Test
  void everyDialectClassifiesAndWritesEveryKind() {
    List<String> failures = new ArrayList<>();
    for (Map.Entry<Class<?>, List<Change>> kind : samples().entrySet()) {
      for (Change change : kind.getValue()) {
        for (Dialect dialect : dialects()) {
          try {
            assertThat(dialect.impact(change)).isNotNull();
            assertThat(dialect.statements(change)).isNotNull();
          } catch (RuntimeException e) {
            failures.add(kind.getKey().getSimpleName() + " on " + dialect.name() + ": " + e);
          }
        }
      }
    }
    assertThat(failures).as("changes a dialect cannot classify or write").isEmpty();
  }
}
