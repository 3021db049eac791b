package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.jpa.Mirrors.Annotation;
import dev.godwit.processor.jpa.TableParts.KeyColumn;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.Identifiers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;

/**
 * The join columns of a to-one relation whose {@code @JoinColumn(referencedColumnName)} names a
 * column of the target's table outside its primary key, as Hibernate 6.6 binds them (a property
 * reference): each join column takes the referenced column's SQL type, and the foreign key refers
 * to those columns. Over several columns Hibernate also makes them a unique key of the target's
 * table (an implicit one, which a {@code @UniqueConstraint} on the same columns replaces); a single
 * referenced column gets none, so it must be unique already (an error otherwise: H2, PostgreSQL
 * and MySQL refuse the key).
 * They are read once every table is complete, as the referenced column may belong to any entity.
 */
final class NonKeyJoinColumns {
  private final ReadContext context;
  private final KeyColumns keys;
  private final Overrides overrides;
  private final ForeignKeyColumns joinColumns;

  NonKeyJoinColumns(ReadContext context, KeyColumns keys, Overrides overrides, ForeignKeyColumns joinColumns) {
    this.context = context;
    this.keys = keys;
    this.overrides = overrides;
    this.joinColumns = joinColumns;
  }

  /** True when a declared join column names a column that is not one of the target's key columns. */
  static boolean refersOutsideKey(List<Annotation> declared, List<KeyColumn> targetKey) {
    return declared.stream().map(j -> Identifiers.bare(j.string("referencedColumnName")))
        .anyMatch(r -> !r.isEmpty() && targetKey.stream().noneMatch(k -> Identifiers.bare(k.logicalName())
            .equalsIgnoreCase(r) || Identifiers.bare(k.column().name()).equalsIgnoreCase(r)));
  }

  /** Adds the relation's columns and keys to {@code table}, once every table is complete. */
  void map(Attribute attribute, Annotation relation, Entity target, List<Annotation> declared, boolean noConstraint,
      TableParts table) {
    keys.afterTables(() -> mapNow(attribute, relation, target, declared, noConstraint, table));
  }

  private void mapNow(Attribute attribute, Annotation relation, Entity target, List<Annotation> declared,
      boolean noConstraint, TableParts table) {
    Element element = attribute.element();
    TableParts targetTable = keys.tableOf(target);
    List<Column> referenced = new ArrayList<>();
    for (Annotation join : declared) {
      String name = join.string("referencedColumnName");
      Optional<Column> column = targetTable.resolve(name).flatMap(targetTable::column);
      if (name.isEmpty() || column.isEmpty()) {
        context.error(Code.INVALID_ASSOCIATION, "@JoinColumn(referencedColumnName = \"" + name + "\") of "
            + attribute.name() + " names no column of table " + targetTable.name() + " (" + String.join(", ",
                targetTable.columnNames()) + "); with several join columns each must name the column it refers to",
            element);
        return;
      }
      referenced.add(column.get());
    }
    if (referenced.size() > 1 && !inPropertyOrder(attribute, targetTable, referenced)
        || referenced.size() == 1 && !unique(attribute, targetTable, referenced.get(0))) {
      return;
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < declared.size(); i++) {
      Annotation join = declared.get(i);
      Column target0 = referenced.get(i);
      String implicit = attribute.name() + "_" + Identifiers.bare(context.quoting.logical(
          join.string("referencedColumnName")));
      String logical = Optional.of(join.string("name")).filter(n -> !n.isEmpty()).map(context.quoting::logical)
          .orElseGet(() -> Identifiers.isQuoted(keys.logicalTable(target))
              || Identifiers.isQuoted(join.string("referencedColumnName")) ? Identifiers.quoted(implicit)
              : context.quoting.logical(implicit));
      boolean nullable = relation.bool("optional") && join.bool("nullable");
      Optional<Optional<String>> definition = joinColumns.definition(Optional.of(join),
          new KeyColumn(logical, target0), element);
      if (definition.isEmpty()) {
        return;
      }
      Column column = new Column(context.naming.physical(logical), target0.type(), nullable, false)
          .withDefinition(definition.get());
      if (!table.add(attribute, column, logical)) {
        return;
      }
      names.add(column.name());
    }
    List<String> referencedNames = referenced.stream().map(Column::name).toList();
    if (!noConstraint) {
      String fkName = declared.stream().map(j -> j.annotation("foreignKey", context.elements).string("name"))
          .filter(n -> !n.isEmpty()).findFirst()
          .or(() -> overrides.foreignKeyName(attribute))
          .orElse(Naming.foreignKeyName(table.name(), targetTable.name(), names));
      table.addForeignKey(new ForeignKey(fkName, names, targetTable.name(), referencedNames,
          context.onDeletes.of(element)));
    }
    if (context.mirrors.hasJpa(element, "OneToOne") || declared.stream().anyMatch(j -> j.bool("unique"))) {
      table.addUniqueKey(names);
    }
    if (referenced.size() > 1) {
      targetTable.addUniqueKey(referencedNames);
    }
  }

  /**
   * True when a single referenced column is unique; false after reporting one that is not:
   * Hibernate 6.6 refers to it without making it unique, and H2, PostgreSQL and MySQL refuse a
   * foreign key to columns without a unique constraint.
   */
  private boolean unique(Attribute attribute, TableParts targetTable, Column referenced) {
    if (targetTable.isUniqueAlready(referenced.name())) {
      return true;
    }
    boolean declared = context.mirrors.jpa(targetTable.entity.type(), "Table").stream()
        .flatMap(t -> t.annotations("uniqueConstraints", context.elements).stream())
        .map(u -> u.strings("columnNames"))
        .anyMatch(columns -> columns.size() == 1 && targetTable.resolve(columns.get(0))
            .filter(referenced.name()::equals).isPresent());
    if (!declared) {
      context.error(Code.INVALID_MAPPING, "the join column of " + attribute.name() + " refers to column "
          + referenced.name() + " of table " + targetTable.name() + ", which is not unique: Hibernate 6.6 does not "
          + "make it unique, and H2, PostgreSQL and MySQL refuse a foreign key to it. Make it unique "
          + "(@Column(unique = true) or a @UniqueConstraint)", attribute.element());
    }
    return declared;
  }

  /**
   * True when the join columns are declared in the order of the referenced columns' attributes
   * (sorted by name, as Hibernate orders an entity's properties); false after reporting another
   * order, or columns Godwit cannot order. Hibernate copies each referenced column's length,
   * precision and scale to the join column at the same position in that order, so another order
   * gives a join column the size of a column it does not refer to.
   */
  private boolean inPropertyOrder(Attribute attribute, TableParts targetTable, List<Column> referenced) {
    List<Element> origins = referenced.stream().map(c -> context.origins.get(targetTable.name() + "." + c.name()))
        .toList();
    boolean directAttributes = origins.stream().allMatch(o -> o != null && (o.getKind() == ElementKind.FIELD
        || o.getKind() == ElementKind.METHOD) && o.getEnclosingElement().equals(origins.get(0).getEnclosingElement()));
    List<Column> ordered = new ArrayList<>(referenced);
    if (directAttributes) {
      ordered.sort(Comparator.comparing(c -> property(origins.get(referenced.indexOf(c)))));
    }
    if (!directAttributes || !ordered.equals(referenced)) {
      context.error(Code.UNSUPPORTED_MAPPING, "join columns of " + attribute.name() + " referring to columns "
          + String.join(", ", referenced.stream().map(Column::name).toList()) + " of table " + targetTable.name()
          + (directAttributes ? " in another order than their attributes' names (declare them in the order "
              + String.join(", ", ordered.stream().map(Column::name).toList()) + "): Hibernate 6.6 then gives a join "
              + "column the length, precision and scale of another column, which"
              : " that are not attributes of one class:") + " Godwit does not support yet", attribute.element());
      return false;
    }
    return true;
  }

  private static String property(Element origin) {
    String name = origin.getSimpleName().toString();
    if (origin.getKind() == ElementKind.METHOD) {
      String bare = name.substring(name.startsWith("is") ? 2 : 3);
      // java.beans.Introspector.decapitalize: "URL" stays, "Code" becomes "code"
      name = bare.length() > 1 && Character.isUpperCase(bare.charAt(1)) ? bare
          : Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
    }
    return name;
  }
}
