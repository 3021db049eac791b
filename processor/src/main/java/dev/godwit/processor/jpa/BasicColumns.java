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
  private final IdGeneration generation;

  BasicColumns(ReadContext context, ColumnNames names, IdGeneration generation) {
    this.context = context;
    this.names = names;
    this.generation = generation;
  }

  @Override
  public boolean applies(Attribute attribute) {
    return true;
  }

  @Override
  public void map(Attribute attribute, TableParts table) {
    column(attribute, table.entity).ifPresent(column -> table.add(attribute, column));
  }

  /** The attribute's column, or empty after reporting why Godwit cannot map it. */
  Optional<Column> column(Attribute attribute, Entity entity) {
    Optional<ColumnType> columnType = type(attribute);
    if (columnType.isEmpty()) {
      reportUnmapped(attribute);
      return Optional.empty();
    }
    Mirrors mirrors = context.mirrors;
    boolean nullable = !attribute.id() && !attribute.type().getKind().isPrimitive()
        && mirrors.jpa(attribute.element(), "Column").map(c -> c.bool("nullable")).orElse(true)
        && mirrors.jpa(attribute.element(), "Basic").map(b -> b.bool("optional")).orElse(true)
        && !mirrors.hasJpa(attribute.element(), "Version");
    boolean identity = attribute.id() && generation.identity(attribute, entity, columnType.get());
    return Optional.of(new Column(context.physical(names.logical(attribute)), columnType.get(), nullable, identity));
  }

  /** The column type Hibernate gives the attribute, or empty when Godwit does not know it. */
  Optional<ColumnType> type(Attribute attribute) {
    Mirrors mirrors = context.mirrors;
    Optional<Annotation> column = mirrors.jpa(attribute.element(), "Column");
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
    if (type instanceof DeclaredType d && context.mirrors.hasJpa(d.asElement(), "Embeddable")) {
      context.error(Code.UNSUPPORTED_MAPPING, "embeddable attributes are not supported by Godwit yet",
          attribute.element());
    } else if (type instanceof DeclaredType d && context.mirrors.hasJpa(d.asElement(), "Entity")) {
      context.error(Code.UNSUPPORTED_MAPPING, "attribute " + attribute.name()
          + " refers to an entity without @ManyToOne or @OneToOne", attribute.element());
    } else {
      context.error(Code.UNSUPPORTED_TYPE, "Godwit does not know how Hibernate maps type " + type
          + " of attribute " + attribute.name() + "; supported: String, numbers, Boolean, BigDecimal, "
          + "java.time types, UUID, byte[], enums; or mark it @Transient", attribute.element());
    }
  }
}
