package dev.godwit.processor.jpa;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;

/**
 * The entity declaring a collection attribute: the table's entity, or the SINGLE_TABLE subclass
 * whose attribute it is. Hibernate names implicit tables and columns after it. The entities of
 * each attribute are indexed once, so finding the owner does not scan every entity's attributes
 * for every collection (which grew with the square of the model).
 */
final class AttributeOwners {
  private final Map<String, Entity> entities;
  /** The entities having each attribute element, in the order of {@code entities}; an attribute of a mapped superclass has several. */
  private final Map<Element, List<Entity>> byElement = new IdentityHashMap<>();

  /** {@code entities} must be complete: every entity described with its attributes. */
  AttributeOwners(Map<String, Entity> entities) {
    this.entities = entities;
    for (Entity entity : entities.values()) {
      for (Attribute attribute : entity.attributes()) {
        List<Entity> having = byElement.computeIfAbsent(attribute.element(), e -> new ArrayList<>());
        if (having.isEmpty() || having.get(having.size() - 1) != entity) {
          having.add(entity);
        }
      }
    }
  }

  /** The first entity (in the entities' order) having the attribute at or below the table's entity; else the table's entity. */
  Entity owner(Attribute attribute, TableParts table) {
    for (Entity entity : byElement.getOrDefault(attribute.element(), List.of())) {
      if (isBelow(entity, table.entity)) {
        return entity;
      }
    }
    return table.entity;
  }

  private boolean isBelow(Entity entity, Entity ancestor) {
    for (Entity e = entity; e != null; e = e.parent().map(p -> entities.get(p.getQualifiedName().toString())).orElse(null)) {
      if (e == ancestor) {
        return true;
      }
    }
    return false;
  }
}
