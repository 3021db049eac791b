package dev.godwit.processor.safety;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.dialect.Dialect;
import dev.godwit.processor.dialect.H2Dialect;
import dev.godwit.processor.dialect.MySqlDialect;
import dev.godwit.processor.dialect.PostgresDialect;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.model.Schema;
import java.util.List;

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

  /** The migration {@link dev.godwit.processor.diff.SchemaDiff} plans from {@code before} to {@code after}. */
  static RuleContext migration(Schema before, Schema after) {
    return new RuleContext(dialects(), before, after,
        dev.godwit.processor.diff.SchemaDiff.between(before, after, dev.godwit.processor.diff.DiffHints.NONE));
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
