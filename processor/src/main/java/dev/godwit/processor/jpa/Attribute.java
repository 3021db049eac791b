package dev.godwit.processor.jpa;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * One persistent attribute as its table sees it: the field or getter that declares it, its
 * attribute name, its Java type (resolved against the entity, so generic superclasses give their
 * actual type arguments), and whether it is (part of) the entity's identifier.
 *
 * @param path the dotted path from the entity, e.g. {@code "address.city"} inside an embeddable
 * @param scopes the elements whose {@code @AttributeOverride}/{@code @AssociationOverride} may
 *     apply to this attribute, outermost first
 * @param inEmbeddable declared in an embeddable: a primitive does not make its column NOT NULL
 * @param inSingleTableSubclass mapped into the table of a SINGLE_TABLE parent: only an explicit
 *     {@code nullable = false} or a non-optional relation makes its column NOT NULL
 * @param inSecondaryTable mapped into a {@code @SecondaryTable}, whose row is optional: a primitive
 *     does not make its column NOT NULL
 */
record Attribute(
    Element element, String name, String path, TypeMirror type, boolean id, List<Scope> scopes,
    boolean inEmbeddable, boolean inSingleTableSubclass, boolean inSecondaryTable) {

  /**
   * An element that can override the mapping of attributes under {@code path}: a class (path
   * {@code ""}), or an attribute embedding others; {@code type} is the class, or the embeddable type
   * of the attribute (whose class-level {@code @Convert}s apply under it).
   */
  record Scope(Element holder, String path, TypeMirror type) {
    /** The name an override on {@code holder} uses for {@code attribute}, relative to this scope. */
    String relative(Attribute attribute) {
      return path.isEmpty() ? attribute.path() : attribute.path().substring(path.length() + 1);
    }
  }

  Attribute {
    scopes = List.copyOf(scopes);
  }

  /** An attribute of an embeddable this attribute embeds. */
  Attribute child(Element member, String childName, TypeMirror childType) {
    List<Scope> childScopes = new ArrayList<>(scopes);
    // the key or value of a map shares the scope of its collection attribute (see mapPart)
    if (childScopes.isEmpty() || !childScopes.get(childScopes.size() - 1).holder().equals(element)) {
      childScopes.add(new Scope(element, path, type));
    }
    return new Attribute(member, childName, path + "." + childName, childType, id, childScopes, true,
        inSingleTableSubclass, inSecondaryTable);
  }

  /**
   * The key ({@code part} {@code "key"}) or value ({@code "value"}) of this map attribute, of type
   * {@code partType}: overrides on the map attribute name the attributes of an embeddable key or
   * value with that prefix, as in {@code @AttributeOverride(name = "key.day")}.
   */
  Attribute mapPart(String part, TypeMirror partType) {
    List<Scope> partScopes = new ArrayList<>(scopes);
    partScopes.add(new Scope(element, path, partType));
    return new Attribute(element, name, path + "." + part, partType, false, partScopes, inEmbeddable,
        inSingleTableSubclass, false);
  }

  /** Where to report a problem with this attribute: the entity's attribute that embeds it, or itself. */
  Element reportedOn() {
    return scopes.stream().map(Scope::holder).filter(h -> !(h instanceof javax.lang.model.element.TypeElement))
        .findFirst().orElse(element);
  }

  /** This attribute mapped to a {@code @SecondaryTable}. */
  Attribute movedToSecondaryTable() {
    return new Attribute(element, name, path, type, id, scopes, inEmbeddable, inSingleTableSubclass, true);
  }

  /** This attribute as part of the identifier (a relation that {@code @MapsId} makes the key). */
  Attribute asId() {
    return new Attribute(element, name, path, type, true, scopes, inEmbeddable, inSingleTableSubclass, inSecondaryTable);
  }
}
