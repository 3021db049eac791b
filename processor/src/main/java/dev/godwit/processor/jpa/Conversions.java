package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.jpa.Attribute.Scope;
import dev.godwit.processor.jpa.Converters.Conversion;
import dev.godwit.processor.jpa.Mirrors.Annotation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Which {@code @Convert} Hibernate 6.6 applies to a basic value, and so the type of its column:
 * the attribute's own; one on an entity or mapped superclass naming it ({@code attributeName}); one
 * on an {@code @Embedded} attribute or an embeddable class naming it by its path under them; one
 * on a collection for its elements ({@code "value"}, or no name) or map keys ({@code "key"});
 * else an auto-applied converter of the value's type.
 *
 * <p>Where two converts name one value, Hibernate mostly lets the outer one win (a class-level
 * convert beats the attribute's own, an embedding attribute's beats the embeddable's), but not
 * always: an embedding attribute's beats the entity's class-level one, and an embeddable's
 * class-level one loses to the attribute's own. Those two pairs are errors, so a reader never has
 * to know. A convert that names no basic value Hibernate converts is ignored by Hibernate; it is an
 * error here, reported once every entity is read ({@link #reportUnused}).
 */
final class Conversions {
  private static final List<String> ELEMENT_BLOCKERS = List.of("OneToMany", "ManyToMany", "Enumerated", "Temporal");
  private static final List<String> KEY_BLOCKERS = List.of("MapKeyEnumerated", "MapKeyTemporal", "MapKeyClass");
  /** The classes whose class-level converts Hibernate reads for an entity's attributes. */
  private static final List<String> CONVERT_HOLDERS = List.of("Entity", "MappedSuperclass", "Embeddable");
  private static final List<String> MAPS = List.of("java.util.Map", "java.util.SortedMap", "java.util.NavigableMap");

  private final ReadContext context;
  private final Converters converters;
  /** Every convert with an attribute name, by where it is written and its name; and those that named a value. */
  private final Map<Named, Element> seen = new LinkedHashMap<>();
  private final Set<Named> used = new HashSet<>();

  /** A convert naming {@code name} on {@code holder}. */
  private record Named(Element holder, String name) {}

  /** A convert that applies to a value, with where it is written. */
  private record Found(Annotation convert, Named named, String where) {}

  /** A collection's converts as Hibernate splits them: for its elements and for its map keys, by path under them. */
  private record Split(Map<String, Found> elements, Map<String, Found> keys) {}

  Conversions(ReadContext context, Converters converters) {
    this.context = context;
    this.converters = converters;
  }

  /** The conversion of a basic attribute (or a basic collection element), or empty: none, or disabled. */
  Optional<Conversion> of(Attribute attribute) {
    Optional<Found> found = context.mirrors.hasJpa(attribute.element(), "ElementCollection")
        ? lookup(collection(attribute.element(), false).elements(), "")
        : leaf(attribute);
    return conversion(found, attribute.type());
  }

  /** The conversion of a map's basic key, or empty. */
  Optional<Conversion> ofMapKey(Element collection, TypeMirror keyType, TypeMirror valueType) {
    return conversion(lookup(collection(collection, isEmbeddable(valueType)).keys(), ""), keyType);
  }

  /**
   * Reads a collection's converts once, whatever its elements and keys are, so those that can
   * convert nothing are reported too.
   */
  void checkCollection(Element collection, TypeMirror elementType) {
    collection(collection, isEmbeddable(elementType));
  }

  /** Reports every named convert that no value took. */
  void reportUnused() {
    seen.forEach((named, holder) -> {
      if (!used.contains(named)) {
        context.error(Code.INVALID_MAPPING, "@Convert(attributeName = \"" + named.name() + "\") on " + describe(holder)
            + " names no basic attribute Hibernate converts from there, so Hibernate 6.6 ignores it: name a basic "
            + "attribute by its path under " + describe(holder) + " (\"key\" or \"value\" of a map), or remove it", holder);
      }
    });
  }

  private Optional<Conversion> conversion(Optional<Found> found, TypeMirror type) {
    if (found.isPresent()) {
      Annotation convert = found.get().convert();
      if (convert.bool("disableConversion")) {
        return Optional.empty();
      }
      Optional<TypeMirror> converter = convert.type("converter").filter(t -> !Mirrors.isVoid(t)
          && !Mirrors.qualifiedName(t).endsWith("persistence.AttributeConverter"));
      if (converter.isPresent()) {
        Optional<Conversion> conversion = converters.of(converter.get());
        if (conversion.isEmpty()) {
          context.error(Code.UNSUPPORTED_MAPPING, "converter " + converter.get() + " does not implement "
              + "AttributeConverter with type arguments Godwit can read", found.get().named().holder());
        }
        return conversion;
      }
      context.error(Code.INVALID_MAPPING, "@Convert on " + found.get().where() + " names no converter and does not "
          + "disable conversion; Hibernate 6.6 refuses it (\"you left @Convert.converter to its default value void\")",
          found.get().named().holder());
    }
    return converters.autoApplied(type);
  }

  /** The convert of a basic attribute of an entity or of an embeddable, in Hibernate's order. */
  private Optional<Found> leaf(Attribute attribute) {
    List<Scope> scopes = attribute.scopes();
    Optional<Found> own = own(attribute.element());
    List<Optional<Found>> order = new ArrayList<>();
    int first = 0;
    while (first < scopes.size() && scopes.get(first).holder() instanceof TypeElement) {
      first++;
    }
    int collection = -1;
    for (int i = first; i < scopes.size() && collection < 0; i++) {
      if (context.mirrors.hasJpa(scopes.get(i).holder(), "ElementCollection")) {
        collection = i;
      }
    }
    if (collection >= 0) {
      // an entity's class-level converts do not reach the elements of a collection
      Scope scope = scopes.get(collection);
      Split split = collection(scope.holder(), true);
      Map<String, Found> byPath = split.elements();
      if (isMap(scope.holder()) && scope.relative(attribute).startsWith("key.")) {
        byPath = split.keys();
      }
      order.add(lookup(byPath, withinMapPart(scope, attribute)));
      first = collection;
    } else {
      Optional<Found> classLevel = Optional.empty();
      if (first > 0) {
        // the entity's class-level converts, and those of every mapped class above it (a parent entity's
        // too, for the attributes its subclass declares); the subclass's wins
        for (TypeElement c = (TypeElement) scopes.get(0).holder(); c != null; c = PersistentAttributes.superclass(c)) {
          TypeElement holder = c;
          if (CONVERT_HOLDERS.stream().anyMatch(a -> context.mirrors.hasJpa(holder, a))) {
            Optional<Found> found = lookup(named(holder, "class " + holder.getSimpleName()), attribute.path());
            classLevel = classLevel.or(() -> found);
          }
        }
      }
      if (first == scopes.size()) {
        return classLevel.or(() -> own);
      }
      Scope outer = scopes.get(first);
      Optional<Found> embedding = lookup(named(outer.holder(), "attribute " + outer.path()), outer.relative(attribute));
      if (embedding.isPresent() && classLevel.isPresent()) {
        conflict(attribute, embedding.get(), classLevel.get(), "the embedding attribute's", outer.holder());
      }
      order.add(embedding);
      order.add(classLevel);
    }
    int last = scopes.size() - 1;
    for (int i = first; i < last; i++) {
      order.add(embeddableLevel(scopes.get(i), attribute));
    }
    Optional<Found> innermost = embeddableLevel(scopes.get(last), attribute);
    if (own.isPresent() && innermost.isPresent()) {
      conflict(attribute, own.get(), innermost.get(), "the attribute's own", attribute.element());
    }
    order.add(own);
    order.add(innermost);
    return order.stream().flatMap(Optional::stream).findFirst();
  }

  private void conflict(Attribute attribute, Found winner, Found loser, String which, Element on) {
    context.error(Code.INVALID_MAPPING, "two @Convert apply to " + attribute.path() + ": the one on " + winner.where()
        + " and the one on " + loser.where() + ". Hibernate 6.6 applies " + which + " here, although elsewhere it "
        + "lets the outer one win; keep one of them", on);
  }

  /** The class-level converts of the embeddable type a scope embeds, naming the attribute. */
  private Optional<Found> embeddableLevel(Scope scope, Attribute attribute) {
    if (!(scope.type() instanceof DeclaredType type)) {
      return Optional.empty();
    }
    Element embeddable = type.asElement();
    return lookup(named(embeddable, "embeddable " + embeddable.getSimpleName()), withinMapPart(scope, attribute));
  }

  /**
   * The attribute's path relative to a scope; under a map's key or value (Attribute.mapPart), whose
   * paths start with {@code key.} or {@code value.}, relative to that part, as converts name them.
   */
  private String withinMapPart(Scope scope, Attribute attribute) {
    String relative = scope.relative(attribute);
    return isMap(scope.holder()) ? relative.substring(relative.indexOf('.') + 1) : relative;
  }

  /** The converts on a basic attribute itself, which name no attribute. */
  private Optional<Found> own(Element attribute) {
    List<Annotation> converts = converts(attribute);
    for (Annotation convert : converts) {
      if (!convert.string("attributeName").isEmpty()) {
        context.error(Code.INVALID_MAPPING, "@Convert(attributeName = \"" + convert.string("attributeName") + "\") on "
            + "basic attribute " + attribute.getSimpleName() + ": a basic attribute has no attributes to name (Hibernate "
            + "6.6 ignores the convert on an entity and applies it in an embeddable); remove attributeName", attribute);
        return Optional.empty();
      }
    }
    if (converts.size() > 1) {
      context.error(Code.INVALID_MAPPING, "attribute " + attribute.getSimpleName() + " has " + converts.size()
          + " @Convert; one converter applies to a basic attribute", attribute);
    }
    return converts.stream().findFirst()
        .map(c -> new Found(c, new Named(attribute, ""), "attribute " + attribute.getSimpleName() + " itself"));
  }

  /** The converts on a class or an embedding attribute, by the attribute they name. */
  private Map<String, Found> named(Element holder, String where) {
    Map<String, Found> byName = new LinkedHashMap<>();
    for (Annotation convert : converts(holder)) {
      String name = convert.string("attributeName");
      if (name.isEmpty()) {
        // Hibernate refuses it (IllegalStateException)
        context.error(Code.INVALID_MAPPING, "@Convert on " + describe(holder) + " must name the attribute it "
            + "converts (attributeName)", holder);
        continue;
      }
      put(byName, name, new Found(convert, new Named(holder, name), where));
    }
    return byName;
  }

  /** A collection's converts, split between elements and keys as Hibernate 6.6 splits them. */
  private Split collection(Element collection, boolean embeddableElements) {
    Map<String, Found> elements = new LinkedHashMap<>();
    Map<String, Found> keys = new LinkedHashMap<>();
    List<Annotation> converts = converts(collection);
    if (converts.isEmpty()) {
      return new Split(elements, keys);
    }
    Mirrors mirrors = context.mirrors;
    boolean canKey = isMap(collection) && KEY_BLOCKERS.stream().noneMatch(a -> mirrors.hasJpa(collection, a))
        && mirrors.exact(collection, "org.hibernate.annotations.MapKeyType").isEmpty();
    boolean canElement = ELEMENT_BLOCKERS.stream().noneMatch(a -> mirrors.hasJpa(collection, a));
    String where = "collection " + collection.getSimpleName();
    for (Annotation convert : converts) {
      String name = convert.string("attributeName");
      Named named = new Named(collection, name);
      if (!canKey && !canElement) {
        context.error(Code.INVALID_MAPPING, "@Convert on " + where + " converts nothing: Hibernate 6.6 converts "
            + "neither the elements of a relation or of an @Enumerated or @Temporal collection, nor a key with "
            + "@MapKeyEnumerated, @MapKeyTemporal or @MapKeyClass, and ignores it; remove it", collection);
        continue;
      }
      if (name.isEmpty()) {
        if (canKey && canElement && embeddableElements) {
          context.error(Code.INVALID_MAPPING, "@Convert on map " + collection.getSimpleName() + " of embeddables must "
              + "name \"key\" or \"value.<attribute>\"; Hibernate 6.6 refuses it", collection);
        } else {
          put(canElement ? elements : keys, "", new Found(convert, named, where));
        }
        continue;
      }
      String keyPath = canKey ? strip(name, "key", canElement ? null : name) : null;
      String elementPath = canElement ? strip(name, "value", canKey ? null : name) : null;
      if (keyPath != null) {
        put(keys, keyPath, new Found(convert, named, where));
      } else if (elementPath != null) {
        put(elements, elementPath, new Found(convert, named, where));
      } else {
        context.error(Code.INVALID_MAPPING, "@Convert(attributeName = \"" + name + "\") on map "
            + collection.getSimpleName() + " must name \"key\", \"value\" or a path under them; Hibernate 6.6 "
            + "refuses it", collection);
      }
    }
    return new Split(elements, keys);
  }

  private void put(Map<String, Found> byPath, String path, Found found) {
    seen.putIfAbsent(found.named(), found.named().holder());
    Found earlier = byPath.putIfAbsent(path, found);
    if (earlier != null) {
      context.error(Code.INVALID_MAPPING, "two @Convert on " + describe(found.named().holder()) + " convert "
          + (path.isEmpty() ? "the same value" : path) + "; keep one", found.named().holder());
    }
  }

  private Optional<Found> lookup(Map<String, Found> byPath, String path) {
    Optional<Found> found = Optional.ofNullable(byPath.get(path));
    found.ifPresent(f -> used.add(f.named()));
    return found;
  }

  /** {@code path} without {@code prefix} and its dot; "" for the prefix itself, else {@code otherwise}. */
  private static String strip(String path, String prefix, String otherwise) {
    if (path.equals(prefix)) {
      return "";
    }
    return path.startsWith(prefix + ".") ? path.substring(prefix.length() + 1) : otherwise;
  }

  /** {@code @Convert}s written on an element, once or in {@code @Converts}. */
  private List<Annotation> converts(Element element) {
    List<Annotation> found = new ArrayList<>();
    context.mirrors.jpa(element, "Convert").ifPresent(found::add);
    context.mirrors.jpa(element, "Converts").ifPresent(c -> found.addAll(c.annotations("value", context.elements)));
    return found;
  }

  private boolean isMap(Element collection) {
    TypeMirror type = collection instanceof ExecutableElement method ? method.getReturnType() : collection.asType();
    return type instanceof DeclaredType declared
        && MAPS.contains(((TypeElement) declared.asElement()).getQualifiedName().toString());
  }

  private boolean isEmbeddable(TypeMirror type) {
    return type instanceof DeclaredType declared && context.mirrors.hasJpa(declared.asElement(), "Embeddable");
  }

  private static String describe(Element holder) {
    return holder instanceof TypeElement type ? "class " + type.getSimpleName() : "attribute " + holder.getSimpleName();
  }
}
