package dev.godwit.processor.jpa;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * JPA {@code AttributeConverter}s: the database type a converter writes (its second type
 * argument), and the {@code @Converter(autoApply = true)} converters by the Java type they apply to.
 */
final class Converters {
  private static final List<String> CONVERTER_INTERFACES =
      List.of("jakarta.persistence.AttributeConverter", "javax.persistence.AttributeConverter");

  /** A converter's attribute (domain) type and database type. */
  record Conversion(TypeMirror attributeType, TypeMirror databaseType) {}

  private final Types types;
  private final Map<String, Conversion> autoApplied = new TreeMap<>();

  Converters(Types types, Mirrors mirrors, Collection<TypeElement> converterTypes) {
    this.types = types;
    for (TypeElement converter : converterTypes) {
      boolean autoApply = mirrors.jpa(converter, "Converter").map(c -> c.bool("autoApply")).orElse(false);
      if (autoApply) {
        of(converter.asType()).ifPresent(c -> autoApplied.putIfAbsent(Mirrors.qualifiedName(types.erasure(c.attributeType())), c));
      }
    }
  }

  /** The conversion a converter class declares, found through its supertypes. */
  Optional<Conversion> of(TypeMirror converter) {
    if (converter instanceof DeclaredType declared) {
      String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
      if (CONVERTER_INTERFACES.contains(name) && declared.getTypeArguments().size() == 2) {
        return Optional.of(new Conversion(declared.getTypeArguments().get(0), declared.getTypeArguments().get(1)));
      }
    }
    for (TypeMirror supertype : types.directSupertypes(converter)) {
      Optional<Conversion> found = of(supertype);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The auto-applied converter for an attribute of {@code type}, if any. */
  Optional<Conversion> autoApplied(TypeMirror type) {
    if (!(type instanceof DeclaredType)) {
      return Optional.empty();
    }
    return Optional.ofNullable(autoApplied.get(Mirrors.qualifiedName(types.erasure(type))));
  }
}
