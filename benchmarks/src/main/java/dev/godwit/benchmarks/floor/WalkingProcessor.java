package dev.godwit.benchmarks.floor;

import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * The floor of the compile benchmark: a processor that does nothing but what every entity-reading
 * processor must, namely take part in javac's rounds and walk each entity, its superclasses, its
 * members, their types and their annotations with defaults (which makes javac complete them).
 */
public final class WalkingProcessor extends AbstractProcessor {
  /** Elements visited, kept so the walk has an observable result. */
  private long visited;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("jakarta.persistence.Entity", "javax.persistence.Entity");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      for (Element entity : round.getElementsAnnotatedWith(annotation)) {
        walkHierarchy((TypeElement) entity);
      }
    }
    if (round.processingOver() && "true".equals(processingEnv.getOptions().get("floor.report"))) {
      processingEnv.getMessager().printMessage(javax.tools.Diagnostic.Kind.NOTE, "walked " + visited + " elements");
    }
    return false;
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of("floor.report");
  }

  private void walkHierarchy(TypeElement type) {
    TypeElement level = type;
    while (level != null && !level.getQualifiedName().contentEquals("java.lang.Object")) {
      walk(level);
      for (Element member : level.getEnclosedElements()) {
        walk(member);
        TypeMirror memberType = member.asType();
        if (memberType instanceof DeclaredType declared && isEmbeddable(declared.asElement())) {
          declared.asElement().getEnclosedElements().forEach(this::walk);
        }
      }
      TypeMirror superType = level.getSuperclass();
      level = superType instanceof DeclaredType declared ? (TypeElement) declared.asElement() : null;
    }
  }

  private void walk(Element element) {
    visited++;
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      visited += processingEnv.getElementUtils().getElementValuesWithDefaults(mirror).size();
    }
  }

  private static boolean isEmbeddable(Element element) {
    return element.getAnnotationMirrors().stream().anyMatch(m ->
        ((TypeElement) m.getAnnotationType().asElement()).getSimpleName().contentEquals("Embeddable"));
  }
}
