package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.jpa.Converters.Conversion;
import dev.godwit.processor.jpa.Mirrors.Annotation;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.TypeKind;
import java.util.List;
import java.util.Optional;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/** A basic attribute (a value of a type Hibernate maps to one column) and its column. */
final class BasicColumns implements AttributeMapping {
  private final ReadContext context;
  private final ColumnNames names;
  private final Overrides overrides;
  private final IdGeneration generation;
  private final Conversions conversions;
  private final ColumnDetails details;
  private final BeanValidationDdl beanValidation;

  BasicColumns(ReadContext context, ColumnNames names, Overrides overrides, IdGeneration generation,
      Conversions conversions) {
    this.context = context;
    this.names = names;
    this.overrides = overrides;
    this.generation = generation;
    this.conversions = conversions;
    this.details = new ColumnDetails(context.mirrors, context.elements);
    this.beanValidation = new BeanValidationDdl(context);
  }

  @Override
  public boolean applies(Attribute attribute) {
    return true;
  }

  @Override
  public void map(Attribute attribute, TableParts table) {
    if (attribute.id() && !inOwnTable(attribute, table)) {
      return;
    }
    unvalidated(attribute, table.root).ifPresent(unvalidated -> {
      Column column = beanValidation.apply(unvalidated, attribute);
      if (table.add(attribute, column)) {
        if (attribute.id()) {
          generation.filled(attribute, table.root, table.name(), column.name());
          table.referredToAs(column.name(), unvalidated.type());
        }
        beanValidation.check(column, attribute).ifPresent(check -> table.addChecks(List.of(check)));
        table.addChecks(details.checks(attribute.element(), Optional.of(column.name())));
        if (context.mirrors.exact(attribute.element(), "org.hibernate.annotations.NaturalId").isPresent()) {
          table.addNaturalIdColumn(attribute.name(), column.name());
        }
      }
    });
  }

  /**
   * False after reporting an identifier column that {@code @Column(table)} puts into another table
   * (a {@code @SecondaryTable}): Hibernate 6.6 keeps the key in the entity's table and then fails to
   * join the secondary table to it ("Unable to find column with physical name ...").
   */
  private boolean inOwnTable(Attribute attribute, TableParts table) {
    String named = overrides.column(attribute).map(c -> c.string("table")).orElse("");
    if (named.isEmpty() || table.isOwnTableName(named)) {
      return true;
    }
    context.error(Code.INVALID_MAPPING, "@Column(table = \"" + named + "\") on identifier attribute " + attribute.path()
        + ": an identifier column stays in the table of " + table.entity.type().getSimpleName() + " ("
        + dev.godwit.processor.model.Identifiers.bare(table.entity.table()) + "), and Hibernate 6.6 fails to build "
        + "the entity for any other table name (a @SecondaryTable, or the entity's table under another spelling). "
        + "Remove table", attribute.reportedOn());
    return false;
  }

  /** The attribute's column, or empty after reporting why Godwit cannot map it. */
  Optional<Column> column(Attribute attribute, Entity root) {
    return unvalidated(attribute, root).map(column -> beanValidation.apply(column, attribute));
  }

  /** The attribute's column before Hibernate Validator shapes it. */
  private Optional<Column> unvalidated(Attribute attribute, Entity root) {
    Optional<ColumnType> columnType = type(attribute, true);
    if (columnType.isEmpty()) {
      return Optional.empty();
    }
    boolean identity = attribute.id() && generation.identity(attribute, root, columnType.get());
    Column column = new Column(context.physical(names.logical(attribute)), columnType.get(), nullable(attribute),
        identity);
    return Optional.of(details.decorate(column, attribute.element()));
  }

  /**
   * Hibernate's nullability: ids and {@code @Column(nullable = false)} are NOT NULL everywhere;
   * {@code @Basic(optional = false)} except in a SINGLE_TABLE subclass (a boxed {@code @Version}
   * stays nullable); a
   * primitive only directly on an entity that has its own table.
   */
  private boolean nullable(Attribute attribute) {
    Mirrors mirrors = context.mirrors;
    boolean explicit = !overrides.column(attribute).map(c -> c.bool("nullable")).orElse(true);
    // a boxed @Version stays nullable in Hibernate 6.6; only optional = false makes a basic required
    boolean required = !mirrors.jpa(attribute.element(), "Basic").map(b -> b.bool("optional")).orElse(true);
    boolean primitive = attribute.type().getKind().isPrimitive();
    return !attribute.id() && !explicit && !(required && !attribute.inSingleTableSubclass())
        && !(primitive && !attribute.inEmbeddable() && !attribute.inSingleTableSubclass() && !attribute.inSecondaryTable());
  }

  /** The column type Hibernate gives the attribute, or empty when Godwit does not know it. */
  Optional<ColumnType> type(Attribute attribute) {
    return type(attribute, false);
  }

  private Optional<ColumnType> type(Attribute attribute, boolean report) {
    Mirrors mirrors = context.mirrors;
    Optional<Annotation> column = overrides.column(attribute);
    String enumType = mirrors.jpa(attribute.element(), "Enumerated").map(e -> e.constant("value")).orElse("ORDINAL");
    TypeMapper.Facets facets = new TypeMapper.Facets(
        column.map(c -> c.integer("length")).orElse(0),
        column.map(c -> c.integer("precision")).orElse(0),
        column.map(c -> c.integer("scale")).orElse(0),
        mirrors.hasJpa(attribute.element(), "Lob"),
        enumType,
        mirrors.jpa(attribute.element(), "Temporal").map(t -> t.constant("value")).orElse(""));
    if (JdbcTypeCodes.isJson(context, attribute)) {
      return Optional.of(ColumnType.of(TypeKind.JSON)); // any Java type, serialized by Hibernate's JSON mapper
    }
    Optional<Conversion> conversion = conversions.of(attribute);
    if (conversion.isPresent() && conversion.get().attributeType().toString().equals("java.lang.Boolean")) {
      if (report) {
        context.error(Code.UNSUPPORTED_MAPPING, "@Convert on a Boolean attribute is not supported by Godwit yet: "
            + "Hibernate adds a check constraint holding the converter's values for true and false, which only "
            + "running the converter can tell", attribute.element());
      }
      return Optional.empty();
    }
    TypeMirror mapped = conversion.map(Conversion::databaseType).orElse(attribute.type());
    Optional<ColumnType> type = TypeMapper.map(mapped, facets);
    if (type.isEmpty()) {
      if (report) {
        reportUnmapped(attribute, mapped, conversion.isPresent());
      }
      return Optional.empty();
    }
    if (type.get().kind() == TypeKind.REAL || type.get().kind() == TypeKind.DOUBLE) {
      if (facets.scale() > 0) {
        if (report) {
          context.error(Code.INVALID_MAPPING, "@Column(scale = " + facets.scale() + ") on floating point attribute "
              + attribute.name() + ": Hibernate refuses it (scale has no meaning for SQL floating point types); "
              + "use BigDecimal for a fixed scale", attribute.element());
        }
        return Optional.empty();
      }
    }
    return JdbcTypeCodes.apply(context, attribute, type.get(), facets, report);
  }

  private void reportUnmapped(Attribute attribute, TypeMirror type, boolean converted) {
    if (type instanceof DeclaredType d && context.mirrors.hasJpa(d.asElement(), "Entity")) {
      context.error(Code.UNSUPPORTED_MAPPING, "attribute " + attribute.name()
          + " refers to an entity without @ManyToOne or @OneToOne", attribute.element());
    } else {
      context.error(Code.UNSUPPORTED_TYPE, "Godwit does not know how Hibernate maps type " + type
          + (converted ? " (the database type of its converter)" : "") + " of attribute " + attribute.name()
          + "; supported: " + String.join(", ", SUPPORTED) + "; or mark it @Transient", attribute.element());
    }
  }

  private static final List<String> SUPPORTED = List.of("String", "Character", "numbers", "Boolean", "BigDecimal",
      "BigInteger", "java.time types", "java.util.Date/Calendar", "java.sql Date/Time/Timestamp/Clob/Blob", "UUID",
      "byte[]", "enums", "types with an AttributeConverter");
}
