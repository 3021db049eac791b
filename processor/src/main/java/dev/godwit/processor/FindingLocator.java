package dev.godwit.processor;

import dev.godwit.processor.jpa.EntityModel;
import dev.godwit.processor.safety.Finding;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Finds the source element a finding belongs on, and reports it there: the hint annotation when the hint is the
 * problem, else the attribute of the column, else the entity of the table, else nothing (a table
 * or column the entities no longer have is reported on its entity, or without a location).
 */
final class FindingLocator {

  /** An element, and the annotation on it to point at, if any. */
  record Location(Element element, AnnotationMirror annotation) {}

  private FindingLocator() {}

  static Location locate(Finding finding, EntityModel model) {
    Optional<Element> hinted = switch (finding.hint()) {
      case RENAMED -> model.renames().stream()
          .filter(h -> h.table().equals(finding.table()) && h.column().equals(finding.column()))
          .map(EntityModel.RenameHint::element).findFirst();
      case BACKFILL -> model.backfills().stream()
          .filter(h -> h.table().equals(finding.table()) && finding.column().filter(h.column()::equals).isPresent())
          .map(EntityModel.BackfillHint::element).findFirst();
      case NONE -> Optional.empty();
    };
    if (hinted.isPresent()) {
      String annotation = finding.hint() == Finding.Hint.RENAMED ? "dev.godwit.Renamed" : "dev.godwit.Backfill";
      return new Location(hinted.get(), mirror(hinted.get(), annotation));
    }
    Element element = finding.column().flatMap(c -> model.origin(finding.table(), c))
        .or(() -> model.origin(finding.table())).orElse(null);
    return new Location(element, null);
  }

  /**
   * Reports each finding on its element, an error when unsafe and a warning when it needs review,
   * naming its dialects first when it holds for only some of the {@code dialectCount} configured.
   */
  static void report(List<Finding> findings, int dialectCount, EntityModel model, Reporter reporter) {
    for (Finding finding : findings) {
      Location location = locate(finding, model);
      String dialects = finding.dialects().size() < dialectCount ? String.join(", ", finding.dialects()) + ": " : "";
      Diagnostic.Kind kind = finding.severity() == Finding.Severity.ERROR ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
      reporter.report(kind, finding.code(), dialects + finding.message(), location.element(), location.annotation());
    }
  }

  private static AnnotationMirror mirror(Element element, String type) {
    return element.getAnnotationMirrors().stream()
        .filter(m -> m.getAnnotationType().toString().equals(type))
        .findFirst().orElse(null);
  }
}
