package dev.godwit.processor.safety;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs every safety rule over a planned migration and applies the acknowledgements. A finding an
 * {@link Acknowledgement} covers is kept as acknowledged, so its reason can go into the migration;
 * an acknowledgement without codes that names findings of different codes acknowledges none of
 * them (it is reported as ambiguous instead of silencing more than its author saw).
 */
public final class SafetyCheck {
  private static final List<SafetyRule> RULES = List.of(
      new DropTableRule(), new DropColumnRule(), new LooksLikeRenameRule(), new NarrowingRule(),
      new TypeRewriteRule(), new NotNullRule(), new BackfillRewriteRule(), new SetNotNullRule(), new DropNotNullRule(),
      new BackfillColumnRule(), new VolatileBackfillRule(), new VolatileDefaultRule(), new ExpressionDefaultRule(), new PrimaryKeyRule(), new IdentityColumnRule(),
      new RenameRule(), new AddForeignKeyRule(), new AddCheckRule(), new ForeignKeyIndexRule(), new AddUniqueRule(),
      new IndexRule(), new NameLengthRule(), new ExpandContractRule(), new DropIdentityRule(),
      new DropIdSequenceRule(), new DeleteGeneratorRowRule(), new LeaveGeneratorRule(), new ShrinkSequenceRule(),
      new DeleteActionRule());

  /** A finding, the change that caused it, and the acknowledgement that allowed it, if any. */
  public record Verdict(Change change, Finding finding, Optional<Acknowledgement> acknowledgement) {}

  /** An acknowledgement without codes that names findings with different codes. */
  public record Ambiguity(Acknowledgement acknowledgement, List<Code> codes) {}

  /** Every verdict in plan order, and the ambiguous acknowledgements. */
  public record Result(List<Verdict> verdicts, List<Ambiguity> ambiguities) {
    public Result {
      verdicts = List.copyOf(verdicts);
      ambiguities = List.copyOf(ambiguities);
    }

    /** The findings no acknowledgement covers: the diagnostics to report. */
    public List<Finding> findings() {
      return verdicts.stream().filter(v -> v.acknowledgement().isEmpty()).map(Verdict::finding).toList();
    }

    /** The findings acknowledged, with the acknowledgement that allowed each. */
    public List<Acknowledged> acknowledged() {
      return verdicts.stream().filter(v -> v.acknowledgement().isPresent())
          .map(v -> new Acknowledged(v.finding(), v.acknowledgement().get())).toList();
    }

    public boolean used(Acknowledgement acknowledgement) {
      return verdicts.stream().anyMatch(v -> v.acknowledgement().filter(acknowledgement::equals).isPresent())
          || ambiguities.stream().anyMatch(a -> a.acknowledgement().equals(acknowledgement));
    }
  }

  /** A finding that an acknowledgement allowed. */
  public record Acknowledged(Finding finding, Acknowledgement acknowledgement) {}

  private SafetyCheck() {}

  public static Result check(RuleContext context, List<Acknowledgement> acknowledgements) {
    List<Change> changes = context.changes();
    List<SafetyRule> rules = RULES.stream().map(rule -> rule.in(context)).toList();
    List<Verdict> raw = new ArrayList<>();
    for (Change change : changes) {
      for (SafetyRule rule : rules) {
        for (Finding finding : rule.check(change, context)) {
          raw.add(new Verdict(change, finding, Optional.empty()));
        }
      }
    }
    List<Ambiguity> ambiguities = new ArrayList<>();
    List<Acknowledgement> usable = new ArrayList<>();
    for (Acknowledgement ack : acknowledgements) {
      List<Code> codes = raw.stream().map(Verdict::finding).filter(ack::covers).map(Finding::code).distinct().toList();
      if (ack.codes().isEmpty() && codes.size() > 1) {
        ambiguities.add(new Ambiguity(ack, codes));
      } else {
        usable.add(ack);
      }
    }
    List<Verdict> verdicts = new ArrayList<>();
    for (Verdict verdict : raw) {
      Optional<Acknowledgement> ack = usable.stream().filter(a -> a.covers(verdict.finding())).findFirst();
      verdicts.add(new Verdict(verdict.change(), verdict.finding(), ack));
    }
    return new Result(verdicts, ambiguities);
  }
}
