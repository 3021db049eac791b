package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.model.Sequence;
import dev.godwit.processor.model.Table;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads JPA entity classes into the schema Hibernate ORM 6.6 would create for them. This is the
 * only stage that sees {@code javax.lang.model}; everything after it works on {@link Schema}.
 * It describes every entity first (so relations can find their targets), then maps each
 * entity's attributes into its table.
 */
public final class EntityReader {
  private final ReadContext context;
  private final Hints hints;
  private final ColumnNames names;

  public EntityReader(Elements elements, Types types, Naming naming) {
    this.context = new ReadContext(elements, types, naming);
    this.hints = new Hints(context.mirrors);
    this.names = new ColumnNames(context.mirrors);
  }

  /** Reads all entities; the order they are given in does not matter. */
  public EntityModel read(Collection<TypeElement> entityTypes) {
    EntityDescriber describer = new EntityDescriber(context, new PersistentAttributes(context), hints);
    Map<String, Entity> entities = new LinkedHashMap<>();
    entityTypes.stream()
        .sorted(Comparator.comparing(t -> t.getQualifiedName().toString()))
        .forEach(type -> describer.describe(type)
            .ifPresent(entity -> entities.put(type.getQualifiedName().toString(), entity)));

    IdGeneration generation = new IdGeneration(context);
    BasicColumns basics = new BasicColumns(context, names, generation);
    KeyColumns keys = new KeyColumns(context, names, basics);
    TableConstraints constraints = new TableConstraints(context);
    ForeignKeyColumns joins = new ForeignKeyColumns(context, keys);
    CollectionIndexes indexes = new CollectionIndexes(context, entities, joins);
    CollectionTables collections = new CollectionTables(context, constraints);
    AttributeMappings mappings = new AttributeMappings(context, List.of(
        new ToOneRelations(context, entities, joins),
        new PluralAttributes(context, entities, joins, indexes, collections),
        new ElementCollections(context, joins, indexes, collections, basics, names),
        basics));

    Map<String, TableParts> parts = new LinkedHashMap<>();
    for (Entity entity : entities.values()) {
      TableParts table = new TableParts(entity, context, names, hints);
      entity.attributes().forEach(attribute -> mappings.map(attribute, table));
      parts.put(entity.type().getQualifiedName().toString(), table);
    }
    collections.addColumnsTo(parts);

    Map<String, Table> tables = new TreeMap<>();
    Map<String, String> entityNames = new TreeMap<>();
    Map<String, String> sources = new TreeMap<>();
    for (TableParts table : parts.values()) {
      constraints.add(table);
      put(table.toTable(), table.entity, table.entity.type(), tables, entityNames, sources);
    }
    for (CollectionTables.OwnedTable table : collections.tables()) {
      put(table.table(), table.owner(), table.origin(), tables, entityNames, sources);
    }
    Map<String, Sequence> sequences = new TreeMap<>();
    generation.sequences().forEach(s -> sequences.putIfAbsent(s.name(), s));
    Schema schema = new Schema(List.copyOf(tables.values()), List.copyOf(sequences.values()));
    return new EntityModel(schema, hints.renames, hints.backfills, context.origins, entityNames, context.problems);
  }

  /** Adds a table unless another entity or collection already maps one of that name. */
  private void put(Table table, Entity entity, Element origin, Map<String, Table> tables,
      Map<String, String> entityNames, Map<String, String> sources) {
    String source = origin == entity.type() ? entity.type().getQualifiedName().toString()
        : entity.type().getQualifiedName() + "." + origin.getSimpleName();
    if (tables.containsKey(table.name())) {
      context.error(Code.CONFLICTING_TABLE, "table " + table.name() + " is mapped more than once (by "
          + sources.get(table.name()) + " and " + source + ")", origin);
      return;
    }
    tables.put(table.name(), table);
    sources.put(table.name(), source);
    entityNames.put(table.name(), entity.type().getQualifiedName().toString());
  }
}
