package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.jpa.Mirrors.Annotation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * Finds the {@code @SequenceGenerator} or {@code @TableGenerator} that
 * {@code @GeneratedValue(generator = "x")} names, as Hibernate 6.6 does by default
 * ({@code hibernate.jpa.compliance.global_id_generators=false}): first on the id attribute, then on
 * its entity, then among the generators registered before the entity is bound: those of the
 * packages (bound before every class) and of the entity's superclasses (bound before it, the nearest
 * last, so it wins). Generators of other classes (not the entity's subclasses, bound after it) are
 * registered too, but only when Hibernate happens to bind them before this entity, which depends on the order the classes are listed; such a lookup
 * is an error here, never a guess. A name declared nowhere is Hibernate's implicit generator of that
 * name ({@link Found#implicit}).
 */
final class GeneratorLookup {
  /** The generator annotations Godwit reads, and Hibernate's own that it does not. */
  private static final List<String> KINDS = List.of("SequenceGenerator", "TableGenerator");
  private static final String GENERIC = "org.hibernate.annotations.GenericGenerator";
  private static final String COLLECTION_ID = "org.hibernate.annotations.CollectionId";

  /**
   * A resolved generator name: a declared generator ({@code kind} SequenceGenerator or
   * TableGenerator), or none declared.
   */
  record Found(String kind, Optional<Annotation> definition) {
    static final Found IMPLICIT = new Found("", Optional.empty());

    boolean implicit() {
      return definition.isEmpty();
    }
  }

  /** A declaration of a generator and where it is. */
  private record Declaration(Element holder, String kind, Annotation annotation) {
    /** The definition, for telling equal declarations of one name from different ones. */
    String definition() {
      return kind + new TreeMap<>(Map.copyOf(annotation.values())).toString();
    }
  }

  private final ReadContext context;
  private final Collection<Entity> entities;
  /** Every generator declared on a holder, by name, in the order of the holders; read once, on first use. */
  private Map<String, List<Declaration>> byName;
  /** Whether an id named a generator that neither it nor its entity declares ({@link #find}). */
  private boolean lookedFurther;

  /** @param entities every entity of the compilation, whose classes, ids and packages may declare generators */
  GeneratorLookup(ReadContext context, Collection<Entity> entities) {
    this.context = context;
    this.entities = entities;
  }

  /** The generator {@code name} for the id {@code id} of {@code entity}, or empty after reporting why not. */
  Optional<Found> find(Element id, TypeElement entity, String name) {
    List<Declaration> onId = declared(id, name);
    if (!onId.isEmpty()) {
      return single(onId, id, name);
    }
    List<Declaration> onEntity = declared(entity, name);
    if (!onEntity.isEmpty()) {
      return single(onEntity, id, name);
    }
    lookedFurther = true;
    Set<Element> before = new LinkedHashSet<>();
    List<Declaration> registeredBefore = new ArrayList<>();
    for (TypeElement type = PersistentAttributes.superclass(entity); type != null;
        type = PersistentAttributes.superclass(type)) {
      before.add(type);
      registeredBefore.addAll(declared(type, name));
    }
    List<Declaration> inPackages = new ArrayList<>();
    List<Declaration> elsewhere = new ArrayList<>();
    for (Declaration declaration : declarations(name)) {
      Element holder = declaration.holder();
      // a subclass of the entity is bound after it, so its generators never reach the entity's id
      if (holder.equals(id) || holder.equals(entity) || before.contains(holder) || extendsEntity(holder, entity)) {
        continue;
      }
      (holder instanceof PackageElement ? inPackages : elsewhere).add(declaration);
    }
    if (registeredBefore.isEmpty() && !inPackages.isEmpty()) {
      if (distinct(inPackages) > 1) {
        return refuse(id, name, "is declared differently in several packages (" + where(inPackages)
            + "); Hibernate uses the one of the package it registers last");
      }
      registeredBefore.add(inPackages.get(0));
    }
    if (registeredBefore.isEmpty() && elsewhere.isEmpty()) {
      return Optional.of(Found.IMPLICIT);
    }
    if (registeredBefore.isEmpty()) {
      return refuse(id, name, "is declared only on " + where(elsewhere) + ", outside " + entity.getSimpleName()
          + " and its superclasses: Hibernate 6.6 finds it there only when it happens to bind that class before "
          + entity.getSimpleName() + " (generator names are local unless "
          + "hibernate.jpa.compliance.global_id_generators=true), else it makes an implicit generator named \""
          + name + "\" with default settings. Declare it on the id, on " + entity.getSimpleName()
          + ", on a superclass or in package-info.java");
    }
    Declaration nearest = registeredBefore.get(0);
    List<Declaration> different = elsewhere.stream().filter(d -> !d.definition().equals(nearest.definition())).toList();
    if (!different.isEmpty()) {
      return refuse(id, name, "is declared on " + where(List.of(nearest)) + " and differently on " + where(different)
          + ": Hibernate 6.6 uses whichever of them it binds last before " + entity.getSimpleName()
          + ", which depends on the order of the classes. Give the generators different names");
    }
    return found(nearest, id, name);
  }

  private static boolean extendsEntity(Element holder, TypeElement entity) {
    if (!(holder instanceof TypeElement type)) {
      return false;
    }
    for (TypeElement t = PersistentAttributes.superclass(type); t != null; t = PersistentAttributes.superclass(t)) {
      if (t.equals(entity)) {
        return true;
      }
    }
    return false;
  }

  private Optional<Found> single(List<Declaration> declarations, Element id, String name) {
    if (distinct(declarations) > 1) {
      return refuse(id, name, "is declared both as @SequenceGenerator and as @TableGenerator on "
          + where(declarations));
    }
    return found(declarations.get(0), id, name);
  }

  private Optional<Found> found(Declaration declaration, Element id, String name) {
    if (declaration.kind().equals("GenericGenerator")) {
      return refuse(id, name, "is Hibernate's @GenericGenerator on " + where(List.of(declaration))
          + ", which Godwit does not support yet");
    }
    return Optional.of(new Found(declaration.kind(), Optional.of(declaration.annotation())));
  }

  private Optional<Found> refuse(Element id, String name, String why) {
    context.error(Code.UNSUPPORTED_MAPPING, "generator \"" + name + "\" of @GeneratedValue " + why, id);
    return Optional.empty();
  }

  private static long distinct(List<Declaration> declarations) {
    return declarations.stream().map(Declaration::definition).distinct().count();
  }

  private static String where(List<Declaration> declarations) {
    return String.join(", ", declarations.stream().map(d -> describe(d.holder())).distinct().toList());
  }

  private static String describe(Element holder) {
    if (holder instanceof PackageElement p) {
      return "package " + p.getQualifiedName();
    }
    if (holder instanceof TypeElement t) {
      return t.getQualifiedName().toString();
    }
    return holder.getEnclosingElement().getSimpleName() + "." + holder.getSimpleName();
  }

  /** The generators named {@code name} on {@code holder}, written singly or in their containers. */
  private List<Declaration> declared(Element holder, String name) {
    return declared(holder).stream().filter(d -> d.annotation().string("name").equals(name)).toList();
  }

  /** The generators on {@code holder}, written singly or in their containers. */
  private List<Declaration> declared(Element holder) {
    List<Declaration> found = new ArrayList<>();
    for (String kind : KINDS) {
      context.mirrors.jpa(holder, kind).ifPresent(g -> found.add(new Declaration(holder, kind, g)));
      context.mirrors.jpa(holder, kind + "s").ifPresent(container -> container.annotations("value", context.elements)
          .forEach(g -> found.add(new Declaration(holder, kind, g))));
    }
    context.mirrors.exact(holder, GENERIC).ifPresent(g -> found.add(new Declaration(holder, "GenericGenerator", g)));
    return found;
  }

  /**
   * Whether an id named a generator so far that neither the id nor its entity declares: the
   * lookup then depends on what other classes and packages declare.
   */
  boolean lookedFurther() {
    return lookedFurther;
  }

  /** The names of the generators these entities (their classes, superclasses, id attributes or packages) declare. */
  Set<String> declaredBy(Collection<Entity> some) {
    Set<String> names = new TreeSet<>();
    for (Element holder : holders(some, List.of())) {
      declared(holder).forEach(d -> names.add(d.annotation().string("name")));
    }
    return names;
  }

  /**
   * The generator names that an id or collection id of these entity classes or their
   * superclasses names without the attribute or the class declaring it: the names whose lookup
   * reaches other classes and packages. Read from the annotations alone, without describing the classes.
   */
  Set<String> namedFurther(Collection<TypeElement> entityTypes) {
    Set<String> names = new TreeSet<>();
    for (TypeElement entity : entityTypes) {
      for (TypeElement type = entity; type != null; type = PersistentAttributes.superclass(type)) {
        for (Element member : type.getEnclosedElements()) {
          if (!member.getKind().isField() && member.getKind() != ElementKind.METHOD) {
            continue;
          }
          Stream.concat(context.mirrors.jpa(member, "GeneratedValue").stream(),
                  context.mirrors.exact(member, COLLECTION_ID).stream())
              .map(generated -> generated.string("generator"))
              .filter(name -> !name.isEmpty() && declared(member, name).isEmpty() && declared(entity, name).isEmpty())
              .forEach(names::add);
        }
      }
    }
    return names;
  }

  /**
   * The generators named {@code name} on every holder, in the order of {@link #holders()}. The
   * holders are read once for all lookups: a scan of them per id would make a compilation whose ids
   * name a superclass's or a package's generator quadratic in its entities.
   */
  private List<Declaration> declarations(String name) {
    if (byName == null) {
      byName = new HashMap<>();
      for (Element holder : holders()) {
        for (Declaration declaration : declared(holder)) {
          byName.computeIfAbsent(declaration.annotation().string("name"), n -> new ArrayList<>()).add(declaration);
        }
      }
    }
    return byName.getOrDefault(name, List.of());
  }

  /**
   * Where Hibernate registers generators from: each entity's class and superclasses, its id
   * attributes, the embeddables, and their packages.
   */
  private Set<Element> holders() {
    return holders(entities, context.embeddables);
  }

  private Set<Element> holders(Collection<Entity> some, List<TypeElement> embeddables) {
    Set<Element> holders = new LinkedHashSet<>();
    List<TypeElement> types = new ArrayList<>(embeddables);
    for (Entity entity : some) {
      for (TypeElement type = entity.type(); type != null; type = PersistentAttributes.superclass(type)) {
        types.add(type);
      }
      entity.attributes().stream().filter(Attribute::id).forEach(a -> holders.add(a.element()));
    }
    for (TypeElement type : types) {
      holders.add(type);
      holders.add(context.elements.getPackageOf(type));
    }
    return holders;
  }
}
