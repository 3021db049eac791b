package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.Identifiers;
import dev.godwit.processor.model.Index;
import dev.godwit.processor.model.Table;
import dev.godwit.processor.model.UniqueKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Element;

/**
 * The table of one entity while its attributes are mapped: columns, primary key, constraints, and
 * the physical name of each column by its logical name (for {@code @Table} constraints).
 */
final class TableParts implements ConstrainedTable {
  /** A primary key column with the logical name implicit join column names are built from. */
  record KeyColumn(String logicalName, Column column) {}

  /** The entity whose table this is. */
  final Entity entity;
  /** The entity declaring the id (the hierarchy root), whose name implicit sequences take. */
  final Entity root;
  /** Paths of id attributes a {@code @MapsId} relation replaces. */
  final Set<String> derivedIds;
  private final ReadContext context;
  private final ColumnNames names;
  private final Hints hints;
  private final List<Column> columns = new ArrayList<>();
  private final List<String> primaryKey = new ArrayList<>();
  private final Map<String, String> logicalKeyNames = new HashMap<>();
  private final List<UniqueKey> uniqueKeys = new ArrayList<>();
  private final List<ForeignKey> foreignKeys = new ArrayList<>();
  private final List<Index> indexes = new ArrayList<>();
  private final Map<String, String> physicalByLogical = new TreeMap<>();

  TableParts(Entity entity, Entity root, Set<String> derivedIds, ReadContext context, ColumnNames names, Hints hints) {
    this.entity = entity;
    this.root = root;
    this.derivedIds = Set.copyOf(derivedIds);
    this.context = context;
    this.names = names;
    this.hints = hints;
  }

  @Override
  public String name() {
    return entity.table();
  }

  @Override
  public Element origin() {
    return entity.type();
  }

  @Override
  public String description() {
    return "@Table of " + entity.type().getSimpleName();
  }

  /** True when the table already has a column of this name. */
  boolean hasColumn(String columnName) {
    return columns.stream().anyMatch(existing -> existing.name().equalsIgnoreCase(columnName));
  }

  /**
   * Adds a foreign key another mapping also declares (a one-to-many's key shared with the child's
   * many-to-one): Hibernate keeps one key per column list, preferring an explicit name.
   */
  void mergeForeignKey(ForeignKey foreignKey) {
    Optional<ForeignKey> same = foreignKeys.stream()
        .filter(existing -> existing.columns().equals(foreignKey.columns())
            && existing.referencedTable().equals(foreignKey.referencedTable()))
        .findFirst();
    if (same.isEmpty()) {
      foreignKeys.add(foreignKey);
    } else if (same.get().name().equals(Naming.foreignKeyName(name(), foreignKey.referencedTable(), foreignKey.columns()))) {
      foreignKeys.remove(same.get());
      foreignKeys.add(foreignKey);
    }
  }

  /** Adds the column a basic attribute maps to; false (reported) when the table already has it. */
  boolean add(Attribute attribute, Column column) {
    return add(attribute, column, names.logical(attribute));
  }

  /** Adds a column of an attribute under its logical name; false (reported) when the table already has it. */
  boolean add(Attribute attribute, Column column, String logicalName) {
    if (has(column) && attribute.inEmbeddable()) {
      context.error(Code.DUPLICATE_COLUMN, "column " + column.name() + " of table " + name() + " (attribute "
          + attribute.path() + ") is mapped twice; an embeddable used more than once needs @AttributeOverride "
          + "or @AssociationOverride to give its columns other names", attribute.reportedOn());
      return false;
    }
    if (!add(attribute.reportedOn(), column, logicalName, attribute.id())) {
      return false;
    }
    if (!attribute.id() && context.mirrors.jpa(attribute.element(), "Column").map(a -> a.bool("unique")).orElse(false)) {
      addUniqueKey(List.of(column.name()));
    }
    physicalByLogical.put(names.logical(attribute).toLowerCase(Locale.ROOT), column.name());
    hints.ofColumn(attribute.element(), name(), column.name());
    return true;
  }

  /** Adds a column that comes from {@code origin} (an attribute or a class); false (reported) when the table has it. */
  boolean add(Element origin, Column column, String logicalName, boolean key) {
    if (has(column)) {
      context.error(Code.DUPLICATE_COLUMN, "column " + column.name() + " of table " + name() + " is mapped twice",
          origin);
      return false;
    }
    columns.add(column);
    if (key) {
      primaryKey.add(column.name());
      logicalKeyNames.put(column.name(), logicalName);
    }
    physicalByLogical.put(Identifiers.bare(logicalName).toLowerCase(Locale.ROOT), column.name());
    physicalByLogical.put(Identifiers.bare(column.name()).toLowerCase(Locale.ROOT), column.name());
    context.origins.putIfAbsent(name() + "." + column.name(), origin);
    return true;
  }

  private boolean has(Column column) {
    return columns.stream().anyMatch(existing -> existing.name().equalsIgnoreCase(column.name()));
  }

  /** A unique key with Hibernate's implicit name. */
  @Override
  public void addUniqueKey(List<String> columnNames) {
    addUniqueKey(new UniqueKey(Naming.constraintName("UK", name(), columnNames), columnNames, true));
  }

  /** Hibernate keeps one key when a column is both {@code unique = true} and in a {@code @UniqueConstraint}. */
  @Override
  public void addUniqueKey(UniqueKey uniqueKey) {
    if (uniqueKeys.stream().noneMatch(k -> k.name().equals(uniqueKey.name()) && k.columns().equals(uniqueKey.columns()))) {
      uniqueKeys.add(uniqueKey);
    }
  }

  void addForeignKey(ForeignKey foreignKey) {
    foreignKeys.add(foreignKey);
  }

  @Override
  public void addIndex(Index index) {
    indexes.add(index);
  }

  /** The physical column a logical or physical name written in the source refers to. */
  @Override
  public Optional<String> resolve(String name) {
    return Optional.ofNullable(physicalByLogical.get(Identifiers.bare(name).toLowerCase(Locale.ROOT)));
  }

  /** Every mapped column's physical name, sorted, for messages. */
  @Override
  public List<String> columnNames() {
    return physicalByLogical.values().stream().distinct().sorted().toList();
  }

  /** The primary key columns in Hibernate's order, with their logical names. */
  List<KeyColumn> keyColumns() {
    return columns.stream().filter(c -> primaryKey.contains(c.name())).sorted(ConstraintColumnOrder.HIBERNATE)
        .map(c -> new KeyColumn(logicalKeyNames.get(c.name()), c)).toList();
  }

  /** The table: primary key columns first (in Hibernate's order), the others by name. */
  Table toTable() {
    List<String> key = keyColumns().stream().map(k -> k.column().name()).toList();
    List<Column> ordered = new ArrayList<>(columns);
    ordered.sort(Comparator.comparing((Column c) -> key.contains(c.name()) ? key.indexOf(c.name()) : Integer.MAX_VALUE)
        .thenComparing(c -> c.name().toLowerCase(Locale.ROOT)));
    return new Table(name(), ordered, key, uniqueKeys, indexes, foreignKeys);
  }
}
