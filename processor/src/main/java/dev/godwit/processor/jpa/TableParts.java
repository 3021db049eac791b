package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.model.Check;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.Identifiers;
import dev.godwit.processor.model.Index;
import dev.godwit.processor.model.Table;
import dev.godwit.processor.model.TypeKind;
import dev.godwit.processor.model.UniqueKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The table of one entity while its attributes are mapped: columns, primary key, constraints, and
 * the physical name of each column by its logical name (for {@code @Table} constraints).
 */
final class TableParts {
  final Entity entity;
  private final ReadContext context;
  private final ColumnNames names;
  private final Hints hints;
  private final List<Column> columns = new ArrayList<>();
  private final List<String> primaryKey = new ArrayList<>();
  private final List<UniqueKey> uniqueKeys = new ArrayList<>();
  private final List<ForeignKey> foreignKeys = new ArrayList<>();
  private final List<Index> indexes = new ArrayList<>();
  private final Map<String, String> physicalByLogical = new TreeMap<>();
  private final List<Check> checks = new ArrayList<>();
  /** Natural id columns by attribute name: Hibernate's unique key lists them in that order. */
  private final Map<String, String> naturalIdColumns = new TreeMap<>();
  private Optional<String> comment = Optional.empty();

  TableParts(Entity entity, ReadContext context, ColumnNames names, Hints hints) {
    this.entity = entity;
    this.context = context;
    this.names = names;
    this.hints = hints;
  }

  String name() {
    return entity.table();
  }

  /** Adds the column an attribute maps to; false (reported) when the table already has it. */
  boolean add(Attribute attribute, Column column) {
    if (columns.stream().anyMatch(existing -> existing.name().equalsIgnoreCase(column.name()))) {
      context.error(Code.DUPLICATE_COLUMN, "column " + column.name() + " of table " + name() + " is mapped twice",
          attribute.element());
      return false;
    }
    columns.add(column);
    if (attribute.id()) {
      primaryKey.add(column.name());
    } else if (context.mirrors.jpa(attribute.element(), "Column").map(a -> a.bool("unique")).orElse(false)) {
      addUniqueKey(List.of(column.name()));
    }
    physicalByLogical.put(names.logical(attribute).toLowerCase(Locale.ROOT), column.name());
    physicalByLogical.put(Identifiers.bare(column.name()).toLowerCase(Locale.ROOT), column.name());
    context.origins.put(name() + "." + column.name(), attribute.element());
    hints.ofColumn(attribute.element(), name(), column.name());
    return true;
  }

  /** A unique key with Hibernate's implicit name. */
  void addUniqueKey(List<String> columnNames) {
    uniqueKeys.add(new UniqueKey(Naming.constraintName("UK", name(), columnNames), columnNames, true));
  }

  void addUniqueKey(UniqueKey uniqueKey) {
    uniqueKeys.add(uniqueKey);
  }

  void addForeignKey(ForeignKey foreignKey) {
    foreignKeys.add(foreignKey);
  }

  void addIndex(Index index) {
    indexes.add(index);
  }

  void addChecks(List<Check> found) {
    checks.addAll(found);
  }

  void comment(Optional<String> tableComment) {
    comment = tableComment;
  }

  /** A column of the {@code @NaturalId}, which Hibernate makes one unique key. */
  void addNaturalIdColumn(String attributeName, String columnName) {
    naturalIdColumns.put(attributeName, columnName);
  }

  /** The physical column a logical or physical name written in the source refers to. */
  Optional<String> resolve(String name) {
    return Optional.ofNullable(physicalByLogical.get(Identifiers.bare(name).toLowerCase(Locale.ROOT)));
  }

  /** Every mapped column's physical name, sorted, for messages. */
  List<String> columnNames() {
    return physicalByLogical.values().stream().distinct().sorted().toList();
  }

  /**
   * Unnamed checks are named after a column (PostgreSQL's rule, which Godwit writes on every
   * dialect so it can drop them later); two on the same column would need PostgreSQL's numbering
   * by creation order, so Godwit asks for a name instead. Enum columns already carry one.
   */
  private void reportUnnamedCheckClashes() {
    Map<String, String> taken = new TreeMap<>();
    for (Column column : columns) {
      if (column.type().kind() == TypeKind.ENUM_ORDINAL || column.type().kind() == TypeKind.ENUM_STRING) {
        taken.put(Identifiers.bare(column.name()).toLowerCase(Locale.ROOT), "the enum check of " + column.name());
      }
    }
    for (Check check : checks) {
      if (check.name().isPresent() || check.namingColumn().isEmpty()) {
        continue;
      }
      String key = Identifiers.bare(check.namingColumn().get()).toLowerCase(Locale.ROOT);
      String previous = taken.putIfAbsent(key, "check (" + check.condition() + ")");
      if (previous != null) {
        context.error(Code.UNSUPPORTED_MAPPING, "the unnamed check (" + check.condition() + ") of table " + name()
            + " gets the same database name as " + previous + " (both are named after column "
            + check.namingColumn().get() + "); give it a name with @Check(name = \"...\")", entity.type());
      }
    }
  }

  /** The table: primary key columns first, the others by name. */
  Table toTable() {
    reportUnnamedCheckClashes();
    List<Column> ordered = new ArrayList<>(columns);
    ordered.sort(Comparator.comparing((Column c) -> !primaryKey.contains(c.name()) ? Integer.MAX_VALUE
            : primaryKey.indexOf(c.name()))
        .thenComparing(c -> c.name().toLowerCase(Locale.ROOT)));
    List<UniqueKey> keys = new ArrayList<>(uniqueKeys);
    if (!naturalIdColumns.isEmpty()) {
      List<String> columnNames = List.copyOf(naturalIdColumns.values());
      // Hibernate hashes a placeholder, not the columns, into the natural id's key name.
      UniqueKey naturalId = new UniqueKey(Naming.constraintName("UK", name(), List.of("_NaturalID")), columnNames, true);
      if (keys.stream().noneMatch(k -> k.columns().equals(columnNames))) {
        keys.add(naturalId);
      }
    }
    return new Table(name(), ordered, primaryKey, keys, indexes, foreignKeys, checks, comment);
  }
}
