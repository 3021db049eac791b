package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.jpa.CollectionIndexes.IndexColumns;
import dev.godwit.processor.jpa.CollectionKind.Shape;
import dev.godwit.processor.jpa.ForeignKeyColumns.Resolved;
import dev.godwit.processor.jpa.Mirrors.Annotation;
import dev.godwit.processor.model.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * {@code @OneToMany} and {@code @ManyToMany}: a join table with the owner's key, the target's key
 * and any list index or map key; for a one-to-many with {@code @JoinColumn} the owner's key (and
 * index) in the target's table instead; for the {@code mappedBy} side only an index column in the
 * target's table. Element collections are {@link ElementCollections}.
 */
final class PluralAttributes implements AttributeMapping {
  private final ReadContext context;
  private final Map<String, Entity> entities;
  private final ForeignKeyColumns joins;
  private final CollectionIndexes indexes;
  private final CollectionTables tables;
  private final AttributeOwners owners;
  private final InverseDeletes inverseDeletes;
  private final CollectionIds collectionIds;

  PluralAttributes(ReadContext context, Map<String, Entity> entities, AttributeOwners owners, ForeignKeyColumns joins,
      CollectionIndexes indexes, CollectionTables tables, CollectionIds collectionIds) {
    this.collectionIds = collectionIds;
    this.context = context;
    this.entities = entities;
    this.owners = owners;
    this.joins = joins;
    this.indexes = indexes;
    this.tables = tables;
    this.inverseDeletes = new InverseDeletes(context, entities);
  }

  @Override
  public boolean applies(Attribute attribute) {
    return context.mirrors.hasJpa(attribute.element(), "OneToMany") || context.mirrors.hasJpa(attribute.element(), "ManyToMany");
  }

  @Override
  public void map(Attribute attribute, TableParts table) {
    Entity owner = owners.owner(attribute, table);
    Optional<Annotation> joinTable = context.mirrors.jpa(attribute.element(), "JoinTable");
    List<Annotation> ownerJoins = new ArrayList<>(joins.annotations(attribute.element(), "JoinColumn", "JoinColumns"));
    joinTable.ifPresent(t -> ownerJoins.addAll(t.annotations("joinColumns", context.elements)));
    List<Annotation> targetJoins = joinTable.map(t -> t.annotations("inverseJoinColumns", context.elements))
        .orElse(List.of());
    // join columns to a column outside a key are read once that column's table is complete
    if (joins.refersOutsideKey(ownerJoins, Optional.of(owner), attribute.element())
        || joins.refersOutsideKey(targetJoins, typeArgument(attribute, -1), attribute.element())
        || joins.refersOutsideKey(joins.annotations(attribute.element(), "MapKeyJoinColumn", "MapKeyJoinColumns"),
            typeArgument(attribute, 2), attribute.element())) {
      joins.afterTables(() -> mapNow(attribute, table));
    } else {
      mapNow(attribute, table);
    }
  }

  /**
   * The entity of the attribute type's last type argument ({@code -1}), or of the first of a map's
   * two ({@code 2}), if it is one.
   */
  private Optional<Entity> typeArgument(Attribute attribute, int which) {
    if (!(attribute.type() instanceof DeclaredType declared) || declared.getTypeArguments().isEmpty()
        || which == 2 && declared.getTypeArguments().size() != 2) {
      return Optional.empty();
    }
    List<? extends TypeMirror> arguments = declared.getTypeArguments();
    return Optional.ofNullable(entities.get(Mirrors.qualifiedName(which == 2 ? arguments.get(0)
        : arguments.get(arguments.size() - 1))));
  }

  private void mapNow(Attribute attribute, TableParts table) {
    boolean oneToMany = context.mirrors.hasJpa(attribute.element(), "OneToMany");
    Annotation relation = context.mirrors.jpa(attribute.element(), oneToMany ? "OneToMany" : "ManyToMany").orElseThrow();
    Optional<TypeMirror> targetType = relation.type("targetEntity").filter(t -> !Mirrors.isVoid(t));
    Optional<CollectionKind> kind = CollectionKind.of(attribute, targetType, context);
    if (kind.isEmpty()) {
      return;
    }
    Entity target = entities.get(Mirrors.qualifiedName(kind.get().element()));
    if (target == null) {
      context.error(Code.UNKNOWN_RELATION_TARGET, "the target of " + attribute.name() + " (" + kind.get().element()
          + ") is not an entity of this compilation", attribute.element());
      return;
    }
    String mappedBy = relation.string("mappedBy");
    if (!mappedBy.isEmpty()) {
      if (!collectionIds.absent(attribute, "the mappedBy side")) {
        return;
      }
      inverse(attribute, kind.get(), owners.owner(attribute, table), target, mappedBy, oneToMany);
    } else if (oneToMany && context.mirrors.hasJpa(attribute.element(), "JoinTable")
        || joins.annotations(attribute.element(), "JoinColumn", "JoinColumns").isEmpty()) {
      joinTable(attribute, kind.get(), owners.owner(attribute, table), target, oneToMany);
    } else if (oneToMany) {
      if (!collectionIds.absent(attribute, "a @OneToMany keyed by @JoinColumn in the child's table")) {
        return;
      }
      keyInTarget(attribute, kind.get(), owners.owner(attribute, table), target);
    } else {
      context.error(Code.INVALID_ASSOCIATION, "@ManyToMany " + attribute.name()
          + " has @JoinColumn; Hibernate needs its join columns in @JoinTable(joinColumns = ...)", attribute.element());
    }
  }

  /** The side without the key: nothing of its own, but a one-to-many's index lives in the target's table. */
  private void inverse(Attribute attribute, CollectionKind kind, Entity owner, Entity target, String mappedBy,
      boolean oneToMany) {
    if (!mappedBy.contains(".") && !declares(target, mappedBy)) {
      context.error(Code.INVALID_ASSOCIATION, "mappedBy = \"" + mappedBy + "\" of " + attribute.name()
          + " names no attribute of " + target.type().getSimpleName(), attribute.element());
      return;
    }
    if (oneToMany && context.onDeletes.present(attribute.element())
        && !inverseDeletes.check(attribute, owner, target, mappedBy)) {
      return;
    }
    if (!oneToMany) {
      if (kind.shape() == Shape.LIST) {
        context.error(Code.INVALID_ASSOCIATION, "the mappedBy side of a @ManyToMany may not have @OrderColumn; "
            + "Hibernate refuses it", attribute.element());
      }
      return;
    }
    indexes.of(attribute, kind, owner, joins.table(target), false)
        .ifPresent(index -> tables.addToEntity(target, joins.table(target), attribute, index.columns(), index.foreignKeys()));
  }

  /** {@code @OneToMany @JoinColumn}: the owner's key, and the index, are columns of the target's table. */
  private void keyInTarget(Attribute attribute, CollectionKind kind, Entity owner, Entity target) {
    List<Annotation> keyJoins = joins.annotations(attribute.element(), "JoinColumn", "JoinColumns");
    Optional<Resolved> key = joins.resolveCollectionKey(keyJoins, owner,
        joins.implicitName(attribute.name(), owner), false, attribute.element());
    Optional<IndexColumns> index = indexes.of(attribute, kind, owner, joins.table(target), false);
    if (key.isEmpty() || index.isEmpty()) {
      return;
    }
    Optional<Annotation> container = context.mirrors.jpa(attribute.element(), "JoinColumns");
    tables.addToEntity(target, joins.table(target), attribute, key.get().columns(),
        joins.foreignKey(joins.foreignKeyOf(container, "foreignKey", keyJoins), joins.table(target), owner, key.get())
            .map(fk -> fk.withOnDelete(context.onDeletes.of(attribute.element()))).stream().toList());
    tables.addToEntity(target, joins.table(target), attribute, index.get().columns(), index.get().foreignKeys());
  }

  private void joinTable(Attribute attribute, CollectionKind kind, Entity owner, Entity target, boolean oneToMany) {
    Optional<Annotation> annotation = context.mirrors.jpa(attribute.element(), "JoinTable");
    String name = annotation.map(a -> a.string("name")).filter(n -> !n.isEmpty()).map(context.quoting::logical)
        .orElseGet(() -> ImplicitNames.joinTable(context.quoting, context.naming, joins.logicalTable(owner), joins.logicalTable(target),
            attribute.name()));
    LinkTable table = new LinkTable(context.naming.physical(name), attribute.element(), "JoinTable", context);
    // The owner's columns are named after the inverse attribute when the association is bidirectional.
    String ownerPrefix = oneToMany ? owner.name() : inverseAttribute(owner, target, attribute).orElse(owner.name());
    List<Annotation> keyJoins = annotation.map(a -> a.annotations("joinColumns", context.elements)).orElse(List.of());
    List<Annotation> elementJoins = annotation.map(a -> a.annotations("inverseJoinColumns", context.elements))
        .orElse(List.of());
    Optional<Resolved> key = joins.resolveCollectionKey(keyJoins, owner,
        joins.implicitName(ownerPrefix, owner), true, attribute.element());
    Optional<Resolved> element = joins.resolveCollectionKey(elementJoins, target,
        joins.implicitName(attribute.name(), target), true, attribute.element());
    if (key.isEmpty() || element.isEmpty()) {
      return;
    }
    Optional<IndexColumns> index = indexes.of(attribute, kind, owner, table.name(), true);
    Optional<Optional<Column>> id = collectionIds.of(attribute, kind, owner, table.name(),
        annotation.flatMap(context::schemaOf));
    if (index.isEmpty() || id.isEmpty() || !table.add(key.get().columns()) || !table.add(element.get().columns())
        || !table.add(index.get().columns()) || !table.add(id.get().stream().toList())) {
      return;
    }
    table.addForeignKey(joins.foreignKey(joins.foreignKeyOf(annotation, "foreignKey", keyJoins), table.name(), owner,
        key.get()).map(fk -> fk.withOnDelete(context.onDeletes.of(attribute.element()))));
    table.addForeignKey(joins.foreignKey(joins.foreignKeyOf(annotation, "inverseForeignKey", elementJoins),
        table.name(), target, element.get()));
    index.get().foreignKeys().forEach(fk -> table.addForeignKey(Optional.of(fk)));
    index.get().uniqueKeys().forEach(table::addUniqueKey);
    if (oneToMany) {
      table.addUniqueKey(element.get().names());
    }
    table.primaryKey(id.get().map(c -> List.of(c.name()))
        .orElseGet(() -> primaryKey(kind, key.get().columns(), element.get().columns(), index.get().columns())));
    tables.add(table, owner, annotation);
  }

  /** The attribute of the target whose {@code @ManyToMany(mappedBy)} names this attribute. */
  private Optional<String> inverseAttribute(Entity owner, Entity target, Attribute attribute) {
    String ownerName = owner.type().getQualifiedName().toString();
    for (Attribute candidate : target.attributes()) {
      Optional<Annotation> manyToMany = context.mirrors.jpa(candidate.element(), "ManyToMany");
      if (manyToMany.isPresent() && manyToMany.get().string("mappedBy").equals(attribute.name())
          && elementTypeName(candidate, manyToMany.get()).equals(ownerName)) {
        return Optional.of(candidate.name());
      }
    }
    return Optional.empty();
  }

  /** True when the entity or an entity it extends has the attribute. */
  private boolean declares(Entity entity, String attribute) {
    for (Entity e = entity; e != null; e = e.parent().map(p -> entities.get(p.getQualifiedName().toString())).orElse(null)) {
      if (e.attributes().stream().anyMatch(a -> a.name().equals(attribute))) {
        return true;
      }
    }
    return false;
  }

  private static String elementTypeName(Attribute attribute, Annotation relation) {
    Optional<TypeMirror> explicit = relation.type("targetEntity").filter(t -> !Mirrors.isVoid(t));
    if (explicit.isPresent()) {
      return Mirrors.qualifiedName(explicit.get());
    }
    if (attribute.type() instanceof DeclaredType declared && !declared.getTypeArguments().isEmpty()) {
      List<? extends TypeMirror> arguments = declared.getTypeArguments();
      return Mirrors.qualifiedName(arguments.get(arguments.size() - 1));
    }
    return "";
  }

  /**
   * Hibernate's primary key of a collection table: a set's key and element columns (when none of
   * them is nullable), a list's or map's key and index, a map with {@code @MapKey} its key and
   * element; a bag has none.
   */
  static List<String> primaryKey(CollectionKind kind, List<Column> key, List<Column> element,
      List<Column> index) {
    List<String> columns = new ArrayList<>(key.stream().map(Column::name).toList());
    List<Column> rest = switch (kind.shape()) {
      case SET -> element.stream().anyMatch(Column::nullable) ? null : element;
      case LIST, MAP -> index.isEmpty() ? element : index;
      case BAG -> null;
    };
    if (rest == null) {
      return List.of();
    }
    rest.forEach(c -> columns.add(c.name()));
    return columns;
  }
}
