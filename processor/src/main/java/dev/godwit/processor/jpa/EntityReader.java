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
    this(elements, types, naming, BeanValidationMode.WARN);
  }

  public EntityReader(Elements elements, Types types, Naming naming, BeanValidationMode beanValidation) {
    this.context = new ReadContext(elements, types, naming, beanValidation);
    this.hints = new Hints(context.mirrors);
    this.names = new ColumnNames(context.mirrors);
  }

  /** Reads all entities; the order they are given in does not matter. */
  public EntityModel read(Collection<TypeElement> entityTypes) {
    return read(entityTypes, List.of());
  }

  /**
   * Reads all entities, with the {@code @Converter} classes of the compilation (auto-applied ones
   * change the column type of every attribute of their Java type).
   */
  public EntityModel read(Collection<TypeElement> entityTypes, Collection<TypeElement> converterTypes) {
    EntityDescriber describer = new EntityDescriber(context, new PersistentAttributes(context), hints);
    Map<String, Entity> entities = new LinkedHashMap<>();
    entityTypes.stream()
        .sorted(Comparator.comparing(t -> t.getQualifiedName().toString()))
        .forEach(type -> describer.describe(type)
            .ifPresent(entity -> entities.put(type.getQualifiedName().toString(), entity)));

    IdGeneration generation = new IdGeneration(context);
    Converters converters = new Converters(context.types, context.mirrors, converterTypes);
    BasicColumns basics = new BasicColumns(context, names, generation, converters);
    KeyColumns keys = new KeyColumns(context, names, basics);
    AttributeMappings mappings = new AttributeMappings(context, List.of(
        new DerivedAttributes(context),
        new ToOneRelations(context, entities, keys),
        new InverseRelations(context),
        basics));
    TableConstraints constraints = new TableConstraints(context);

    Map<String, Table> tables = new TreeMap<>();
    Map<String, String> entityNames = new TreeMap<>();
    for (Entity entity : entities.values()) {
      TableParts parts = new TableParts(entity, context, names, hints);
      entity.attributes().forEach(attribute -> mappings.map(attribute, parts));
      constraints.add(parts);
      Table table = parts.toTable();
      if (tables.containsKey(table.name())) {
        context.error(Code.CONFLICTING_TABLE, "table " + table.name() + " is mapped by more than one entity ("
            + entityNames.get(table.name()) + " and " + entity.type().getQualifiedName() + ")", entity.type());
        continue;
      }
      tables.put(table.name(), table);
      entityNames.put(table.name(), entity.type().getQualifiedName().toString());
    }
    Map<String, Sequence> sequences = new TreeMap<>();
    generation.sequences().forEach(s -> sequences.putIfAbsent(s.name(), s));
    Schema schema = new Schema(List.copyOf(tables.values()), List.copyOf(sequences.values()));
    return new EntityModel(schema, hints.renames, hints.backfills, context.origins, entityNames, context.problems);
  }
}
