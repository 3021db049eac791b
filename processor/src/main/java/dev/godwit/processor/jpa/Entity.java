package dev.godwit.processor.jpa;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * An entity class with its names and its persistent attributes, in declaration order from the
 * root of its hierarchy down.
 *
 * @param logicalTable the table name before the physical naming strategy, quoted if needed
 * @param table the table's database name
 */
record Entity(TypeElement type, String name, String logicalTable, String table, List<Attribute> attributes) {

  List<Attribute> ids() {
    return attributes.stream().filter(Attribute::id).toList();
  }
}
