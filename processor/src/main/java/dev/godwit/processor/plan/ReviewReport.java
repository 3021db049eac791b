package dev.godwit.processor.plan;

import dev.godwit.processor.dialect.ChangeImpact;
import dev.godwit.processor.dialect.Dialect;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.DropColumn;
import dev.godwit.processor.diff.Change.DropTable;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.safety.Finding;
import dev.godwit.processor.safety.SafetyCheck.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Markdown review report of one migration, for the pull request: each change with its
 * classification, locks and rewrites per dialect, the findings and acknowledgements, the rollback
 * plan, a Mermaid diagram of the tables touched, and the checksum of every SQL file it describes,
 * as the snapshot records it. Same input, same bytes.
 */
public final class ReviewReport {

  /**
   * Everything the report says.
   *
   * @param sqlDigests {@code "postgresql/V2__x.sql"} -> the checksum the snapshot records for it
   */
  public record Input(
      MigrationPlan plan, List<Dialect> dialects, List<Verdict> verdicts, Schema before, Schema after,
      Map<String, String> sqlDigests) {
    public Input {
      dialects = List.copyOf(dialects);
      verdicts = List.copyOf(verdicts);
      sqlDigests = new java.util.TreeMap<>(sqlDigests);
    }
  }

  /** The heading that starts the file table, and how each row of it reads. */
  private static final String FILES_HEADING = "## Files";

  private ReviewReport() {}

  public static String render(Input input) {
    return renderShown(withoutUnwritten(input));
  }

  private static String renderShown(Input input) {
    MigrationPlan plan = input.plan();
    StringBuilder md = new StringBuilder();
    md.append("# V").append(plan.version()).append(": ").append(plan.slug().replace('_', ' ')).append("\n\n");
    md.append("Review report of migration `V").append(plan.baseName()).append("`, written by Godwit with the SQL."
        + " Dialects: ").append(String.join(", ", names(input))).append(".");
    if (!plan.entities().isEmpty()) {
      md.append(" Entities: ").append(String.join(", ", plan.entities())).append(".");
    }
    md.append("\n\n");
    Map<Change, List<Verdict>> verdicts = byChange(input.verdicts());
    ShownNames shown = ShownNames.of(input.dialects(), input.before(), input.after());
    summary(md, input, verdicts, shown);
    MultiReleasePlan.render(md, plan, input.dialects());
    changes(md, input, verdicts, shown);
    acknowledgements(md, input);
    rollback(md, plan, shown);
    md.append("## Tables touched\n\n");
    md.append(ErDiagram.of(plan.up(), input.before(), input.after(), shown.schemas()));
    md.append('\n').append(FILES_HEADING).append("\n\n| File | Checksum, as the snapshot records it |\n| --- | --- |\n");
    input.sqlDigests().forEach((file, digest) -> md.append("| ").append(file).append(" | ").append(digest).append(" |\n"));
    return md.toString();
  }

  /**
   * The input without the changes that no dialect writes a statement for and no finding is about
   * (a schema where every dialect is MySQL, which keeps none): the report lists what the files do.
   */
  private static Input withoutUnwritten(Input input) {
    java.util.function.Predicate<Change> written = change -> input.dialects().stream()
        .anyMatch(d -> !d.statements(change).isEmpty()) || input.verdicts().stream().anyMatch(v -> v.change().equals(change));
    MigrationPlan plan = input.plan();
    if (plan.up().stream().allMatch(written)) {
      return input;
    }
    return new Input(new MigrationPlan(plan.version(), plan.slug(), plan.up().stream().filter(written).toList(),
        plan.entities(), plan.acknowledgements()), input.dialects(), input.verdicts(), input.before(), input.after(),
        input.sqlDigests());
  }

  private static List<String> names(Input input) {
    return input.dialects().stream().map(Dialect::name).toList();
  }

  /**
   * The verdicts on each change, in their order. Looked up per change, not filtered from all
   * verdicts per change and dialect: a first generation of thousands of tables has thousands of
   * both, and comparing every pair made rendering the report quadratic (about 55 s of CPU for
   * 5,000 entities).
   */
  private static Map<Change, List<Verdict>> byChange(List<Verdict> verdicts) {
    Map<Change, List<Verdict>> byChange = new HashMap<>();
    verdicts.forEach(v -> byChange.computeIfAbsent(v.change(), c -> new ArrayList<>()).add(v));
    return byChange;
  }

  private static void summary(StringBuilder md, Input input, Map<Change, List<Verdict>> verdicts, ShownNames shown) {
    md.append("## Summary\n\n| # | Change |");
    names(input).forEach(d -> md.append(' ').append(d).append(" |"));
    md.append("\n| --- | --- |");
    names(input).forEach(d -> md.append(" --- |"));
    md.append('\n');
    List<Change> up = input.plan().up();
    for (int i = 0; i < up.size(); i++) {
      Change change = up.get(i);
      md.append("| ").append(i + 1).append(" | ").append(cell(shown.text(change.describe()))).append(" |");
      for (String dialect : names(input)) {
        md.append(' ').append(classification(input, change, verdicts.getOrDefault(change, List.of()), dialect)).append(" |");
      }
      md.append('\n');
    }
    md.append("\nsafe: no finding; review: a warning (locks or rewrites that grow with the table, or instances of"
        + " the previous release breaking); unsafe: an error (data loss, or fails on a populated table).\n\n");
  }

  /**
   * The worst verdict on the change for the dialect, and whether every verdict that made it so was
   * acknowledged; "no statement" where the dialect writes none for it and finds nothing (MySQL's
   * schemas, which it does not keep). {@code onChange}: the change's verdicts.
   */
  private static String classification(Input input, Change change, List<Verdict> onChange, String dialect) {
    List<Verdict> applying = onChange.stream().filter(v -> v.finding().dialects().contains(dialect)).toList();
    if (applying.isEmpty()) {
      boolean written = input.dialects().stream().filter(d -> d.name().equals(dialect))
          .anyMatch(d -> !d.statements(change).isEmpty());
      return written ? "safe" : "no statement";
    }
    boolean unsafe = applying.stream().anyMatch(v -> v.finding().severity() == Finding.Severity.ERROR);
    List<Verdict> deciding = applying.stream()
        .filter(v -> !unsafe || v.finding().severity() == Finding.Severity.ERROR).toList();
    String codes = String.join(", ", deciding.stream().map(v -> v.finding().code().id()).distinct().toList());
    boolean acknowledged = deciding.stream().allMatch(v -> v.acknowledgement().isPresent());
    return (unsafe ? "**unsafe**" : "review") + " (" + codes + (acknowledged ? ", acknowledged" : "") + ")";
  }

  private static void changes(StringBuilder md, Input input, Map<Change, List<Verdict>> verdicts, ShownNames shown) {
    md.append("## Changes\n\n");
    List<Change> up = input.plan().up();
    for (int i = 0; i < up.size(); i++) {
      Change change = up.get(i);
      List<Verdict> onChange = verdicts.getOrDefault(change, List.of());
      md.append("### ").append(i + 1).append(". ").append(heading(shown.text(change.describe()))).append("\n\n");
      md.append("| Dialect | Classification | Lock | Blocks writes | Rewrites table | Grows with table | How |\n");
      md.append("| --- | --- | --- | --- | --- | --- | --- |\n");
      for (Dialect dialect : input.dialects()) {
        ChangeImpact impact = dialect.impact(change);
        md.append("| ").append(dialect.name()).append(" | ").append(classification(input, change, onChange, dialect.name()))
            .append(" | ").append(cell(impact.lock())).append(" | ").append(yesNo(impact.blocksWrites()))
            .append(" | ").append(yesNo(impact.rewritesTable())).append(" | ").append(yesNo(impact.scalesWithTable()))
            .append(" | ").append(cell(impact.howDone()) + (online(impact) ? " (online form)" : "")).append(" |\n");
      }
      md.append('\n');
      for (Verdict verdict : onChange) {
        Finding finding = verdict.finding();
        md.append("- **").append(finding.code().id()).append("** ")
            .append(finding.severity() == Finding.Severity.ERROR ? "unsafe" : "review")
            .append(" on ").append(String.join(", ", finding.dialects())).append(": ").append(oneLine(shown.text(finding.message())));
        verdict.acknowledgement().ifPresent(a -> md.append(" **Acknowledged:** ").append(oneLine(a.reason())));
        md.append('\n');
      }
      if (!onChange.isEmpty()) {
        md.append('\n');
      }
    }
  }

  private static void acknowledgements(StringBuilder md, Input input) {
    List<Verdict> acknowledged = input.verdicts().stream().filter(v -> v.acknowledgement().isPresent()).toList();
    md.append("## Acknowledgements\n\n");
    if (acknowledged.isEmpty()) {
      md.append("None.\n\n");
      return;
    }
    for (Verdict verdict : acknowledged) {
      md.append("- `").append(verdict.finding().target()).append("` ").append(verdict.finding().code().id())
          .append(": ").append(oneLine(verdict.acknowledgement().get().reason())).append('\n');
    }
    md.append('\n');
  }

  private static void rollback(StringBuilder md, MigrationPlan plan, ShownNames shown) {
    md.append("## Rollback plan\n\n`U").append(plan.baseName()).append(".sql` restores the schema of V")
        .append(plan.version() - 1).append(":\n\n");
    List<Change> down = plan.down();
    for (int i = 0; i < down.size(); i++) {
      Change change = down.get(i);
      md.append(i + 1).append(". ").append(oneLine(shown.text(change.describe())));
      if (change instanceof DropColumn || change instanceof DropTable) {
        md.append(" (deletes the data written to it since V").append(plan.version()).append(')');
      }
      md.append('\n');
    }
    md.append('\n');
  }

  /** An online form of work that touches existing rows (not merely a new, empty object). */
  private static boolean online(ChangeImpact impact) {
    return impact.safeForm() && (impact.scalesWithTable() || impact.blocksWrites() || impact.rewritesTable());
  }

  private static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s*\\R\\s*", " ");
  }

  private static String cell(String text) {
    return oneLine(text).replace("|", "\\|");
  }

  private static String heading(String text) {
    return oneLine(text).replace("#", "\\#");
  }
}
