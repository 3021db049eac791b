package dev.godwit.processor.jpa;

import dev.godwit.processor.model.Identifiers;

/**
 * The names Hibernate 6.6 gives what a relation or collection adds when the mapping names none:
 * join tables, collection tables, join columns, list index and map key columns. All are logical
 * names (backtick-quoted where Hibernate quotes them); the physical naming strategy applies after.
 *
 * <p>Hibernate quotes an implicit table when a table it is built from is quoted, and an implicit
 * join column when the referenced table or column is quoted.
 */
final class ImplicitNames {
  private ImplicitNames() {}

  /**
   * A {@code @ManyToMany} or {@code @OneToMany} join table: JPA's {@code OWNER_TARGET} tables; under
   * Spring Boot's {@code SpringImplicitNamingStrategy} (snake_case) {@code OWNER_attribute}.
   */
  static String joinTable(Quoting quoting, Naming naming, String ownerLogicalTable, String targetLogicalTable, String attribute) {
    String second = naming == Naming.SNAKE_CASE ? attribute : Identifiers.bare(targetLogicalTable);
    String name = Identifiers.bare(ownerLogicalTable) + "_" + second;
    boolean quoted = Identifiers.isQuoted(ownerLogicalTable) || Identifiers.isQuoted(targetLogicalTable);
    return quoted ? Identifiers.quoted(name) : quoting.logical(name);
  }

  /** An {@code @ElementCollection} table: the owner's entity name and the attribute. */
  static String collectionTable(Quoting quoting, String ownerEntityName, String ownerLogicalTable, String attribute) {
    String name = ownerEntityName + "_" + attribute;
    return Identifiers.isQuoted(ownerLogicalTable) ? Identifiers.quoted(name) : quoting.logical(name);
  }

  /**
   * A join column: {@code prefix_referencedColumn}, where the prefix is the attribute (or the
   * entity name, for a collection's key without an inverse attribute).
   */
  static String joinColumn(Quoting quoting, String prefix, String referencedLogicalTable, String referencedColumn) {
    String column = quoting.logical(referencedColumn);
    String name = prefix + "_" + Identifiers.bare(column);
    boolean quoted = Identifiers.isQuoted(referencedLogicalTable) || Identifiers.isQuoted(column);
    return quoted ? Identifiers.quoted(name) : quoting.logical(name);
  }

  /** A list's {@code @OrderColumn} without a name. */
  static String orderColumn(Quoting quoting, String attribute) {
    return quoting.logical(attribute + "_ORDER");
  }

  /** A map's key column without {@code @MapKeyColumn(name)} or {@code @MapKeyJoinColumn(name)}. */
  static String mapKeyColumn(Quoting quoting, String attribute) {
    return quoting.logical(attribute + "_KEY");
  }
}
