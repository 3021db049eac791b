package dev.godwit.processor;

import com.google.auto.service.AutoService;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.jpa.EntityModel;
import dev.godwit.processor.jpa.BeanValidationMode;
import dev.godwit.processor.jpa.EntityReader;
import dev.godwit.processor.jpa.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
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
  private static final List<String> CONVERTER_ANNOTATIONS =
      List.of("jakarta.persistence.Converter", "javax.persistence.Converter");
  private static final List<String> EMBEDDABLE_ANNOTATIONS =
      List.of("jakarta.persistence.Embeddable", "javax.persistence.Embeddable");
  private static final List<String> SCANNED_ANNOTATIONS = java.util.stream.Stream.of(ENTITY_ANNOTATIONS,
      CONVERTER_ANNOTATIONS, EMBEDDABLE_ANNOTATIONS, List.of(AcknowledgementReader.ANNOTATION, AcknowledgementReader.CONTAINER))
      .flatMap(List::stream).toList();
  private static final Set<String> MAPPING_NAMES = Set.of("Entity", "MappedSuperclass", "Embeddable", "Table");
  private boolean done;
  private boolean fastPath;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> types = new LinkedHashSet<>(ENTITY_ANNOTATIONS);
    types.addAll(CONVERTER_ANNOTATIONS);
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
    Map<String, Set<Element>> found = annotated(round);
    Set<TypeElement> entities = types(found, ENTITY_ANNOTATIONS);
    List<TypeElement> unresolved = unresolvedEntityAnnotations(round);
    if (entities.isEmpty() && unresolved.isEmpty()) {
      return false;
    }
    done = true;
    Reporter reporter = new Reporter(processingEnv.getMessager());
    if (!unresolved.isEmpty()) {
      for (TypeElement type : unresolved) {
        reporter.error(Code.UNRESOLVED_ANNOTATION, "the JPA annotations of " + type.getSimpleName()
            + " do not resolve (is jakarta.persistence-api or javax.persistence-api on the compile classpath?);"
            + " Godwit reads no entity of a compilation it cannot see whole, so nothing was written", type);
      }
      return false;
    }
    try {
      run(entities, types(found, CONVERTER_ANNOTATIONS), found, round, reporter);
    } catch (RuntimeException | Error e) {
      reporter.error(Code.INTERNAL_ERROR, "Godwit failed unexpectedly, nothing was written: " + e
          + (e.getStackTrace().length > 0 ? " at " + e.getStackTrace()[0] : "")
          + ". Please report this with the entity that triggers it.", null);
    }
    return false;
  }

  /** Whether this processor's compilation took the fast path of an unchanged build (for tests). */
  boolean tookFastPath() {
    return fastPath;
  }

  /** The Bean Validation mode: as set, or (auto) whether Hibernate Validator is on the compile classpath. */
  private BeanValidationMode beanValidationDdl(Options options) {
    return switch (options.beanValidation()) {
      case DDL -> BeanValidationMode.APPLY;
      case NONE -> BeanValidationMode.IGNORE;
      case AUTO -> hibernateValidator() ? BeanValidationMode.APPLY : BeanValidationMode.WARN;
    };
  }

  private boolean hibernateValidator() {
    return ClasspathTypes.find(processingEnv.getElementUtils(), "org.hibernate.validator.HibernateValidator") != null;
  }

  /**
   * The elements of this round carrying each annotation Godwit reads, by the annotation's name, in
   * javac's order (each root element, then the classes nested in it). All of them target classes
   * and packages only, so only those are looked at: {@code RoundEnvironment.getElementsAnnotatedWithAny}
   * walks every member, parameter and type parameter of every class and asks each for all its
   * annotations, which made that walk hot enough to be compiled in every build.
   */
  private Map<String, Set<Element>> annotated(RoundEnvironment round) {
    Map<Element, String> names = new java.util.IdentityHashMap<>();
    for (String name : SCANNED_ANNOTATIONS) {
      TypeElement annotation = ClasspathTypes.find(processingEnv.getElementUtils(), name);
      if (annotation != null) {
        names.put(annotation, name);
      }
    }
    Map<String, Set<Element>> found = new HashMap<>();
    if (names.isEmpty()) {
      return found;
    }
    for (Element root : round.getRootElements()) {
      collectAnnotated(root, names, found);
    }
    return found;
  }

  private void collectAnnotated(Element element, Map<Element, String> names, Map<String, Set<Element>> found) {
    for (AnnotationMirror mirror : processingEnv.getElementUtils().getAllAnnotationMirrors(element)) {
      String name = names.get(mirror.getAnnotationType().asElement());
      if (name != null) {
        found.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(element);
      }
    }
    if (element instanceof TypeElement) {
      for (Element member : element.getEnclosedElements()) {
        if (member instanceof TypeElement) {
          collectAnnotated(member, names, found);
        }
      }
    }
  }

  /** The classes carrying one of these annotations, annotation by annotation. */
  private static Set<TypeElement> types(Map<String, Set<Element>> found, List<String> annotationNames) {
    Set<TypeElement> types = new LinkedHashSet<>();
    for (String name : annotationNames) {
      types.addAll(ElementFilter.typesIn(found.getOrDefault(name, Set.of())));
    }
    return types;
  }

  private void run(Set<TypeElement> entities, Set<TypeElement> converters, Map<String, Set<Element>> found,
      RoundEnvironment round, Reporter reporter) {
    Options.Parsed parsed = Options.parse(processingEnv.getOptions());
    parsed.problems().forEach(p -> reporter.error(Code.INVALID_OPTION, p, null));
    if (parsed.options().isEmpty()) {
      return;
    }
    Options options = parsed.options().get();
    Optional<InputFingerprint.Result> inputs = InputFingerprint.of(processingEnv.getElementUtils(), round,
        processingEnv.getOptions(), hibernateValidator());
    MigrationGenerator generator = new MigrationGenerator(options, processingEnv, reporter, inputs);
    Set<? extends Element> acknowledging = allowDestructive(found);
    if (generator.upToDate(acknowledging)) {
      fastPath = true;
      return;
    }
    Set<TypeElement> embeddables = types(found, EMBEDDABLE_ANNOTATIONS);
    EntityReader reader = new EntityReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils(), options.naming(),
            beanValidationDdl(options))
        .withDialects(options.dialects())
        .withEmbeddables(embeddables);
    Optional<IncrementalRead.Outcome> incremental = generator.recordedSnapshot().map(snapshot -> new IncrementalRead(
        processingEnv.getElementUtils(), inputs.orElseThrow(), entities, converters, embeddables).read(snapshot, reader));
    EntityModel model = incremental.flatMap(IncrementalRead.Outcome::model).orElseGet(() -> reader.read(entities, converters));
    for (Problem problem : model.problems()) {
      reporter.report(problem.kind(), problem.code(), problem.message(), problem.element());
    }
    if (model.problems().stream().anyMatch(p -> p.kind() == Diagnostic.Kind.ERROR)) {
      return;
    }
    generator.generate(model, acknowledging, incremental.map(read -> read.note(entities.size(), options.snapshot())));
  }

  /**
   * Types whose source carries an annotation named like a JPA mapping annotation that javac could
   * not resolve (javac drops those from the element): a missing dependency would otherwise make
   * their entities silently absent from the schema.
   */
  private List<TypeElement> unresolvedEntityAnnotations(RoundEnvironment round) {
    Trees trees;
    try {
      trees = Trees.instance(processingEnv);
    } catch (IllegalArgumentException notJavac) {
      return List.of();
    }
    List<TypeElement> unresolved = new ArrayList<>();
    for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
      ClassTree tree = trees.getTree(type);
      if (tree == null) {
        continue;
      }
      Set<String> resolved = new HashSet<>();
      for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
        resolved.add(annotation.getAnnotationType().asElement().getSimpleName().toString());
      }
      for (AnnotationTree annotation : tree.getModifiers().getAnnotations()) {
        String simple = simpleName(annotation.getAnnotationType());
        if (MAPPING_NAMES.contains(simple) && !resolved.contains(simple)) {
          unresolved.add(type);
          break;
        }
      }
    }
    return unresolved;
  }

  /**
   * The last identifier of an annotation's name as written ({@code Entity} of {@code @jakarta.persistence.Entity}),
   * read from the tree: printing the tree would load and run javac's pretty printer in every build. javac
   * parses an annotation's name as a qualified identifier, so the tree is one of the two kinds.
   */
  private static String simpleName(Tree name) {
    return name instanceof MemberSelectTree select ? select.getIdentifier().toString()
        : ((IdentifierTree) name).getName().toString();
  }

  private static Set<? extends Element> allowDestructive(Map<String, Set<Element>> found) {
    Set<Element> annotated = new LinkedHashSet<>();
    for (String name : List.of(AcknowledgementReader.ANNOTATION, AcknowledgementReader.CONTAINER)) {
      annotated.addAll(found.getOrDefault(name, Set.of()));
    }
    return annotated;
  }
}
