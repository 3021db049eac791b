package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.model.DialectNames;
import dev.godwit.processor.model.GeneratorRow;
import dev.godwit.processor.model.IdColumn;
import dev.godwit.processor.model.Identifiers;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.model.Sequence;
import dev.godwit.processor.model.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads JPA entity classes into the schema Hibernate ORM 6.6 would create for them. This is the
 * only stage that sees {@code javax.lang.model}; everything after it works on {@link Schema}.
 * It describes every entity first (so relations can find their targets), then lays the entity
 * hierarchies out as tables and maps each attribute into its table.
 */
public final class EntityReader {
  private final Elements elements;
  private final Types types;
  private final Naming naming;
  private final BeanValidationMode beanValidation;
  private final List<String> dialects;
  private final List<TypeElement> embeddables;

  public EntityReader(Elements elements, Types types, Naming naming) {
    this(elements, types, naming, BeanValidationMode.WARN);
  }

  public EntityReader(Elements elements, Types types, Naming naming, BeanValidationMode beanValidation) {
    this(elements, types, naming, beanValidation, List.of(), List.of());
  }

  private EntityReader(Elements elements, Types types, Naming naming, BeanValidationMode beanValidation,
      List<String> dialects, List<TypeElement> embeddables) {
    this.elements = elements;
    this.types = types;
    this.naming = naming;
    this.beanValidation = beanValidation;
    this.dialects = List.copyOf(dialects);
    this.embeddables = embeddables.stream()
        .sorted(Comparator.comparing(t -> t.getQualifiedName().toString())).toList();
  }

  /**
   * A reader that also records how each of these dialects names what Hibernate, run with a
   * connection to such a database, quotes or names differently ({@link Schema#dialectNames()}).
   */
  public EntityReader withDialects(Collection<String> dialectNames) {
    return new EntityReader(elements, types, naming, beanValidation, List.copyOf(dialectNames), embeddables);
  }

  /**
   * A reader that knows the {@code @Embeddable} classes of the compilation: an embeddable that
   * others extend is mapped as Hibernate 6.6 maps embeddable inheritance.
   */
  public EntityReader withEmbeddables(Collection<TypeElement> embeddableTypes) {
    return new EntityReader(elements, types, naming, beanValidation, dialects, List.copyOf(embeddableTypes));
  }

  /** Reads all entities; the order they are given in does not matter. */
  public EntityModel read(Collection<TypeElement> entityTypes) {
    return read(entityTypes, List.of());
  }

  /**
   * Reads all entities, with the {@code @Converter} classes of the compilation (auto-applied ones
   * change the column type of every attribute of their Java type). The model's names are those
   * of the words every dialect quotes; a dialect whose extra keywords the entities use is read
   * once more, and its differences are kept as that dialect's names.
   */
  public EntityModel read(Collection<TypeElement> entityTypes, Collection<TypeElement> converterTypes) {
    return read(entityTypes, converterTypes, Optional.empty()).model().orElseThrow();
  }

  /**
   * Reads the tables of the entities named in {@code part} (qualified names of some of
   * {@code entityTypes}) and of no other entity: the entities their relations reach are described
   * when reached, for their keys. The model holds those tables only, with their sequences. None
   * when the part cannot be read alone: with the entities outside it whose tables its mappings
   * change or read beyond their keys ({@link PartRead#needs}), or with the reason: an id names a
   * generator its entity does not declare, or the part declares one an id outside looks up
   * (generator names reach entities no relation shows), or it has an entity hierarchy or a table
   * generator.
   */
  public PartRead readPart(Collection<TypeElement> entityTypes, Collection<TypeElement> converterTypes,
      java.util.Set<String> part) {
    return read(entityTypes, converterTypes, Optional.of(part));
  }

  private PartRead read(Collection<TypeElement> entityTypes, Collection<TypeElement> converterTypes,
      Optional<java.util.Set<String>> part) {
    Optional<TypeElement> subclass = part.flatMap(p -> entitySubclass(entityTypes, p));
    if (subclass.isPresent()) {
      return PartRead.giveUp("entity " + subclass.get().getQualifiedName() + " extends an entity the change reaches");
    }
    ReadContext common = new ReadContext(elements, types, naming, Quoting.common(), beanValidation, embeddables,
        new Catalogs(dialects));
    PartRead read = read(common, entityTypes, converterTypes, part);
    if (read.model().isEmpty()) {
      return read;
    }
    EntityModel model = read.model().get();
    Map<String, DialectNames> names = new TreeMap<>();
    for (String dialect : dialects) {
      Quoting quoting = Quoting.atRunTime(dialect);
      if (common.quoting.quotesLessThan(quoting)) {
        PartRead spelled = read(common.withQuoting(quoting), entityTypes, converterTypes, part);
        if (spelled.model().isEmpty()) {
          return spelled;
        }
        DialectNames differences = DialectNames.between(model.schema(), spelled.model().get().schema());
        if (!differences.isEmpty()) {
          names.put(dialect, differences);
        }
      }
    }
    return PartRead.of(names.isEmpty() ? model : model.withSchema(model.schema().withDialectNames(names)));
  }

  private PartRead read(ReadContext context, Collection<TypeElement> entityTypes,
      Collection<TypeElement> converterTypes, Optional<java.util.Set<String>> part) {
    Hints hints = new Hints(context.mirrors);
    PersistentAttributes attributes = new PersistentAttributes(context);
    EntityDescriber describer = new EntityDescriber(context, attributes, hints);
    Map<String, Entity> entities;
    List<TypeElement> sorted = entityTypes.stream().sorted(Comparator.comparing(t -> t.getQualifiedName().toString())).toList();
    if (part.isEmpty()) {
      entities = new LinkedHashMap<>();
      sorted.forEach(type -> describer.describe(type).ifPresent(entity -> entities.put(entity.qualifiedName(), entity)));
    } else {
      entities = new DescribedEntities(entityTypes, describer::describe);
      sorted.stream().map(t -> t.getQualifiedName().toString()).filter(part.get()::contains).forEach(entities::get);
    }
    java.util.function.Predicate<Entity> built = part.isEmpty() ? entity -> true
        : entity -> part.get().contains(entity.qualifiedName());
    for (Entity entity : List.copyOf(entities.values())) {
      entity.parent().filter(parent -> !entityTypes.contains(parent)).ifPresent(parent -> context.error(
          Code.UNSUPPORTED_MAPPING, "entity " + entity.type().getSimpleName() + " extends entity "
              + parent.getQualifiedName() + ", which is not compiled with it; Godwit needs the whole hierarchy "
              + "in one compilation", entity.type()));
    }

    Overrides overrides = new Overrides(context);
    ColumnNames names = new ColumnNames(overrides);
    IdGeneration generation = new IdGeneration(context, new GeneratorLookup(context, entities.values()));
    EntityTables tables = new EntityTables(context, entities,
        (entity, root, derived) -> new TableParts(entity, root, derived, context, names, hints),
        new Discriminators(context), overrides);
    TableConstraints constraints = new TableConstraints(context);
    ForeignKeyColumns joins = new ForeignKeyColumns(context, tables);
    CollectionTables collections = new CollectionTables(context, constraints, hints);
    Converters converters = new Converters(context.types, context.mirrors, converterTypes);
    Conversions conversions = new Conversions(context, converters);
    BasicColumns basics = new BasicColumns(context, names, overrides, generation, conversions);
    AttributeOwners owners = new AttributeOwners(entities);
    CollectionIds collectionIds = new CollectionIds(context, generation);
    AttributeMappings mappings = new AttributeMappings(context, self -> {
      EmbeddedAttributes embedded = new EmbeddedAttributes(context, attributes, self);
      ToOneRelations relations = new ToOneRelations(context, entities, tables, overrides);
      CollectionEmbeddables embeddables = new CollectionEmbeddables(context, embedded, basics, relations);
      CollectionIndexes indexes = new CollectionIndexes(context, entities, joins, embeddables, conversions);
      return List.of(
          new DerivedAttributes(context),
          new ToOneJoinTables(context, entities, owners, joins, collections),
          relations,
          new PluralAttributes(context, entities, owners, joins, indexes, collections, collectionIds),
          new ElementCollections(context, entities, owners, joins, indexes, collections, basics, names, embeddables,
              collectionIds),
          embedded,
          basics);
    });

    List<TableParts> entityTables = tables.build(mappings, built);
    if (part.isPresent()) {
      // a one-to-many's join column, an inverse side's order column, a join column to a non-key
      // column: tables that are not complete when only some entities' tables are built
      java.util.SortedSet<String> changedOutside = new java.util.TreeSet<>();
      java.util.stream.Stream.concat(tables.incompleteOutside().stream(), collections.entitiesAddedTo().stream())
          .filter(built.negate()).forEach(entity -> changedOutside.add(entity.qualifiedName()));
      if (!changedOutside.isEmpty()) {
        return PartRead.needing(changedOutside);
      }
      Optional<String> whyNot = whyNotApart(generation, entities.values().stream().filter(built).toList(),
          entityTypes.stream().filter(t -> !part.get().contains(t.getQualifiedName().toString())).toList());
      if (whyNot.isPresent()) {
        return PartRead.giveUp(whyNot.get());
      }
    }
    collections.addColumnsTo(entityTables);
    conversions.reportUnused();
    Map<String, Table> schemaTables = new TreeMap<>();
    Map<String, String> entityNames = new TreeMap<>();
    Map<String, String> sources = new TreeMap<>();
    // the unquoted table names, found ignoring case: one lookup per table, not a scan of all of them
    Map<String, String> unquoted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (TableParts parts : entityTables) {
      constraints.add(parts);
      put(context, parts.toTable(), parts.entity, parts.entity.type(), schemaTables, unquoted, entityNames, sources);
    }
    for (CollectionTables.OwnedTable table : collections.tables()) {
      put(context, table.table(), table.owner(), table.origin(), schemaTables, unquoted, entityNames, sources);
    }
    Map<String, Sequence> sequences = new TreeMap<>();
    generation.sequences().forEach(s -> sequences.putIfAbsent(s.name(), s));
    List<GeneratorRow> rows = generatorTables(context, generation, schemaTables);
    if (part.isPresent() && !rows.isEmpty()) {
      return PartRead.giveUp("an entity it reaches takes its ids from a table generator");
    }
    Schema schema = new Schema(List.copyOf(schemaTables.values()), List.copyOf(sequences.values()), rows);
    // an embeddable used twice would report its problems twice
    List<Problem> problems = new ArrayList<>(new LinkedHashSet<>(context.problems));
    Schemas schemas = context.schemas;
    List<String> tableNames = List.copyOf(schemaTables.keySet());
    return PartRead.of(new EntityModel(schemas.qualify(schema), schemas.qualifyRenames(hints.renames),
        schemas.qualifyBackfills(hints.backfills), schemas.qualifyKeys(context.origins, tableNames),
        schemas.qualifyKeys(entityNames, tableNames), problems));
  }

  /** An entity that extends one of those named in {@code part}, directly or not. */
  private static Optional<TypeElement> entitySubclass(Collection<TypeElement> entityTypes, java.util.Set<String> part) {
    for (TypeElement type : entityTypes) {
      for (TypeElement c = PersistentAttributes.superclass(type); c != null; c = PersistentAttributes.superclass(c)) {
        if (part.contains(c.getQualifiedName().toString())) {
          return Optional.of(type);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Why the part's tables, now built, may not be what reading every entity gives for them: an id
   * of the part names a generator its entity does not declare, or the part declares one that an
   * id outside it may find (generator names reach entities no relation shows), or it extends an entity.
   */
  private static Optional<String> whyNotApart(IdGeneration generation, List<Entity> part, List<TypeElement> outside) {
    if (generation.lookedFurther()) {
      return Optional.of("an id of the entities the change reaches names a generator its entity does not declare");
    }
    java.util.Set<String> declared = generation.declaredBy(part);
    if (!declared.isEmpty()) {
      java.util.Set<String> shared = new java.util.TreeSet<>(generation.namedFurther(outside));
      shared.retainAll(declared);
      if (!shared.isEmpty()) {
        return Optional.of("generator \"" + shared.iterator().next() + "\", which the entities the change reaches"
            + " declare, is named by an id of another entity that does not declare it");
      }
    }
    return part.stream().filter(e -> e.parent().isPresent()).findFirst()
        .map(e -> "entity " + e.qualifiedName() + " extends another entity");
  }

  /**
   * Adds the tables of the table generators (one per name; generators may share one with the same
   * columns) and returns their rows, one per table and segment.
   */
  private static List<GeneratorRow> generatorTables(ReadContext context, IdGeneration generation,
      Map<String, Table> tables) {
    Map<String, GeneratorRow> rows = new TreeMap<>();
    Map<String, Table> generatorTables = new TreeMap<>();
    for (IdGeneration.UsedRow used : generation.generatorRows()) {
      GeneratorRow row = used.row();
      Element origin = used.origin();
      Table table = row.tableLayout();
      Table existing = generatorTables.get(row.table());
      if (existing == null && tables.containsKey(row.table())) {
        context.error(Code.CONFLICTING_TABLE, "table generator table " + row.table() + " has the name of a table an "
            + "entity or collection maps; give the generator its own table", origin);
        continue;
      }
      if (existing != null && !existing.equals(table)) {
        context.error(Code.CONFLICTING_TABLE, "table generators share table " + row.table() + " with different "
            + "columns (" + existing.columns().get(1).name() + ", " + existing.columns().get(0).name() + " and "
            + row.segmentColumn() + ", " + row.valueColumn() + "); Hibernate needs one layout per table", origin);
        continue;
      }
      generatorTables.put(row.table(), table);
      // generators sharing a row: Hibernate exports the first one's start; the row fills all their ids,
      // and comes after them by the largest allocation size
      rows.merge(row.key(), row, (first, next) -> first.withIds(union(first.ids(), next.ids()))
          .withIncrement(Math.max(first.increment(), next.increment())));
    }
    tables.putAll(generatorTables);
    return List.copyOf(rows.values());
  }

  private static List<IdColumn> union(List<IdColumn> a, List<IdColumn> b) {
    List<IdColumn> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** Adds a table unless another entity or collection already maps one of that name. */
  private static void put(ReadContext context, Table table, Entity entity, Element origin, Map<String, Table> tables,
      Map<String, String> unquoted, Map<String, String> entityNames, Map<String, String> sources) {
    String source = origin == entity.type() ? entity.qualifiedName() : entity.qualifiedName() + "." + origin.getSimpleName();
    if (tables.containsKey(table.name())) {
      context.error(Code.CONFLICTING_TABLE, "table " + table.name() + " is mapped more than once (by "
          + sources.get(table.name()) + " and " + source + ")", origin);
      return;
    }
    // Hibernate takes unquoted names that differ only in case for one table and merges their columns
    Optional<String> sameButCase = Identifiers.isQuoted(table.name()) ? Optional.empty()
        : Optional.ofNullable(unquoted.get(table.name()));
    if (sameButCase.isPresent()) {
      context.error(Code.CONFLICTING_TABLE, "table " + table.name() + " (mapped by " + source + ") differs only in case "
          + "from table " + sameButCase.get() + " (mapped by " + sources.get(sameButCase.get()) + "); Hibernate and the "
          + "databases take them for one table (Hibernate merges their columns). Give them different names", origin);
      return;
    }
    tables.put(table.name(), table);
    if (!Identifiers.isQuoted(table.name())) {
      unquoted.put(table.name(), table.name());
    }
    sources.put(table.name(), source);
    entityNames.put(table.name(), entity.qualifiedName());
  }
}
