package dev.godwit.processor;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.safety.Acknowledgement;
import dev.godwit.processor.safety.SafetyCheck;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Elements;

/**
 * Reads {@code @AllowDestructive} (also repeated) from classes and packages, keeping the element
 * and annotation for diagnostics.
 */
final class AcknowledgementReader {
  static final String ANNOTATION = "dev.godwit.AllowDestructive";
  static final String CONTAINER = "dev.godwit.AllowDestructive.List";

  /** An acknowledgement and the element and annotation that declare it. */
  record Declared(Acknowledgement acknowledgement, Element element, AnnotationMirror annotation) {}

  private AcknowledgementReader() {}

  static List<Declared> read(Set<? extends Element> annotated, Elements elements, Reporter reporter) {
    List<Declared> declared = new ArrayList<>();
    List<? extends Element> sorted = annotated.stream().sorted(Comparator.comparing(Element::toString)).toList();
    for (Element element : sorted) {
      for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
        String type = mirror.getAnnotationType().toString();
        if (type.equals(ANNOTATION)) {
          readOne(element, mirror, elements, reporter, declared);
        } else if (type.equals(CONTAINER)) {
          for (AnnotationValue value : values(mirror, elements, "value")) {
            readOne(element, (AnnotationMirror) value.getValue(), elements, reporter, declared);
          }
        }
      }
    }
    return declared;
  }

  private static void readOne(Element element, AnnotationMirror mirror, Elements elements, Reporter reporter,
      List<Declared> declared) {
    String reason = "";
    for (var entry : elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals("reason")) {
        reason = String.valueOf(entry.getValue().getValue()).trim();
      }
    }
    if (reason.isEmpty()) {
      reporter.report(javax.tools.Diagnostic.Kind.ERROR, Code.MISSING_REASON,
          "@AllowDestructive needs a non-empty reason; it is written into the migration", element, mirror);
      return;
    }
    List<String> codes = values(mirror, elements, "code").stream().map(v -> String.valueOf(v.getValue()).trim()).toList();
    for (AnnotationValue target : values(mirror, elements, "value")) {
      declared.add(new Declared(new Acknowledgement(String.valueOf(target.getValue()).trim(), codes, reason), element, mirror));
    }
  }

  @SuppressWarnings("unchecked")
  private static List<? extends AnnotationValue> values(AnnotationMirror mirror, Elements elements, String name) {
    for (var entry : elements.getElementValuesWithDefaults(mirror).entrySet()) {
      ExecutableElement member = entry.getKey();
      if (member.getSimpleName().contentEquals(name)) {
        Object value = entry.getValue().getValue();
        return value instanceof List<?> list ? (List<? extends AnnotationValue>) list : List.of(entry.getValue());
      }
    }
    return List.of();
  }

  /** Ambiguous entries are errors; entries that matched nothing are warnings. */
  static void reportUnusedAndAmbiguous(List<Declared> declared, SafetyCheck.Result result, Reporter reporter) {
    for (Declared item : declared) {
      Acknowledgement ack = item.acknowledgement();
      for (SafetyCheck.Ambiguity ambiguity : result.ambiguities()) {
        if (ambiguity.acknowledgement().equals(ack)) {
          String codes = ambiguity.codes().stream().map(Code::id).collect(Collectors.joining("\", \""));
          reporter.report(javax.tools.Diagnostic.Kind.ERROR, Code.AMBIGUOUS_ACKNOWLEDGEMENT, "@AllowDestructive entry \""
              + ack.target() + "\" names findings with different codes; say which ones it acknowledges, so that"
              + " acknowledging one change never silences another: code = {\"" + codes + "\"}", item.element(),
              item.annotation());
        }
      }
      if (!result.used(ack)) {
        reporter.report(javax.tools.Diagnostic.Kind.WARNING, Code.UNUSED_ACKNOWLEDGEMENT, "@AllowDestructive entry \""
            + ack.target() + "\"" + (ack.codes().isEmpty() ? "" : " " + ack.codes()) + " matches no destructive change or other"
            + " finding; remove it"
            + " once its migration is committed", item.element(), item.annotation());
      }
    }
  }
}
