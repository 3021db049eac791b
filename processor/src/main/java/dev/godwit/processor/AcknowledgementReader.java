package dev.godwit.processor;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.safety.Acknowledgement;
import dev.godwit.processor.safety.SafetyCheck;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Elements;

/** Reads {@code @AllowDestructive} from classes and packages, keeping the element for diagnostics. */
final class AcknowledgementReader {
  private static final String ANNOTATION = "dev.godwit.AllowDestructive";

  /** An acknowledgement and the element that declares it. */
  record Declared(Acknowledgement acknowledgement, Element element) {}

  private AcknowledgementReader() {}

  static List<Declared> read(Set<? extends Element> annotated, Elements elements, Reporter reporter) {
    List<Declared> declared = new ArrayList<>();
    List<? extends Element> sorted = annotated.stream().sorted(Comparator.comparing(Element::toString)).toList();
    for (Element element : sorted) {
      for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
        if (!mirror.getAnnotationType().toString().equals(ANNOTATION)) {
          continue;
        }
        String reason = "";
        List<String> targets = new ArrayList<>();
        for (var entry : elements.getElementValuesWithDefaults(mirror).entrySet()) {
          ExecutableElement member = entry.getKey();
          if (member.getSimpleName().contentEquals("reason")) {
            reason = String.valueOf(entry.getValue().getValue()).trim();
          } else if (member.getSimpleName().contentEquals("value")) {
            @SuppressWarnings("unchecked")
            List<? extends AnnotationValue> values = (List<? extends AnnotationValue>) entry.getValue().getValue();
            values.forEach(v -> targets.add(String.valueOf(v.getValue()).trim()));
          }
        }
        if (reason.isEmpty()) {
          reporter.error(Code.MISSING_REASON, "@AllowDestructive needs a non-empty reason; it is written into the migration",
              element);
          continue;
        }
        for (String target : targets) {
          declared.add(new Declared(new Acknowledgement(target, reason), element));
        }
      }
    }
    return declared;
  }

  static void warnUnused(List<Declared> declared, SafetyCheck.Result result, Reporter reporter) {
    for (Declared item : declared) {
      boolean used = result.acknowledged().stream().anyMatch(a -> a.acknowledgement().equals(item.acknowledgement()));
      if (!used) {
        reporter.warning(Code.UNUSED_ACKNOWLEDGEMENT, "@AllowDestructive entry \"" + item.acknowledgement().target()
            + "\" matches no destructive change; remove it once its migration is committed", item.element());
      }
    }
  }
}
