package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.jpa.CollectionKind.Shape;
import dev.godwit.processor.jpa.Mirrors.Annotation;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.TypeKind;
import java.util.List;
import java.util.Optional;

/**
 * Hibernate's {@code @CollectionId} (an "idbag", matched by name): a bag's collection or join table
 * gets a surrogate id column, its primary key, filled by the named generator. As Hibernate 6.6 binds
 * it ({@code IdBagBinder}, {@code IdentifierCollection.createPrimaryKey}): the column is
 * {@code @CollectionId(column)}'s name (implicitly {@code id}), NOT NULL, typed by
 * {@code @CollectionIdJdbcTypeCode} (Hibernate cannot type it without one of its type annotations),
 * and the table's primary key is that column alone. The generator's sequence is {@link IdGeneration}'s.
 */
final class CollectionIds {
  static final String ANNOTATION = "org.hibernate.annotations.CollectionId";
  private static final String PACKAGE = "org.hibernate.annotations.";
  /** The type annotations of a collection id Godwit does not read: a Java or JDBC type class. */
  private static final List<String> TYPE_CLASSES = List.of("CollectionIdJavaType", "CollectionIdJdbcType",
      "CollectionIdType");

  private final ReadContext context;
  private final IdGeneration generation;

  CollectionIds(ReadContext context, IdGeneration generation) {
    this.context = context;
    this.generation = generation;
  }

  /**
   * The id column of the collection table {@code table}, whose generator is then recorded; an empty
   * inner value without {@code @CollectionId}; empty after reporting a collection id Godwit cannot map.
   */
  Optional<Optional<Column>> of(Attribute attribute, CollectionKind kind, Entity owner, String table,
      Optional<String> tableSchema) {
    Optional<Annotation> collectionId = context.mirrors.exact(attribute.element(), ANNOTATION);
    if (collectionId.isEmpty()) {
      return Optional.of(Optional.empty());
    }
    String generator = collectionId.get().string("generator");
    Optional<String> unsupported = kind.shape() != Shape.BAG
        ? Optional.of("on a " + kind.shape().name().toLowerCase(java.util.Locale.ROOT) + " (Hibernate maps an idbag "
            + "from a List or Collection without @OrderColumn)")
        : !Mirrors.qualifiedName(collectionId.get().type("generatorImplementation").orElseThrow())
            .equals("org.hibernate.id.IdentifierGenerator") ? Optional.of("with generatorImplementation")
        : generator.isEmpty() ? Optional.of("without a generator")
        : TYPE_CLASSES.stream().filter(t -> context.mirrors.exact(attribute.element(), PACKAGE + t).isPresent())
            .findFirst().map(t -> "with @" + t + " (use @CollectionIdJdbcTypeCode)");
    if (unsupported.isPresent()) {
      return fail(Code.UNSUPPORTED_MAPPING, "@CollectionId of " + attribute.name() + " " + unsupported.get()
          + " is not supported by Godwit yet", attribute);
    }
    if (List.of("identity", "assigned", "native").contains(generator)) {
      return fail(Code.INVALID_MAPPING, "@CollectionId(generator = \"" + generator + "\") of " + attribute.name()
          + ": Hibernate 6.6 refuses " + generator + " generation for a collection id", attribute);
    }
    Optional<ColumnType> type = type(attribute);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    Annotation column = collectionId.get().annotation("column", context.elements);
    boolean plain = column.string("columnDefinition").isEmpty() && column.string("table").isEmpty()
        && !column.bool("unique");
    if (!plain) {
      return fail(Code.UNSUPPORTED_MAPPING, "@CollectionId(column = @Column(...)) of " + attribute.name()
          + " with columnDefinition, table or unique is not supported by Godwit yet; give it a name only", attribute);
    }
    String logical = Optional.of(column.string("name")).filter(n -> !n.isEmpty()).orElse("id");
    String name = context.naming.physical(context.quoting.logical(logical));
    if (!generation.collectionId(attribute, owner, generator, table, tableSchema, name)) {
      return Optional.empty();
    }
    return Optional.of(Optional.of(new Column(name, type.get(), false, false)));
  }

  /**
   * True without {@code @CollectionId}; false after reporting one on a collection without a table of
   * its own ({@code where}: the mappedBy side, or a one-to-many keyed in the child's table).
   */
  boolean absent(Attribute attribute, String where) {
    if (context.mirrors.exact(attribute.element(), ANNOTATION).isEmpty()) {
      return true;
    }
    context.error(Code.UNSUPPORTED_MAPPING, "@CollectionId on " + attribute.name() + ", " + where
        + ", is not supported by Godwit: only a collection or join table of its own takes an id column", attribute.element());
    return false;
  }

  /** The column type {@code @CollectionIdJdbcTypeCode} gives; empty after reporting none or another. */
  private Optional<ColumnType> type(Attribute attribute) {
    Optional<Annotation> code = context.mirrors.exact(attribute.element(), PACKAGE + "CollectionIdJdbcTypeCode");
    if (code.isEmpty()) {
      fail(Code.INVALID_MAPPING, "@CollectionId of " + attribute.name() + " has no type: Hibernate 6.6 refuses it "
          + "(\"Unable to determine JavaType\"). Add @CollectionIdJdbcTypeCode(Types.BIGINT)", attribute);
      return Optional.empty();
    }
    Optional<TypeKind> kind = switch (code.get().integer("value")) {
      case java.sql.Types.BIGINT -> Optional.of(TypeKind.BIGINT);
      case java.sql.Types.INTEGER -> Optional.of(TypeKind.INTEGER);
      case java.sql.Types.SMALLINT -> Optional.of(TypeKind.SMALLINT);
      default -> Optional.empty();
    };
    if (kind.isEmpty()) {
      fail(Code.UNSUPPORTED_MAPPING, "@CollectionIdJdbcTypeCode(" + code.get().integer("value") + ") of "
          + attribute.name() + " is not supported by Godwit yet; supported: Types.BIGINT, INTEGER, SMALLINT", attribute);
    }
    return kind.map(ColumnType::of);
  }

  private <T> Optional<T> fail(Code code, String message, Attribute attribute) {
    context.error(code, message, attribute.element());
    return Optional.empty();
  }
}
