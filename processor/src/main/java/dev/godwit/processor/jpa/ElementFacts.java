package dev.godwit.processor.jpa;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * What extraction learns about classes that does not depend on the quoting, kept once per
 * compilation: a mapped superclass's persistent members are asked for by every entity that
 * extends it, an entity hierarchy's access type by every class in it, an embeddable's subclasses
 * by every attribute that embeds it, and the per-dialect reads ask for them all again. Keyed by
 * identity (javac's elements are unique).
 */
final class ElementFacts {
  /** A class's candidate persistent members (fields and getters not static, transient or @Transient). */
  final Map<TypeElement, List<Element>> candidates = new IdentityHashMap<>();
  /** An entity's default access type. */
  final Map<TypeElement, PersistentAttributes.Access> hierarchyAccess = new IdentityHashMap<>();
  /** The embeddables of the compilation by the embeddable each extends through embeddables only; null until asked. */
  private Map<TypeElement, List<TypeElement>> embeddableSubclasses;

  /**
   * The embeddables among {@code embeddables} that extend {@code root} through embeddables only,
   * in the order of {@code embeddables}; computed for every root at once, so asking costs one
   * lookup instead of a walk over every embeddable.
   */
  List<TypeElement> embeddableSubclasses(TypeElement root, List<TypeElement> embeddables, Mirrors mirrors) {
    if (embeddableSubclasses == null) {
      embeddableSubclasses = new IdentityHashMap<>();
      for (TypeElement candidate : embeddables) {
        for (TypeElement c = PersistentAttributes.superclass(candidate); c != null && mirrors.hasJpa(c, "Embeddable");
            c = PersistentAttributes.superclass(c)) {
          embeddableSubclasses.computeIfAbsent(c, k -> new ArrayList<>()).add(candidate);
        }
      }
    }
    return embeddableSubclasses.getOrDefault(root, List.of());
  }
}
