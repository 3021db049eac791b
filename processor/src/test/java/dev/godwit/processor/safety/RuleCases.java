package dev.godwit.processor.safety;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.dialect.Dialect;
import dev.godwit.processor.dialect.H2Dialect;
import dev.godwit.processor.dialect.MySqlDialect;
import dev.godwit.processor.dialect.PostgresDialect;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.DiffHints;
import dev.godwit.processor.diff.SchemaDiff;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.model.Table;
import dev.godwit.processor.model.TypeKind;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Shared shape of the per-rule tests: changes in a migration for all three dialects, the acknowledgements, the verdict. */
final class RuleCases {
  static final List<String> ALL = List.of("postgresql", "mysql", "h2");

  private RuleCases() {}

  static List<Dialect> dialects() {
    return List.of(new PostgresDialect(), new MySqlDialect(), new H2Dialect());
  }

  /** A migration made of {@code changes}, from an empty schema to {@code after}. */
  static RuleContext context(Schema after, Change... changes) {
    return new RuleContext(dialects(), Schema.EMPTY, after, List.of(changes));
  }

  /** The migration {@link SchemaDiff} plans from {@code before} to {@code after}. */
  static RuleContext migration(Schema before, Schema after) {
    return new RuleContext(dialects(), before, after,
        SchemaDiff.between(before, after, DiffHints.NONE));
  }

  /** The migration {@link SchemaDiff} plans from {@code before} to {@code after} with {@code hints}. */
  static RuleContext migration(Schema before, Schema after, DiffHints hints) {
    return new RuleContext(dialects(), before, after, SchemaDiff.between(before, after, hints));
  }

  /** Hints that rename the table {@code to} from {@code from} and, in it, the column {@code toColumn} from {@code fromColumn}. */
  static DiffHints renamed(String from, String to, String fromColumn, String toColumn) {
    return new DiffHints(from.equals(to) ? Map.of() : Map.of(to, from),
        fromColumn.equals(toColumn) ? Map.of() : Map.of(to, Map.of(toColumn, fromColumn)),
        Map.of());
  }

  /** Hints that rename the table {@code to} from {@code from} with expand/contract (a view with the old name stays). */
  static DiffHints expanded(String from, String to) {
    return new DiffHints(Map.of(to, from), Map.of(), Map.of(),
        Set.of(), Map.of(), List.of(), Set.of(to));
  }

  /** A table whose only column, its primary key {@code idColumn}, is an identity or filled by a generator. */
  static Table idTable(String name, String idColumn, boolean identity) {
    return new Table(name, List.of(new Column(idColumn,
        ColumnType.of(TypeKind.BIGINT), false, identity)),
        List.of(idColumn), List.of(), List.of(), List.of());
  }

  /** What {@code rule} says about every change of the migration {@code context}, in plan order. */
  static List<Finding> runAll(SafetyRule rule, RuleContext context) {
    return context.changes().stream().flatMap(c -> rule.check(c, context).stream()).toList();
  }

  static RuleContext context(Change... changes) {
    return context(Schema.EMPTY, changes);
  }

  /** What {@code rule} says about the first change of the migration {@code context}. */
  static List<Finding> run(SafetyRule rule, RuleContext context) {
    return rule.check(context.changes().get(0), context);
  }

  static List<Finding> run(SafetyRule rule, Change change) {
    return run(rule, context(change));
  }

  static SafetyCheck.Result check(Change change, Acknowledgement... acknowledgements) {
    return SafetyCheck.check(context(change), List.of(acknowledgements));
  }

  static SafetyCheck.Result check(RuleContext context, Acknowledgement... acknowledgements) {
    return SafetyCheck.check(context, List.of(acknowledgements));
  }

  static Acknowledgement ack(String target) {
    return new Acknowledgement(target, "data moved to the archive");
  }

  static Acknowledgement ack(String target, Code code) {
    return new Acknowledgement(target, List.of(code.id()), "data moved to the archive");
  }

  /** The codes of the findings left unacknowledged. */
  static List<Code> codes(SafetyCheck.Result result) {
    return result.findings().stream().map(Finding::code).toList();
  }
}
