package dev.godwit.processor.jpa;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
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
  /** Each element's annotations, read once: extraction asks about dozens per member. */
  private final Map<Element, Present> present = new IdentityHashMap<>();
  /**
   * The element asked about last and its annotations: extraction asks about one member many times
   * in a row (a dozen annotation names each), and a lookup in a map of every member costs a cache
   * miss each time.
   */
  private Element lastElement;
  private Present lastPresent;
  /** Each annotation with its values and defaults, made once: the same annotation is asked about many times. */
  private final Map<AnnotationMirror, Annotation> values = new IdentityHashMap<>();

  /** An element's annotations by qualified name, and its JPA ones by simple name (jakarta before javax). */
  private record Present(Map<String, AnnotationMirror> byName, Map<String, AnnotationMirror> jpaBySimpleName) {
    static final Present NONE = new Present(Map.of(), Map.of());
  }

  Mirrors(Elements elements) {
    this.elements = elements;
  }

  /** A JPA annotation by simple name, e.g. {@code "Column"}, from either persistence package. */
  Optional<Annotation> jpa(Element element, String simpleName) {
    return annotation(present(element).jpaBySimpleName().get(simpleName));
  }

  boolean hasJpa(Element element, String simpleName) {
    return present(element).jpaBySimpleName().containsKey(simpleName);
  }

  /** True when the element has an annotation of the package with this prefix (e.g. {@code "org.hibernate.annotations."}). */
  boolean hasAnyIn(Element element, String packagePrefix) {
    for (String name : present(element).byName().keySet()) {
      if (name.startsWith(packagePrefix)) {
        return true;
      }
    }
    return false;
  }

  Optional<Annotation> exact(Element element, String qualifiedName) {
    return annotation(present(element).byName().get(qualifiedName));
  }

  private Optional<Annotation> annotation(AnnotationMirror mirror) {
    if (mirror == null) {
      return Optional.empty();
    }
    Annotation annotation = values.get(mirror);
    if (annotation == null) {
      annotation = Annotation.of(mirror, elements);
      values.put(mirror, annotation);
    }
    return Optional.of(annotation);
  }

  private Present present(Element element) {
    if (element == lastElement) {
      return lastPresent;
    }
    Present known = present.get(element);
    if (known != null) {
      lastElement = element;
      lastPresent = known;
      return known;
    }
    Present found = Present.NONE;
    List<? extends AnnotationMirror> mirrors = element.getAnnotationMirrors();
    if (!mirrors.isEmpty()) {
      found = new Present(new HashMap<>(), new HashMap<>());
      for (AnnotationMirror mirror : mirrors) {
        found.byName().putIfAbsent(((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString(), mirror);
      }
      for (String prefix : PERSISTENCE_PACKAGES) {
        for (Map.Entry<String, AnnotationMirror> annotation : found.byName().entrySet()) {
          if (annotation.getKey().startsWith(prefix) && annotation.getKey().indexOf('.', prefix.length()) < 0) {
            found.jpaBySimpleName().putIfAbsent(annotation.getKey().substring(prefix.length()), annotation.getValue());
          }
        }
      }
    }
    present.put(element, found);
    lastElement = element;
    lastPresent = found;
    return found;
  }

  /** One annotation with its values by member name, defaults included. */
  record Annotation(AnnotationMirror mirror, Map<String, AnnotationValue> values) {

    static Annotation of(AnnotationMirror mirror, Elements elements) {
      // by name once: comparing javac's member names with a String makes a String of each name every time
      Map<String, AnnotationValue> values = new HashMap<>();
      for (Map.Entry<? extends javax.lang.model.element.ExecutableElement, ? extends AnnotationValue> member
          : elements.getElementValuesWithDefaults(mirror).entrySet()) {
        values.putIfAbsent(member.getKey().getSimpleName().toString(), member.getValue());
      }
      return new Annotation(mirror, values);
    }

    // the accessors below run for every annotation value extraction reads (several per member of
    // every entity), so they are plain code, not Optional chains with a lambda each

    Optional<AnnotationValue> raw(String name) {
      return Optional.ofNullable(values.get(name));
    }

    AnnotationValue value(String name) {
      AnnotationValue value = values.get(name);
      if (value == null) {
        throw new IllegalStateException("annotation " + mirror.getAnnotationType() + " has no member " + name);
      }
      return value;
    }

    String string(String name) {
      AnnotationValue value = values.get(name);
      return value == null ? "" : String.valueOf(value.getValue());
    }

    int integer(String name) {
      AnnotationValue value = values.get(name);
      return value == null ? 0 : ((Number) value.getValue()).intValue();
    }

    long longValue(String name) {
      AnnotationValue value = values.get(name);
      return value == null ? 0L : ((Number) value.getValue()).longValue();
    }

    boolean bool(String name) {
      AnnotationValue value = values.get(name);
      return value != null && (Boolean) value.getValue();
    }

    /** An enum constant member by its name, e.g. {@code "STRING"}. */
    String constant(String name) {
      AnnotationValue value = values.get(name);
      return value == null ? "" : ((VariableElement) value.getValue()).getSimpleName().toString();
    }

    Optional<TypeMirror> type(String name) {
      AnnotationValue value = values.get(name);
      return value == null ? Optional.empty() : Optional.of((TypeMirror) value.getValue());
    }

    List<Annotation> annotations(String name, Elements elements) {
      List<AnnotationValue> list = list(name);
      List<Annotation> annotations = new java.util.ArrayList<>(list.size());
      for (AnnotationValue value : list) {
        annotations.add(Annotation.of((AnnotationMirror) value.getValue(), elements));
      }
      return List.copyOf(annotations);
    }

    Annotation annotation(String name, Elements elements) {
      AnnotationMirror m = (AnnotationMirror) value(name).getValue();
      return Annotation.of(m, elements);
    }

    List<String> strings(String name) {
      List<AnnotationValue> list = list(name);
      String[] strings = new String[list.size()];
      for (int i = 0; i < strings.length; i++) {
        strings[i] = String.valueOf(list.get(i).getValue());
      }
      return List.of(strings);
    }

    @SuppressWarnings("unchecked")
    private List<AnnotationValue> list(String name) {
      AnnotationValue value = values.get(name);
      return value == null ? List.of() : (List<AnnotationValue>) value.getValue();
    }
  }

  static boolean isVoid(TypeMirror type) {
    return type == null || type.toString().equals("void") || type.toString().equals("java.lang.Void");
  }

  static String qualifiedName(TypeMirror type) {
    return type instanceof DeclaredType d ? ((TypeElement) d.asElement()).getQualifiedName().toString() : type.toString();
  }
}
