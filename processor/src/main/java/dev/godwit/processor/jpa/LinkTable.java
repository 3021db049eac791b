package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.Identifiers;
import dev.godwit.processor.model.Index;
import dev.godwit.processor.model.Table;
import dev.godwit.processor.model.UniqueKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.Element;

/**
 * A join table or collection table while a collection attribute is mapped into it. Columns keep
 * Hibernate's order: the owner's key, the element, then the list index or map key.
 */
final class LinkTable implements ConstrainedTable {
  private final String name;
  private final Element origin;
  private final String annotation;
  private final ReadContext context;
  private final List<Column> columns = new ArrayList<>();
  private final List<UniqueKey> uniqueKeys = new ArrayList<>();
  private final java.util.Set<String> explicitUniqueKeys = new java.util.HashSet<>();
  private final List<ForeignKey> foreignKeys = new ArrayList<>();
  private final List<Index> indexes = new ArrayList<>();
  private final Map<String, String> physicalByLogical = new TreeMap<>();
  private List<String> primaryKey = List.of();

  /** @param annotation the table annotation's simple name, for messages */
  LinkTable(String name, Element origin, String annotation, ReadContext context) {
    this.name = name;
    this.origin = origin;
    this.annotation = annotation;
    this.context = context;
    context.mirrors.jpa(origin, annotation).ifPresent(a -> context.schemas.table(name, context.schemaOf(a), origin));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Element origin() {
    return origin;
  }

  @Override
  public String description() {
    return "@" + annotation + " of " + origin.getSimpleName();
  }

  /** Adds columns; false (reported) when a name is taken. */
  boolean add(List<Column> added) {
    for (Column column : added) {
      if (columns.stream().anyMatch(c -> c.name().equalsIgnoreCase(column.name()))) {
        context.error(Code.DUPLICATE_COLUMN, "column " + column.name() + " of table " + name + " is mapped twice",
            origin);
        return false;
      }
      columns.add(column);
      physicalByLogical.put(Identifiers.bare(column.name()).toLowerCase(Locale.ROOT), column.name());
      context.origins.put(name + "." + column.name(), origin);
    }
    return true;
  }

  /** The primary key over these columns, in Hibernate's order. */
  void primaryKey(List<String> columnNames) {
    primaryKey = columns.stream().filter(c -> columnNames.contains(c.name())).sorted(ConstraintColumnOrder.HIBERNATE)
        .map(Column::name).toList();
  }

  void addForeignKey(Optional<ForeignKey> foreignKey) {
    foreignKey.ifPresent(foreignKeys::add);
  }

  @Override
  public Optional<String> resolve(String logical) {
    return Optional.ofNullable(physicalByLogical.get(Identifiers.bare(context.quoting.logical(logical)).toLowerCase(Locale.ROOT)));
  }

  @Override
  public List<String> columnNames() {
    return physicalByLogical.values().stream().distinct().sorted().toList();
  }

  @Override
  public void addIndex(Index index) {
    indexes.add(index);
  }

  @Override
  public void addUniqueKey(List<String> columnNames) {
    uniqueKeys.add(new UniqueKey(Naming.constraintName("UK", name, columnNames), columnNames, true));
  }

  @Override
  public void addUniqueKey(UniqueKey uniqueKey) {
    uniqueKeys.add(uniqueKey);
    explicitUniqueKeys.add(uniqueKey.name());
  }

  /** The table; primary key columns are NOT NULL, as the database makes them. */
  Table toTable() {
    List<Column> finished = columns.stream()
        .map(c -> primaryKey.contains(c.name()) ? c.withNullable(false) : c).toList();
    return new Table(name, finished, primaryKey, UniqueKeys.distinct(uniqueKeys, explicitUniqueKeys), indexes, foreignKeys);
  }
}
