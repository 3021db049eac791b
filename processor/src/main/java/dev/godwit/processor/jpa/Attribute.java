package dev.godwit.processor.jpa;

import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * One persistent attribute as an entity's table sees it: the field or getter that declares it,
 * its attribute name, its Java type (resolved against the entity, so generic superclasses give
 * their actual type arguments), and whether it is (part of) the entity's identifier.
 *
 * @param path the attribute's dotted path from the entity, e.g. {@code "address.city"} for an
 *     attribute of an embeddable; equal to {@code name} for a direct attribute
 */
record Attribute(Element element, String name, String path, TypeMirror type, boolean id) {

  static Attribute of(Element element, String name, TypeMirror type, boolean id) {
    return new Attribute(element, name, name, type, id);
  }
}
