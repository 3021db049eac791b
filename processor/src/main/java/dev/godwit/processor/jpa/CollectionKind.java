package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * How Hibernate stores a collection attribute, which decides the primary key of its table: a set
 * (key and element), a bag (no key), a list with {@code @OrderColumn} (key and index) or a map
 * (key and map key); with the element type and, for a map, the key type ({@code @MapKeyClass} or
 * the first type argument).
 */
record CollectionKind(Shape shape, TypeMirror element, Optional<TypeMirror> mapKey) {

  enum Shape { SET, BAG, LIST, MAP }

  /**
   * The kind of a collection attribute, or empty after reporting why Godwit cannot tell.
   *
   * @param target the element type the annotation names ({@code targetEntity}, {@code targetClass}), if any
   */
  static Optional<CollectionKind> of(Attribute attribute, Optional<TypeMirror> target, ReadContext context) {
    TypeMirror type = attribute.type();
    String collection = type instanceof DeclaredType d
        ? ((TypeElement) d.asElement()).getQualifiedName().toString() : type.toString();
    boolean ordered = context.mirrors.hasJpa(attribute.element(), "OrderColumn");
    Shape shape = switch (collection) {
      case "java.util.Set", "java.util.SortedSet", "java.util.NavigableSet" -> Shape.SET;
      case "java.util.List" -> ordered ? Shape.LIST : Shape.BAG;
      case "java.util.Collection" -> Shape.BAG;
      case "java.util.Map", "java.util.SortedMap", "java.util.NavigableMap" -> Shape.MAP;
      default -> null;
    };
    if (shape == null) {
      context.error(Code.UNSUPPORTED_MAPPING, "collection attribute " + attribute.name() + " has type " + type
          + "; Godwit supports Set, SortedSet, List, Collection, Map and SortedMap", attribute.element());
      return Optional.empty();
    }
    if (ordered && shape != Shape.LIST) {
      context.error(Code.UNSUPPORTED_MAPPING, "@OrderColumn on " + attribute.name()
          + " is supported on a java.util.List only", attribute.element());
      return Optional.empty();
    }
    List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
    int needed = shape == Shape.MAP ? 2 : 1;
    Optional<TypeMirror> element = target.or(() -> arguments.size() == needed
        ? Optional.of(arguments.get(needed - 1)) : Optional.empty());
    // a raw map names its key type with @MapKeyClass
    Optional<TypeMirror> key = shape != Shape.MAP ? Optional.empty()
        : context.mirrors.jpa(attribute.element(), "MapKeyClass").flatMap(k -> k.type("value"))
            .filter(t -> !Mirrors.isVoid(t))
            .or(() -> arguments.size() == 2 ? Optional.of(arguments.get(0)) : Optional.empty());
    if (element.isEmpty() || shape == Shape.MAP && key.isEmpty()) {
      context.error(Code.UNSUPPORTED_MAPPING, "collection attribute " + attribute.name()
          + " has no type arguments; Godwit needs them (or targetClass/targetEntity and, for a map, @MapKeyClass) "
          + "to know the element type", attribute.element());
      return Optional.empty();
    }
    return Optional.of(new CollectionKind(shape, element.get(), key));
  }
}
