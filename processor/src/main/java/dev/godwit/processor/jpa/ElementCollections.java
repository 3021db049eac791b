package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.jpa.CollectionEmbeddables.Columns;
import dev.godwit.processor.jpa.CollectionIndexes.IndexColumns;
import dev.godwit.processor.jpa.CollectionKind.Shape;
import dev.godwit.processor.jpa.ForeignKeyColumns.Resolved;
import dev.godwit.processor.jpa.Mirrors.Annotation;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ColumnType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * {@code @ElementCollection}: a collection table ({@code @CollectionTable} or Hibernate's
 * {@code Entity_attribute}) with the owner's key, the element's columns (a basic value's named and
 * shaped by the attribute's {@code @Column}, {@code @Enumerated}; an embeddable's one per
 * attribute, with the join columns and foreign keys of its to-one relations), and any list index
 * or map key.
 */
final class ElementCollections implements AttributeMapping {
  private final ReadContext context;
  private final Map<String, Entity> entities;
  private final AttributeOwners owners;
  private final ForeignKeyColumns joins;
  private final CollectionIndexes indexes;
  private final CollectionTables tables;
  private final BasicColumns basics;
  private final ColumnNames names;
  private final CollectionEmbeddables embeddables;
  private final CollectionIds collectionIds;

  ElementCollections(ReadContext context, Map<String, Entity> entities, AttributeOwners owners, ForeignKeyColumns joins,
      CollectionIndexes indexes, CollectionTables tables, BasicColumns basics, ColumnNames names,
      CollectionEmbeddables embeddables, CollectionIds collectionIds) {
    this.embeddables = embeddables;
    this.collectionIds = collectionIds;
    this.context = context;
    this.entities = entities;
    this.owners = owners;
    this.joins = joins;
    this.indexes = indexes;
    this.tables = tables;
    this.basics = basics;
    this.names = names;
  }

  @Override
  public boolean applies(Attribute attribute) {
    return context.mirrors.hasJpa(attribute.element(), "ElementCollection");
  }

  @Override
  public void map(Attribute attribute, TableParts ownerTable) {
    Entity owner = owners.owner(attribute, ownerTable);
    List<Annotation> ownerJoins = context.mirrors.jpa(attribute.element(), "CollectionTable")
        .map(a -> a.annotations("joinColumns", context.elements)).orElse(List.of());
    // join columns to a column outside a key are read once that column's table is complete
    if (joins.refersOutsideKey(ownerJoins, Optional.of(owner), attribute.element())
        || joins.refersOutsideKey(joins.annotations(attribute.element(), "MapKeyJoinColumn", "MapKeyJoinColumns"),
            mapKeyEntity(attribute), attribute.element())) {
      joins.afterTables(() -> mapNow(attribute, owner));
    } else {
      mapNow(attribute, owner);
    }
  }

  /** The entity a map's key is, if it is one. */
  private Optional<Entity> mapKeyEntity(Attribute attribute) {
    return attribute.type() instanceof DeclaredType declared && declared.getTypeArguments().size() == 2
        ? Optional.ofNullable(entities.get(Mirrors.qualifiedName(declared.getTypeArguments().get(0))))
        : Optional.empty();
  }

  private void mapNow(Attribute attribute, Entity owner) {
    Annotation collection = context.mirrors.jpa(attribute.element(), "ElementCollection").orElseThrow();
    Optional<CollectionKind> kind = CollectionKind.of(attribute,
        collection.type("targetClass").filter(t -> !Mirrors.isVoid(t)), context);
    if (kind.isEmpty()) {
      return;
    }
    Optional<Annotation> annotation = context.mirrors.jpa(attribute.element(), "CollectionTable");
    String name = annotation.map(a -> a.string("name")).filter(n -> !n.isEmpty()).map(context.quoting::logical)
        .orElseGet(() -> ImplicitNames.collectionTable(context.quoting, owner.name(), joins.logicalTable(owner), attribute.name()));
    LinkTable table = new LinkTable(context.naming.physical(name), attribute.element(), "CollectionTable", context);
    Optional<Columns> element = element(attribute, kind.get(), owner, table.name());
    if (element.isEmpty()) {
      return;
    }
    List<Annotation> keyJoins = annotation.map(a -> a.annotations("joinColumns", context.elements)).orElse(List.of());
    Optional<Resolved> key = joins.resolveCollectionKey(keyJoins, owner,
        joins.implicitName(owner.name(), owner), true, attribute.element());
    if (key.isEmpty()) {
      return;
    }
    Optional<IndexColumns> index = indexes.of(attribute, kind.get(), owner, table.name(), true);
    Optional<Optional<Column>> id = collectionIds.of(attribute, kind.get(), owner, table.name(),
        annotation.flatMap(context::schemaOf));
    if (index.isEmpty() || id.isEmpty() || !table.add(key.get().columns()) || !table.add(element.get().columns())
        || !table.add(index.get().columns()) || !table.add(id.get().stream().toList())) {
      return;
    }
    table.addForeignKey(joins.foreignKey(joins.foreignKeyOf(annotation, "foreignKey", keyJoins), table.name(), owner,
        key.get()).map(fk -> fk.withOnDelete(context.onDeletes.of(attribute.element()))));
    element.get().foreignKeys().forEach(fk -> table.addForeignKey(Optional.of(fk)));
    element.get().uniqueKeys().forEach(table::addUniqueKey);
    index.get().foreignKeys().forEach(fk -> table.addForeignKey(Optional.of(fk)));
    index.get().uniqueKeys().forEach(table::addUniqueKey);
    table.primaryKey(id.get().map(c -> List.of(c.name())).orElseGet(() -> PluralAttributes.primaryKey(kind.get(),
        key.get().columns(), element.get().columns(), index.get().columns())));
    tables.add(table, owner, annotation);
  }

  /**
   * The element's columns: one for a basic value, nullable unless {@code @Column(nullable = false)};
   * those of an embeddable (see {@link CollectionEmbeddables}), whose attributes overrides on a map
   * name with the prefix {@code value.}.
   */
  private Optional<Columns> element(Attribute attribute, CollectionKind kind, Entity owner, String table) {
    TypeMirror type = kind.element();
    if (type instanceof DeclaredType d && context.mirrors.hasJpa(d.asElement(), "Embeddable")) {
      // Hibernate names the value of a map "value"; the elements of other collections need no prefix
      Attribute value = kind.shape() == Shape.MAP ? attribute.mapPart("value", type)
          : new Attribute(attribute.element(), attribute.name(), attribute.path(), type, false, attribute.scopes(),
              attribute.inEmbeddable(), attribute.inSingleTableSubclass(), false);
      return embeddables.of(value, owner, table);
    }
    Attribute value = new Attribute(attribute.element(), attribute.name(), attribute.path(), type, false,
        attribute.scopes(), attribute.inEmbeddable(), attribute.inSingleTableSubclass(), false);
    if (type instanceof DeclaredType d && context.mirrors.hasJpa(d.asElement(), "Entity")) {
      context.error(Code.INVALID_ASSOCIATION, "@ElementCollection " + attribute.name() + " holds entities; map it "
          + "with @OneToMany or @ManyToMany", attribute.element());
      return Optional.empty();
    }
    Optional<ColumnType> columnType = basics.type(value);
    if (columnType.isEmpty()) {
      context.error(Code.UNSUPPORTED_TYPE, "Godwit does not know how Hibernate maps the element type " + type
          + " of attribute " + attribute.name(), attribute.element());
      return Optional.empty();
    }
    boolean nullable = context.mirrors.jpa(attribute.element(), "Column").map(c -> c.bool("nullable")).orElse(true);
    Column column = new Column(context.physical(names.logical(value)), columnType.get(), nullable, false);
    return Optional.of(new Columns(List.of(column), List.of(), List.of()));
  }
}
