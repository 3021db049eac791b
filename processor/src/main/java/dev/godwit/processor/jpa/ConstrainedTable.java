package dev.godwit.processor.jpa;

import dev.godwit.processor.model.Index;
import dev.godwit.processor.model.UniqueKey;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * A table being built that {@code indexes} and {@code uniqueConstraints} of a table annotation
 * ({@code @Table}, {@code @JoinTable}, {@code @CollectionTable}) can be added to.
 */
interface ConstrainedTable {
  String name();

  /** The physical column a logical or physical name written in the source refers to. */
  Optional<String> resolve(String name);

  /** Every mapped column's physical name, sorted, for messages. */
  List<String> columnNames();

  /** Where the table's annotation is, for errors. */
  Element origin();

  /** What declares the table, for messages, e.g. {@code @Table of Customer}. */
  String description();

  void addIndex(Index index);

  /** A unique key with Hibernate's implicit name. */
  void addUniqueKey(List<String> columnNames);

  void addUniqueKey(UniqueKey uniqueKey);
}
