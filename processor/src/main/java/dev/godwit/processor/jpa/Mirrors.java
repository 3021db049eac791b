package dev.godwit.processor.jpa;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads annotations by name, so the processor works with jakarta.persistence and
 * javax.persistence alike without depending on either.
 */
final class Mirrors {
  private static final List<String> PERSISTENCE_PACKAGES = List.of("jakarta.persistence.", "javax.persistence.");

  private final Elements elements;

  Mirrors(Elements elements) {
    this.elements = elements;
  }

  /** A JPA annotation by simple name, e.g. {@code "Column"}, from either persistence package. */
  Optional<Annotation> jpa(Element element, String simpleName) {
    for (String prefix : PERSISTENCE_PACKAGES) {
      Optional<Annotation> found = exact(element, prefix + simpleName);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  boolean hasJpa(Element element, String simpleName) {
    return jpa(element, simpleName).isPresent();
  }

  Optional<Annotation> exact(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(qualifiedName)) {
        return Optional.of(new Annotation(mirror, elements.getElementValuesWithDefaults(mirror)));
      }
    }
    return Optional.empty();
  }

  /** One annotation with its values, defaults included. */
  record Annotation(AnnotationMirror mirror, Map<? extends ExecutableElement, ? extends AnnotationValue> values) {

    Optional<AnnotationValue> raw(String name) {
      return values.entrySet().stream()
          .filter(e -> e.getKey().getSimpleName().contentEquals(name))
          .map(e -> (AnnotationValue) e.getValue())
          .findFirst();
    }

    AnnotationValue value(String name) {
      return raw(name).orElseThrow(() -> new IllegalStateException(
          "annotation " + mirror.getAnnotationType() + " has no member " + name));
    }

    String string(String name) {
      return raw(name).map(v -> String.valueOf(v.getValue())).orElse("");
    }

    int integer(String name) {
      return raw(name).map(v -> ((Number) v.getValue()).intValue()).orElse(0);
    }

    long longValue(String name) {
      return raw(name).map(v -> ((Number) v.getValue()).longValue()).orElse(0L);
    }

    boolean bool(String name) {
      return raw(name).map(v -> (Boolean) v.getValue()).orElse(false);
    }

    /** An enum constant member by its name, e.g. {@code "STRING"}. */
    String constant(String name) {
      return raw(name).map(v -> ((VariableElement) v.getValue()).getSimpleName().toString()).orElse("");
    }

    Optional<TypeMirror> type(String name) {
      return raw(name).map(v -> (TypeMirror) v.getValue());
    }

    List<Annotation> annotations(String name, Elements elements) {
      return list(name).stream()
          .map(v -> (AnnotationMirror) v.getValue())
          .map(m -> new Annotation(m, elements.getElementValuesWithDefaults(m)))
          .toList();
    }

    Annotation annotation(String name, Elements elements) {
      AnnotationMirror m = (AnnotationMirror) value(name).getValue();
      return new Annotation(m, elements.getElementValuesWithDefaults(m));
    }

    List<String> strings(String name) {
      return list(name).stream().map(v -> String.valueOf(v.getValue())).toList();
    }

    @SuppressWarnings("unchecked")
    private List<AnnotationValue> list(String name) {
      return raw(name).map(v -> (List<AnnotationValue>) v.getValue()).orElse(List.of());
    }
  }

  static boolean isVoid(TypeMirror type) {
    return type == null || type.toString().equals("void") || type.toString().equals("java.lang.Void");
  }

  static String qualifiedName(TypeMirror type) {
    return type instanceof DeclaredType d ? ((TypeElement) d.asElement()).getQualifiedName().toString() : type.toString();
  }
}
