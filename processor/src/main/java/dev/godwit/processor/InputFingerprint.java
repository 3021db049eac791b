package dev.godwit.processor;

import dev.godwit.processor.snapshot.InputDigests;
import dev.godwit.processor.snapshot.SealHash;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.UnionType;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;

/**
 * A {@link SealHash} over everything the extraction of entities can read, so that a compilation whose
 * fingerprint equals the one sealed into the snapshot can skip extraction and diff
 * ({@link MigrationGenerator#upToDate}). Hashed: every root element of the round that carries a
 * JPA, Hibernate, Bean Validation or Godwit annotation on itself or on a member (at any depth of
 * nested classes), every {@code package-info} of the round, and the closure of the types reachable
 * from those (supertypes, the types of fields, record components and method results with their
 * type arguments, class literals and enum constants in annotation values, the annotation types
 * themselves with their defaults), each with the annotations of its package; JDK types (modules
 * {@code java.*} and {@code jdk.*}) are named but not walked. Of each type: kind, modifiers,
 * binary name, type parameters, supertypes, annotations with their explicit values, and every
 * member in order (kind, modifiers, name, type, constant or default value, annotations, and its
 * parameters' types and annotations). Plus the options that shape the extracted schema
 * ({@link #hashedOption}), whether Hibernate Validator is on the class path, and
 * {@link ProcessorCode#hash() the processor's own code}. Each type, each package and the rest
 * are hashed apart ({@link InputDigests}), and the fingerprint is the hash of those digests, so a
 * snapshot can record them and a later compile tell which types changed.
 *
 * <p>A broader hash only costs speed; a narrower one would let a changed entity pass unseen, so
 * whatever is cheap to include is included. Method parameter types are hashed by name but not
 * walked (extraction reads getters only, which have none).
 */
final class InputFingerprint {
  private static final List<String> READ_PACKAGES = List.of("jakarta.persistence.", "javax.persistence.",
      "org.hibernate.", "jakarta.validation.", "javax.validation.", "dev.godwit.");
  /** {@link Modifier#toString()}, which lower-cases the constant's name on every call. */
  private static final String[] MODIFIERS = modifierNames();
  private static final Set<String> NOT_FAST = Set.of("dev.godwit.Backfill", AcknowledgementReader.ANNOTATION,
      AcknowledgementReader.CONTAINER);

  /**
   * @param hex the fingerprint, 16 hex digits: {@link InputDigests#fingerprint()} of {@code digests}
   * @param quietable false when the inputs hold an annotation that makes every compile report
   *     something even with no change ({@code @Backfill}: GW206; {@code @AllowDestructive}: GW407
   *     for its unused entries), so the fast path must not be taken
   * @param digests the digest of every type, package and global input hashed
   * @param graph which hashed type reaches which, and which carry Godwit's hints
   */
  record Result(String hex, boolean quietable, InputDigests digests, Graph graph) {
    /**
     * What a seal covers besides the snapshot ({@code InputsSeal}): this fingerprint and the
     * {@code MigrationContents} digest of the committed migration files. Sealing, opening and the
     * build seal all take it from here, so they cannot disagree.
     */
    String sealedWith(String filesDigest) {
      return sealedWith(hex, filesDigest);
    }

    static String sealedWith(String fingerprint, String filesDigest) {
      return fingerprint + filesDigest;
    }
  }

  /**
   * The types the walk reached from each hashed type directly (supertypes, enclosing and nested
   * types, the types of members and their type arguments, annotation types and the classes and
   * enums in annotation values), by binary name, and the types that carry one of Godwit's hint
   * annotations on themselves or a member. Kept as the walk met them and grouped only when asked:
   * the fast path never asks.
   */
  static final class Graph {
    private final List<TypeElement> edges;
    private final java.util.function.Function<TypeElement, String> names;
    private final Map<String, TypeElement> types;
    private final Set<String> hinted;

    private Graph(List<TypeElement> edges, java.util.function.Function<TypeElement, String> names,
        Map<String, TypeElement> types, Set<String> hinted) {
      this.edges = edges;
      this.names = names;
      this.types = types;
      this.hinted = Set.copyOf(hinted);
    }

    /** The hashed type of this binary name, or null. */
    TypeElement type(String binaryName) {
      return types.get(binaryName);
    }

    /** Binary name -> the hashed types that reach it directly (in no order: the reader collects sets of them). */
    Map<String, Set<String>> referrers() {
      Map<String, Set<String>> referrers = new HashMap<>();
      for (int i = 0; i < edges.size(); i += 2) {
        String from = names.apply(edges.get(i));
        String to = names.apply(edges.get(i + 1));
        if (!from.equals(to)) {
          referrers.computeIfAbsent(to, t -> new HashSet<>()).add(from);
        }
      }
      return referrers;
    }

    /** The types carrying {@code @Renamed}, {@code @Backfill} or another annotation of {@code dev.godwit}. */
    Set<String> hinted() {
      return hinted;
    }
  }

  private final Elements elements;
  private final Map<String, TypeElement> types = new TreeMap<>();
  private final Map<String, PackageElement> packages = new TreeMap<>();
  private final Deque<TypeElement> pending = new ArrayDeque<>();
  private final Set<Element> seenVariables = new HashSet<>();
  // a type or annotation type is reached from many members: each is looked at once, by identity
  // (javac's symbols are unique within a compilation)
  private final Set<Element> reached = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<Element> annotationTypes = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<Element, String> binaryNames = new IdentityHashMap<>();
  /** Pairs: a type, then a type it reaches directly. */
  private final List<TypeElement> edges = new java.util.ArrayList<>();
  private final Set<String> hinted = new java.util.TreeSet<>();
  /** The type whose members are being collected or described, null outside that. */
  private TypeElement current;
  private boolean quietable = true;

  private InputFingerprint(Elements elements) {
    this.elements = elements;
  }

  /** Whether option {@code name} shapes what a compilation extracts or diffs (paths and the mode do not). */
  static boolean hashedOption(String name) {
    return name.startsWith("godwit.") && !List.of(Options.SNAPSHOT, Options.OUTPUT, Options.JAVA_OUTPUT, Options.MODE,
        Options.INCREMENTAL).contains(name);
  }

  /** The fingerprint of this round's inputs; empty when the processor's code cannot be hashed. */
  static java.util.Optional<Result> of(Elements elements, RoundEnvironment round, Map<String, String> options,
      boolean hibernateValidator) {
    java.util.Optional<String> code = ProcessorCode.hash();
    if (code.isEmpty()) {
      return java.util.Optional.empty();
    }
    InputFingerprint walk = new InputFingerprint(elements);
    for (Element root : round.getRootElements()) {
      if (root instanceof TypeElement type && carriesReadAnnotation(type)) {
        walk.add(type);
      } else if (root instanceof PackageElement pkg) {
        walk.addPackage(pkg);
      }
    }
    while (!walk.pending.isEmpty()) {
      walk.collect(walk.pending.pop());
    }
    StringBuilder text = new StringBuilder(4096);
    text.append("code ").append(code.get()).append('\n');
    text.append("hibernate-validator ").append(hibernateValidator).append('\n');
    for (Map.Entry<String, String> option : new TreeMap<>(options).entrySet()) {
      if (hashedOption(option.getKey())) {
        text.append("option ").append(option.getKey()).append('=').append(option.getValue()).append('\n');
      }
    }
    String global = digest(text);
    Map<String, String> types = new TreeMap<>();
    for (Map.Entry<String, TypeElement> type : walk.types.entrySet()) {
      walk.describe(type.getValue(), text);
      types.put(type.getKey(), digest(text));
    }
    walk.current = null;
    Map<String, String> packages = new TreeMap<>();
    for (PackageElement pkg : walk.packages.values()) {
      walk.annotations(pkg, text, "");
      packages.put(pkg.getQualifiedName().toString(), digest(text));
    }
    InputDigests digests = new InputDigests(global, types, packages);
    return java.util.Optional.of(new Result(digests.fingerprint(), walk.quietable, digests,
        new Graph(walk.edges, walk::binaryName, walk.types, walk.hinted)));
  }

  private static boolean carriesReadAnnotation(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String name = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
      for (String prefix : READ_PACKAGES) {
        if (name.startsWith(prefix)) {
          return true;
        }
      }
    }
    for (Element member : element.getEnclosedElements()) {
      if (carriesReadAnnotation(member)) {
        return true;
      }
      if (member instanceof ExecutableElement method) {
        for (VariableElement parameter : method.getParameters()) {
          if (carriesReadAnnotation(parameter)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private void add(TypeElement type) {
    if (current != null) {
      edges.add(current);
      edges.add(type);
    }
    if (!reached.add(type) || jdk(type)) {
      return;
    }
    if (types.putIfAbsent(binaryName(type), type) == null) {
      pending.push(type);
    }
  }

  private String binaryName(TypeElement type) {
    String name = binaryNames.get(type);
    if (name == null) {
      name = elements.getBinaryName(type).toString();
      binaryNames.put(type, name);
    }
    return name;
  }

  private void addPackage(PackageElement pkg) {
    if (packages.putIfAbsent(pkg.getQualifiedName().toString(), pkg) == null) {
      reachAnnotations(pkg);
    }
  }

  /** Queues every type {@code type} reaches (its description is written later, in name order). */
  private void collect(TypeElement type) {
    current = type;
    addPackage(elements.getPackageOf(type));
    if (type.getEnclosingElement() instanceof TypeElement outer) {
      add(outer);
    }
    reach(type.getSuperclass());
    reachAll(type.getInterfaces());
    for (TypeParameterElement parameter : type.getTypeParameters()) {
      reachAll(parameter.getBounds());
    }
    reachAnnotations(type);
    for (Element member : type.getEnclosedElements()) {
      reachAnnotations(member);
      if (member instanceof TypeElement nested) {
        add(nested);
      } else if (member instanceof ExecutableElement method) {
        reach(method.getReturnType());
        for (VariableElement parameter : method.getParameters()) {
          reachAnnotations(parameter);
        }
        if (method.getDefaultValue() != null) {
          reachValue(method.getDefaultValue());
        }
      } else {
        reach(member.asType());
      }
    }
    current = null;
  }

  private void reachAnnotations(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      reachAnnotation(mirror);
    }
  }

  private void reachAnnotation(AnnotationMirror mirror) {
    TypeElement annotation = (TypeElement) mirror.getAnnotationType().asElement();
    if (annotationTypes.add(annotation)) {
      if (NOT_FAST.contains(annotation.getQualifiedName().toString())) {
        quietable = false;
      }
      add(annotation);
    }
    for (AnnotationValue value : mirror.getElementValues().values()) {
      reachValue(value);
    }
  }

  private void reachValue(AnnotationValue value) {
    Object v = value.getValue();
    if (v instanceof TypeMirror type) {
      reach(type);
    } else if (v instanceof VariableElement constant && constant.getEnclosingElement() instanceof TypeElement owner) {
      add(owner);
    } else if (v instanceof AnnotationMirror nested) {
      reachAnnotation(nested);
    } else if (v instanceof List<?> list) {
      for (Object item : list) {
        reachValue((AnnotationValue) item);
      }
    }
  }

  private void reach(TypeMirror type) {
    if (type instanceof DeclaredType declared) {
      if (declared.asElement() instanceof TypeElement element) {
        add(element);
      }
      reachAll(declared.getTypeArguments());
      reach(declared.getEnclosingType());
    } else if (type instanceof ArrayType array) {
      reach(array.getComponentType());
    } else if (type instanceof WildcardType wildcard) {
      if (wildcard.getExtendsBound() != null) reach(wildcard.getExtendsBound());
      if (wildcard.getSuperBound() != null) reach(wildcard.getSuperBound());
    } else if (type instanceof TypeVariable variable) {
      if (seenVariables.add(variable.asElement())) {
        reach(variable.getUpperBound());
      }
    } else if (type instanceof IntersectionType intersection) {
      reachAll(intersection.getBounds());
    } else if (type instanceof UnionType union) {
      reachAll(union.getAlternatives());
    }
  }

  // loops rather than streams and method references here and below: this walk runs in every
  // unchanged build, where each lambda is a class to spin and code to compile
  private void reachAll(List<? extends TypeMirror> types) {
    for (TypeMirror type : types) {
      reach(type);
    }
  }

  /** JDK classes are the same for the same JDK and never carry mapping annotations: named, not walked. */
  private boolean jdk(TypeElement type) {
    ModuleElement module = elements.getModuleOf(type);
    if (module != null && !module.isUnnamed()) {
      String name = module.getQualifiedName().toString();
      return name.startsWith("java.") || name.startsWith("jdk.");
    }
    return type.getQualifiedName().toString().startsWith("java.");
  }

  private void describe(TypeElement type, StringBuilder text) {
    current = type;
    // javac's names are appended as strings: StringBuilder reads a CharSequence by charAt, and
    // javac's Name decodes itself whole for every character it is asked for
    text.append("type ").append(type.getKind()).append(' ').append(binaryName(type));
    modifiers(type.getModifiers(), text);
    text.append('\n');
    for (TypeParameterElement parameter : type.getTypeParameters()) {
      text.append("  <").append(parameter.getSimpleName().toString()).append(" extends ").append(parameter.getBounds()).append('\n');
    }
    text.append("  super ").append(type.getSuperclass()).append('\n');
    text.append("  implements ").append(type.getInterfaces()).append('\n');
    annotations(type, text, "  ");
    for (Element member : type.getEnclosedElements()) {
      text.append("  ").append(member.getKind()).append(' ').append(member.getSimpleName().toString());
      modifiers(member.getModifiers(), text);
      if (member instanceof ExecutableElement method) {
        text.append(" <[");
        String separator = "";
        for (TypeParameterElement parameter : method.getTypeParameters()) {
          text.append(separator).append(parameter.getSimpleName().toString()).append(" extends ").append(parameter.getBounds());
          separator = ", ";
        }
        text.append("]> returns ").append(method.getReturnType());
        if (method.getDefaultValue() != null) {
          text.append(" default ");
          value(method.getDefaultValue(), text);
        }
        text.append('\n');
        annotations(method, text, "    ");
        for (VariableElement parameter : method.getParameters()) {
          text.append("    parameter ").append(parameter.asType()).append('\n');
          annotations(parameter, text, "      ");
        }
      } else if (member instanceof TypeElement nested) {
        text.append(" = ").append(binaryName(nested)).append('\n');
      } else {
        text.append(" : ").append(member.asType());
        if (member instanceof VariableElement field && field.getConstantValue() != null) {
          text.append(" = ");
          constant(field.getConstantValue(), text);
        }
        text.append('\n');
        annotations(member, text, "    ");
      }
    }
  }

  private static String[] modifierNames() {
    Modifier[] all = Modifier.values();
    String[] names = new String[all.length];
    for (Modifier modifier : all) {
      names[modifier.ordinal()] = modifier.toString();
    }
    return names;
  }

  private static void modifiers(Set<Modifier> modifiers, StringBuilder text) {
    // javac gives an EnumSet, already in declaration order
    Set<Modifier> sorted = modifiers instanceof EnumSet<Modifier> ordered ? ordered
        : modifiers.isEmpty() ? EnumSet.noneOf(Modifier.class) : EnumSet.copyOf(modifiers);
    for (Modifier modifier : sorted) {
      text.append(' ').append(MODIFIERS[modifier.ordinal()]);
    }
  }

  private void annotations(Element element, StringBuilder text, String indent) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      text.append(indent);
      annotation(mirror, text);
      text.append('\n');
    }
  }

  private void annotation(AnnotationMirror mirror, StringBuilder text) {
    String name = binaryName((TypeElement) mirror.getAnnotationType().asElement());
    if (current != null && name.startsWith("dev.godwit.")) {
      hinted.add(binaryName(current));
    }
    text.append('@').append(name).append('(');
    Map<? extends ExecutableElement, ? extends AnnotationValue> values = mirror.getElementValues();
    if (!values.isEmpty()) {
      Map<String, AnnotationValue> byName = new TreeMap<>();
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> value : values.entrySet()) {
        byName.put(value.getKey().getSimpleName().toString(), value.getValue());
      }
      for (Map.Entry<String, AnnotationValue> value : byName.entrySet()) {
        text.append(value.getKey()).append('=');
        value(value.getValue(), text);
        text.append(';');
      }
    }
    text.append(')');
  }

  private void value(AnnotationValue value, StringBuilder text) {
    Object v = value.getValue();
    if (v instanceof TypeMirror type) {
      text.append("class ").append(type);
    } else if (v instanceof VariableElement constant) {
      text.append("enum ").append(constant.getEnclosingElement()).append('.').append(constant.getSimpleName().toString());
    } else if (v instanceof AnnotationMirror nested) {
      annotation(nested, text);
    } else if (v instanceof List<?> list) {
      text.append('{');
      for (Object item : list) {
        value((AnnotationValue) item, text);
        text.append(',');
      }
      text.append('}');
    } else {
      constant(v, text);
    }
  }

  /** A constant with its type, strings length-prefixed so no two values read alike. */
  private static void constant(Object v, StringBuilder text) {
    String s = String.valueOf(v);
    text.append(v.getClass().getSimpleName()).append(':').append(s.length()).append(':').append(s);
  }

  /** The digest of {@code text}, which is emptied for the next. */
  private static String digest(StringBuilder text) {
    String hex = new SealHash().update(text.toString()).hex();
    text.setLength(0);
    return hex;
  }
}
