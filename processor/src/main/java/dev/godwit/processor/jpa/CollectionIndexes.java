package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.jpa.CollectionKind.Shape;
import dev.godwit.processor.jpa.Mirrors.Annotation;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.TypeKind;
import java.util.List;
import java.util.Optional;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * The columns that locate an element in an indexed collection: a list's {@code @OrderColumn}, a
 * map's key column ({@code @MapKeyColumn}, {@code @MapKeyEnumerated}, {@code @MapKeyTemporal}) or key join columns
 * ({@code @MapKeyJoinColumn}, or an entity key) or an embeddable key's columns; none for
 * {@code @MapKey}, whose key is an attribute of the element.
 */
final class CollectionIndexes {
  /**
   * The index columns with the foreign keys of an entity map key or of relations in an embeddable
   * key, and the unique keys Hibernate gives the table for them: the key column when
   * {@code @MapKeyColumn(unique = true)}, the join columns of a {@code @OneToOne} in an embeddable key.
   */
  record IndexColumns(List<Column> columns, List<ForeignKey> foreignKeys, List<List<String>> uniqueKeys) {
    static final IndexColumns NONE = new IndexColumns(List.of(), List.of(), List.of());
  }

  private final ReadContext context;
  private final java.util.Map<String, Entity> entities;
  private final ForeignKeyColumns joins;
  private final CollectionEmbeddables embeddables;
  private final Conversions conversions;

  CollectionIndexes(ReadContext context, java.util.Map<String, Entity> entities, ForeignKeyColumns joins,
      CollectionEmbeddables embeddables, Conversions conversions) {
    this.context = context;
    this.embeddables = embeddables;
    this.conversions = conversions;
    this.entities = entities;
    this.joins = joins;
  }

  /**
   * The index columns in {@code table}, or empty after reporting why not.
   *
   * @param owner the entity whose attribute the collection is
   * @param inCollectionTable true in a join or collection table (where they are part of the primary
   *     key), false in the child table of a one-to-many
   */
  Optional<IndexColumns> of(Attribute attribute, CollectionKind kind, Entity owner, String table,
      boolean inCollectionTable) {
    Mirrors mirrors = context.mirrors;
    // every kind of collection comes here: the place to check its converts (values, map keys)
    conversions.checkCollection(attribute.element(), kind.element());
    if (kind.shape() == Shape.LIST) {
      Annotation order = mirrors.jpa(attribute.element(), "OrderColumn").orElseThrow();
      String logical = order.string("name").isEmpty() ? ImplicitNames.orderColumn(context.quoting, attribute.name())
          : context.quoting.logical(order.string("name"));
      boolean nullable = !inCollectionTable && order.bool("nullable");
      return Optional.of(new IndexColumns(
          List.of(new Column(context.naming.physical(logical), ColumnType.of(TypeKind.INTEGER), nullable, false)
              .withDefinition(definition(order))),
          List.of(), List.of()));
    }
    if (kind.shape() != Shape.MAP || mirrors.hasJpa(attribute.element(), "MapKey")) {
      return Optional.of(IndexColumns.NONE);
    }
    TypeMirror keyType = kind.mapKey().orElseThrow();
    List<Annotation> keyJoins = joins.annotations(attribute.element(), "MapKeyJoinColumn", "MapKeyJoinColumns");
    Entity keyEntity = entities.get(Mirrors.qualifiedName(keyType));
    if (keyEntity != null || !keyJoins.isEmpty()) {
      return entityKey(attribute, keyEntity, keyType, keyJoins, table, inCollectionTable);
    }
    if (keyType instanceof DeclaredType d && mirrors.hasJpa(d.asElement(), "Embeddable")) {
      // overrides name the key's attributes with the prefix "key."; in a join or collection table
      // its columns are part of the primary key, in the child table of a one-to-many they stay nullable
      Optional<CollectionEmbeddables.Columns> key = embeddables.of(attribute.mapPart("key", keyType), owner, table);
      if (key.isPresent() && !inCollectionTable && !key.get().uniqueKeys().isEmpty()) {
        context.error(Code.UNSUPPORTED_MAPPING, "a @OneToOne inside the embeddable key of a one-to-many map without a "
            + "join table (its unique key in the target's table) is not supported by Godwit yet; the migration would "
            + "differ from the schema Hibernate builds", attribute.element());
        return Optional.empty();
      }
      return key.map(k -> new IndexColumns(k.columns(), k.foreignKeys(), k.uniqueKeys()));
    }
    Optional<Annotation> keyColumn = mirrors.jpa(attribute.element(), "MapKeyColumn");
    TypeMapper.Facets facets = new TypeMapper.Facets(
        keyColumn.map(c -> c.integer("length")).orElse(0),
        keyColumn.map(c -> c.integer("precision")).orElse(0),
        keyColumn.map(c -> c.integer("scale")).orElse(0),
        false,
        mirrors.jpa(attribute.element(), "MapKeyEnumerated").map(e -> e.constant("value")).orElse("ORDINAL"),
        mirrors.jpa(attribute.element(), "MapKeyTemporal").map(t -> t.constant("value")).orElse(""));
    // a converter named by @Convert(attributeName = "key"), or auto-applied to the key's type
    TypeMirror columnType = conversions.ofMapKey(attribute.element(), keyType, kind.element())
        .map(Converters.Conversion::databaseType).orElse(keyType);
    Optional<ColumnType> type = TypeMapper.map(columnType, facets);
    if (type.isEmpty()) {
      context.error(Code.UNSUPPORTED_TYPE, "Godwit does not know how Hibernate maps the map key type " + columnType
          + (columnType == keyType ? "" : " (the database type of its converter)") + " of attribute " + attribute.name(),
          attribute.element());
      return Optional.empty();
    }
    String logical = keyColumn.map(c -> c.string("name")).filter(n -> !n.isEmpty()).map(context.quoting::logical)
        .orElse(ImplicitNames.mapKeyColumn(context.quoting, attribute.name()));
    boolean unique = keyColumn.map(c -> c.bool("unique")).orElse(false);
    if (unique && !inCollectionTable) {
      context.error(Code.UNSUPPORTED_MAPPING, "@MapKeyColumn(unique = true) on a one-to-many without a join table "
          + "is not supported by Godwit yet; the migration would differ from the schema Hibernate builds",
          attribute.element());
      return Optional.empty();
    }
    // In the child table of a one-to-many the key column stays nullable, as Hibernate leaves it.
    Column column = new Column(context.naming.physical(logical), type.get(), !inCollectionTable, false)
        .withDefinition(keyColumn.flatMap(CollectionIndexes::definition));
    return Optional.of(new IndexColumns(List.of(column), List.of(),
        unique ? List.of(List.of(column.name())) : List.of()));
  }

  /** A {@code columnDefinition}, which Hibernate writes in place of the type whether the column is named or not. */
  private static Optional<String> definition(Annotation column) {
    return Optional.of(column.string("columnDefinition")).filter(d -> !d.isEmpty());
  }

  private Optional<IndexColumns> entityKey(Attribute attribute, Entity keyEntity, TypeMirror keyType,
      List<Annotation> keyJoins, String table, boolean inCollectionTable) {
    if (keyEntity == null) {
      context.error(Code.UNKNOWN_RELATION_TARGET, "the map key of " + attribute.name() + " (" + keyType
          + ") is not an entity of this compilation", attribute.element());
      return Optional.empty();
    }
    Optional<ForeignKeyColumns.Resolved> columns = joins.resolveCollectionKey(keyJoins, keyEntity,
        key -> ImplicitNames.mapKeyColumn(context.quoting, attribute.name()), inCollectionTable, attribute.element());
    if (columns.isEmpty()) {
      return Optional.empty();
    }
    Optional<Annotation> container = context.mirrors.jpa(attribute.element(), "MapKeyJoinColumns");
    Optional<ForeignKey> foreignKey = joins.foreignKey(joins.foreignKeyOf(container, "foreignKey", keyJoins), table,
        keyEntity, columns.get());
    return Optional.of(new IndexColumns(columns.get().columns(), foreignKey.stream().toList(), List.of()));
  }
}
