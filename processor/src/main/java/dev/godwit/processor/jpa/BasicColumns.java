package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.jpa.Mirrors.Annotation;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ColumnType;
import java.util.Optional;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/** A basic attribute (a value of a type Hibernate maps to one column) and its column. */
final class BasicColumns implements AttributeMapping {
  private final ReadContext context;
  private final ColumnNames names;
  private final Overrides overrides;
  private final IdGeneration generation;

  BasicColumns(ReadContext context, ColumnNames names, Overrides overrides, IdGeneration generation) {
    this.context = context;
    this.names = names;
    this.overrides = overrides;
    this.generation = generation;
  }

  @Override
  public boolean applies(Attribute attribute) {
    return true;
  }

  @Override
  public void map(Attribute attribute, TableParts table) {
    column(attribute, table.root).ifPresent(column -> table.add(attribute, column));
  }

  /** The attribute's column, or empty after reporting why Godwit cannot map it. */
  Optional<Column> column(Attribute attribute, Entity root) {
    Optional<ColumnType> columnType = type(attribute);
    if (columnType.isEmpty()) {
      reportUnmapped(attribute);
      return Optional.empty();
    }
    boolean identity = attribute.id() && generation.identity(attribute, root, columnType.get());
    return Optional.of(new Column(context.physical(names.logical(attribute)), columnType.get(), nullable(attribute),
        identity));
  }

  /**
   * Hibernate's nullability: ids and {@code @Column(nullable = false)} are NOT NULL everywhere;
   * {@code @Basic(optional = false)} and {@code @Version} except in a SINGLE_TABLE subclass; a
   * primitive only directly on an entity that has its own table.
   */
  private boolean nullable(Attribute attribute) {
    Mirrors mirrors = context.mirrors;
    boolean explicit = !overrides.column(attribute).map(c -> c.bool("nullable")).orElse(true);
    boolean required = !mirrors.jpa(attribute.element(), "Basic").map(b -> b.bool("optional")).orElse(true)
        || mirrors.hasJpa(attribute.element(), "Version");
    boolean primitive = attribute.type().getKind().isPrimitive();
    return !attribute.id() && !explicit && !(required && !attribute.inSingleTableSubclass())
        && !(primitive && !attribute.inEmbeddable() && !attribute.inSingleTableSubclass());
  }

  /** The column type Hibernate gives the attribute, or empty when Godwit does not know it. */
  Optional<ColumnType> type(Attribute attribute) {
    Mirrors mirrors = context.mirrors;
    Optional<Annotation> column = overrides.column(attribute);
    String enumType = mirrors.jpa(attribute.element(), "Enumerated").map(e -> e.constant("value")).orElse("ORDINAL");
    TypeMapper.Facets facets = new TypeMapper.Facets(
        column.map(c -> c.integer("length")).orElse(0),
        column.map(c -> c.integer("precision")).orElse(0),
        column.map(c -> c.integer("scale")).orElse(0),
        mirrors.hasJpa(attribute.element(), "Lob"),
        enumType);
    return TypeMapper.map(attribute.type(), facets);
  }

  private void reportUnmapped(Attribute attribute) {
    TypeMirror type = attribute.type();
    if (type instanceof DeclaredType d && context.mirrors.hasJpa(d.asElement(), "Entity")) {
      context.error(Code.UNSUPPORTED_MAPPING, "attribute " + attribute.name()
          + " refers to an entity without @ManyToOne or @OneToOne", attribute.element());
    } else {
      context.error(Code.UNSUPPORTED_TYPE, "Godwit does not know how Hibernate maps type " + type
          + " of attribute " + attribute.name() + "; supported: String, numbers, Boolean, BigDecimal, "
          + "java.time types, UUID, byte[], enums; or mark it @Transient", attribute.element());
    }
  }
}
