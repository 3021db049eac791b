package dev.godwit.processor;

import com.google.auto.service.AutoService;
import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.jpa.EntityModel;
import dev.godwit.processor.jpa.EntityReader;
import dev.godwit.processor.jpa.Problem;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * The javac entry point. It only wires the stages together: options, entities, then
 * {@link MigrationGenerator} for snapshot, diff, safety, plan and files. Work happens once, in the
 * first round that sees entities; every unexpected failure becomes a compile error, never a
 * javac crash.
 */
@AutoService(Processor.class)
public final class GodwitProcessor extends AbstractProcessor {
  private static final List<String> ENTITY_ANNOTATIONS = List.of("jakarta.persistence.Entity", "javax.persistence.Entity");
  private boolean done;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> types = new LinkedHashSet<>(ENTITY_ANNOTATIONS);
    types.add(AcknowledgementReader.ANNOTATION);
    types.add(AcknowledgementReader.CONTAINER);
    return types;
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.copyOf(Options.ALL);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (done || round.processingOver()) {
      return false;
    }
    Set<TypeElement> entities = new LinkedHashSet<>();
    for (String name : ENTITY_ANNOTATIONS) {
      TypeElement annotation = processingEnv.getElementUtils().getTypeElement(name);
      if (annotation != null) {
        entities.addAll(ElementFilter.typesIn(round.getElementsAnnotatedWith(annotation)));
      }
    }
    if (entities.isEmpty()) {
      return false;
    }
    done = true;
    Reporter reporter = new Reporter(processingEnv.getMessager());
    try {
      run(entities, round, reporter);
    } catch (RuntimeException | Error e) {
      reporter.error(Code.INTERNAL_ERROR, "Godwit failed unexpectedly, nothing was written: " + e
          + (e.getStackTrace().length > 0 ? " at " + e.getStackTrace()[0] : "")
          + ". Please report this with the entity that triggers it.", null);
    }
    return false;
  }

  private void run(Set<TypeElement> entities, RoundEnvironment round, Reporter reporter) {
    Options.Parsed parsed = Options.parse(processingEnv.getOptions());
    parsed.problems().forEach(p -> reporter.error(Code.INVALID_OPTION, p, null));
    if (parsed.options().isEmpty()) {
      return;
    }
    Options options = parsed.options().get();
    EntityModel model = new EntityReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils(), options.naming())
        .read(entities);
    for (Problem problem : model.problems()) {
      reporter.report(problem.kind(), problem.code(), problem.message(), problem.element());
    }
    if (model.problems().stream().anyMatch(p -> p.kind() == Diagnostic.Kind.ERROR)) {
      return;
    }
    Set<? extends Element> acknowledging = allowDestructive(round);
    new MigrationGenerator(options, processingEnv, reporter).generate(model, acknowledging);
  }

  private Set<? extends Element> allowDestructive(RoundEnvironment round) {
    Set<Element> annotated = new LinkedHashSet<>();
    for (String name : List.of(AcknowledgementReader.ANNOTATION, AcknowledgementReader.CONTAINER)) {
      TypeElement annotation = processingEnv.getElementUtils().getTypeElement(name);
      if (annotation != null) {
        annotated.addAll(round.getElementsAnnotatedWith(annotation));
      }
    }
    return annotated;
  }
}
