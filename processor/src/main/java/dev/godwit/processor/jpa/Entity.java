package dev.godwit.processor.jpa;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * An entity class with its names, its place in an entity hierarchy, and the persistent attributes
 * it declares itself or inherits from {@code @MappedSuperclass} ancestors below its parent entity
 * (root first, in declaration order).
 *
 * @param logicalTable the table name before the physical naming strategy, quoted if needed
 * @param table the database name of the table its own {@code @Table} (or entity name) implies
 * @param parent the closest entity superclass, if any
 * @param strategy the inheritance strategy of its hierarchy (as declared on the root)
 * @param derivedIds paths of id attributes whose column a {@code @MapsId} relation provides
 */
record Entity(
    TypeElement type, String name, String logicalTable, String table, List<Attribute> attributes,
    Optional<TypeElement> parent, Strategy strategy, boolean isAbstract, Set<String> derivedIds) {

  enum Strategy { SINGLE_TABLE, JOINED, TABLE_PER_CLASS }

  List<Attribute> ids() {
    return attributes.stream().filter(Attribute::id).toList();
  }

  String qualifiedName() {
    return type.getQualifiedName().toString();
  }
}
