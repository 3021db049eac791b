package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.model.Check;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.Identifiers;
import dev.godwit.processor.model.Index;
import dev.godwit.processor.model.Table;
import dev.godwit.processor.model.TypeKind;
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
  /** Key columns Hibernate Validator shaped after Hibernate typed the columns that refer to them, with that earlier type. */
  private final Map<String, ColumnType> referringTypes = new HashMap<>();
  private final List<UniqueKey> uniqueKeys = new ArrayList<>();
  private final java.util.Set<String> explicitUniqueKeys = new java.util.HashSet<>();
  private final List<ForeignKey> foreignKeys = new ArrayList<>();
  private final List<Index> indexes = new ArrayList<>();
  private final Map<String, String> physicalByLogical = new TreeMap<>();
  private final List<Check> checks = new ArrayList<>();
  /** Natural id columns by attribute name: Hibernate's unique key lists them in that order. */
  private final Map<String, String> naturalIdColumns = new TreeMap<>();
  private Optional<String> comment = Optional.empty();
  /** How many times the table's content was changed, so a read of part of the entities can tell it touched a table outside that part. */
  private int edits;
  /** The table's name when it is a {@code @SecondaryTable} of the entity; null for the entity's own table. */
  private final String secondaryName;
  private final Mirrors.Annotation secondaryAnnotation;

  TableParts(Entity entity, Entity root, Set<String> derivedIds, ReadContext context, ColumnNames names, Hints hints) {
    this(entity, root, derivedIds, context, names, hints, null, null);
  }

  private TableParts(Entity entity, Entity root, Set<String> derivedIds, ReadContext context, ColumnNames names,
      Hints hints, String secondaryName, Mirrors.Annotation secondaryAnnotation) {
    this.secondaryName = secondaryName;
    this.secondaryAnnotation = secondaryAnnotation;
    this.entity = entity;
    this.root = root;
    this.derivedIds = Set.copyOf(derivedIds);
    this.context = context;
    this.names = names;
    this.hints = hints;
  }

  /** An empty {@code @SecondaryTable} of this table's entity, named {@code name}. */
  TableParts secondary(String name, Mirrors.Annotation annotation) {
    return new TableParts(entity, root, Set.of(), context, names, hints, name, annotation);
  }

  /** The {@code @SecondaryTable} this table is; empty for the entity's own table. */
  Optional<Mirrors.Annotation> secondaryAnnotation() {
    return Optional.ofNullable(secondaryAnnotation);
  }

  @Override
  public String name() {
    return secondaryName == null ? entity.table() : secondaryName;
  }

  @Override
  public Element origin() {
    return entity.type();
  }

  @Override
  public String description() {
    return (secondaryName == null ? "@Table" : "@SecondaryTable " + secondaryName) + " of " + entity.type().getSimpleName();
  }

  /**
   * Whether {@code @Column(table)} or {@code @JoinColumn(table)} naming {@code named} means the
   * entity's own table: Hibernate 6.6 takes it so only when it is the physical table name exactly
   * (case included); any other name must be a {@code @SecondaryTable}.
   */
  boolean isOwnTableName(String named) {
    return named.equals(dev.godwit.processor.model.Identifiers.bare(entity.table()));
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
    edits++;
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
    edits++;
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

  /** A unique key implied by a column, with Hibernate's implicit name. */
  @Override
  public void addUniqueKey(List<String> columnNames) {
    edits++;
    uniqueKeys.add(new UniqueKey(Naming.constraintName("UK", name(), columnNames), columnNames, true));
  }

  /** A key from {@code @UniqueConstraint}; {@link UniqueKeys#distinct} keeps one key where Hibernate does. */
  @Override
  public void addUniqueKey(UniqueKey uniqueKey) {
    edits++;
    uniqueKeys.add(uniqueKey);
    explicitUniqueKeys.add(uniqueKey.name());
  }

  void addForeignKey(ForeignKey foreignKey) {
    edits++;
    foreignKeys.add(foreignKey);
  }

  /**
   * Indexes of the same name are one index, as in Hibernate's {@code Table.getOrCreateIndex}: two
   * unnamed {@code @Index} over the same columns in another order hash to one name, and the later
   * one's columns join the first one's where missing.
   */
  @Override
  public void addIndex(Index index) {
    edits++;
    for (int i = 0; i < indexes.size(); i++) {
      Index existing = indexes.get(i);
      if (existing.name().equals(index.name())) {
        List<String> columns = new ArrayList<>(existing.columns());
        index.columns().stream().filter(c -> !columns.contains(c)).forEach(columns::add);
        indexes.set(i, new Index(existing.name(), columns, existing.unique()));
        return;
      }
    }
    indexes.add(index);
  }

  void addChecks(List<Check> found) {
    edits++;
    checks.addAll(found);
  }

  void comment(Optional<String> tableComment) {
    edits++;
    comment = tableComment;
  }

  /** A column of the {@code @NaturalId}, which Hibernate makes one unique key. */
  void addNaturalIdColumn(String attributeName, String columnName) {
    edits++;
    naturalIdColumns.put(attributeName, columnName);
  }

  /** How many changes the table has had so far. */
  int edits() {
    return edits;
  }

  /** The physical column a logical or physical name written in the source refers to. */
  @Override
  public Optional<String> resolve(String name) {
    return Optional.ofNullable(physicalByLogical.get(Identifiers.bare(name).toLowerCase(Locale.ROOT)));
  }

  /** The column of this physical name, if the table has it. */
  Optional<Column> column(String physicalName) {
    return columns.stream().filter(c -> c.name().equals(physicalName)).findFirst();
  }

  /**
   * True when the column alone is the primary key, a unique key so far (a column's
   * {@code unique = true}, a one-to-one's join column) or the natural id; {@code @Table}'s
   * constraints are added later.
   */
  boolean isUniqueAlready(String physicalName) {
    List<String> alone = List.of(physicalName);
    return primaryKey.equals(alone) || uniqueKeys.stream().anyMatch(k -> k.columns().equals(alone))
        || List.copyOf(naturalIdColumns.values()).equals(alone);
  }

  /** Every mapped column's physical name, sorted, for messages. */
  @Override
  public List<String> columnNames() {
    return physicalByLogical.values().stream().distinct().sorted().toList();
  }

  /**
   * Unnamed checks are named after a column (PostgreSQL's rule, which Godwit writes on every
   * dialect so it can drop them later); two on the same column would need PostgreSQL's numbering
   * by creation order, so Godwit asks for a name instead. A column's own unnamed checks never clash:
   * they are one check already, joined as Hibernate joins them ({@link ColumnChecks}); what is left is
   * an unnamed table check whose condition starts with a column that has an unnamed check of its own,
   * and an unnamed check on an enum column, which carries the enum's range check (Hibernate joins
   * those two as well, into the dialect's enum check, which Godwit does not yet write).
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

  /**
   * Records the type the columns referring to key column {@code column} take: Hibernate types a
   * referring column when it binds the mapping, before Hibernate Validator shapes the key column
   * (a {@code @Size} on a String id resizes the id column only).
   */
  void referredToAs(String column, ColumnType type) {
    referringTypes.put(column, type);
  }

  /**
   * The primary key columns in Hibernate's order, with their logical names, as the columns that
   * refer to them see them (see {@link #referredToAs}).
   */
  List<KeyColumn> keyColumns() {
    return columns.stream().filter(c -> primaryKey.contains(c.name())).sorted(ConstraintColumnOrder.HIBERNATE)
        .map(c -> new KeyColumn(logicalKeyNames.get(c.name()), asReferred(c))).toList();
  }

  private Column asReferred(Column column) {
    ColumnType type = referringTypes.getOrDefault(column.name(), column.type());
    return type.equals(column.type()) ? column : new Column(column.name(), type, column.nullable(), column.identity(),
        column.definition(), column.defaultValue(), column.comment());
  }

  /** The table: primary key columns first (in Hibernate's order), the others by name. */
  Table toTable() {
    reportUnnamedCheckClashes();
    List<String> key = keyColumns().stream().map(k -> k.column().name()).toList();
    List<Column> ordered = new ArrayList<>(columns);
    ordered.sort(Comparator.comparing((Column c) -> key.contains(c.name()) ? key.indexOf(c.name()) : Integer.MAX_VALUE)
        .thenComparing(c -> c.name().toLowerCase(Locale.ROOT)));
    List<UniqueKey> keys = new ArrayList<>(UniqueKeys.distinct(uniqueKeys, explicitUniqueKeys));
    if (!naturalIdColumns.isEmpty()) {
      List<String> columnNames = List.copyOf(naturalIdColumns.values());
      // Hibernate hashes a placeholder, not the columns, into the natural id's key name.
      UniqueKey naturalId = new UniqueKey(Naming.constraintName("UK", name(), List.of("_NaturalID")), columnNames, true);
      if (keys.stream().noneMatch(k -> k.columns().equals(columnNames))) {
        keys.add(naturalId);
      }
    }
    return new Table(name(), ordered, key, keys, indexes, foreignKeys, checks, comment);
  }
}
