package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.jpa.Mirrors.Annotation;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.GeneratorRow;
import dev.godwit.processor.model.IdColumn;
import dev.godwit.processor.model.Identifiers;
import dev.godwit.processor.model.Sequence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * {@code @GeneratedValue} on an id: an identity column, the sequence Hibernate creates for it, or
 * the table and row of a table generator. A named generator is found by {@link GeneratorLookup};
 * one declared nowhere is Hibernate's implicit generator of that name: a sequence named after it
 * (start 1, increment 50), or with {@code strategy = TABLE} a generator table named after it.
 */
final class IdGeneration {
  /** The table {@code GenerationType.TABLE} uses without a {@code @TableGenerator}. */
  private static final String DEFAULT_TABLE = "hibernate_sequences";

  private final ReadContext context;
  private final GeneratorLookup lookup;
  private final List<Sequence> sequences = new ArrayList<>();
  private final List<UsedRow> generatorRows = new ArrayList<>();
  /** (id attribute, root entity) -> the name of the sequence that generates it. */
  private final Map<List<Element>, String> sequenceOfId = new HashMap<>();
  /** sequence name -> the id columns it fills. */
  private final Map<String, List<IdColumn>> filled = new HashMap<>();
  /** (id attribute, root entity) -> the key of the table generator row that generates it. */
  private final Map<List<Element>, String> rowOfId = new HashMap<>();
  /** generator row key -> the id columns it fills. */
  private final Map<String, List<IdColumn>> filledRows = new HashMap<>();

  /** A table generator's row and the id that uses it, for errors about its table. */
  record UsedRow(GeneratorRow row, Element origin) {}

  /** Whether an id named a generator that neither it nor its entity declares ({@link GeneratorLookup#lookedFurther}). */
  boolean lookedFurther() {
    return lookup.lookedFurther();
  }

  /** The names of the generators these entities declare. */
  java.util.Set<String> declaredBy(java.util.Collection<Entity> some) {
    return lookup.declaredBy(some);
  }

  /** The generator names these entity classes' ids name beyond their class ({@link GeneratorLookup#namedFurther}). */
  java.util.Set<String> namedFurther(java.util.Collection<TypeElement> entityTypes) {
    return lookup.namedFurther(entityTypes);
  }

  IdGeneration(ReadContext context, GeneratorLookup lookup) {
    this.context = context;
    this.lookup = lookup;
  }

  /**
   * The rows of the table generators the generated ids use, in the order they were found (may
   * repeat), with the id columns each fills.
   */
  List<UsedRow> generatorRows() {
    return generatorRows.stream().map(u -> new UsedRow(u.row().withIds(filledRows.getOrDefault(u.row().key(), List.of())),
        u.origin())).toList();
  }

  /** Every sequence the generated ids need, in the order they were found (may repeat), with the id columns it fills. */
  List<Sequence> sequences() {
    return sequences.stream().map(s -> s.withIds(filled.getOrDefault(s.name(), List.of()))).toList();
  }

  /**
   * Records that {@code column} of {@code table} holds the ids of {@code attribute}, whose entity
   * hierarchy has {@code root}, if a sequence or a table generator's row generates them
   * ({@link #identity} has seen them).
   */
  void filled(Attribute attribute, Entity root, String table, String column) {
    List<Element> id = List.of(attribute.element(), root.type());
    String sequence = sequenceOfId.get(id);
    if (sequence != null) {
      filled.computeIfAbsent(sequence, s -> new ArrayList<>()).add(new IdColumn(table, column));
    }
    String row = rowOfId.get(id);
    if (row != null) {
      filledRows.computeIfAbsent(row, r -> new ArrayList<>()).add(new IdColumn(table, column));
    }
  }

  /**
   * Records the sequence or the table generator's row a generated id of {@code entity} (the root
   * of its hierarchy) needs; true when the column itself is an identity.
   */
  boolean identity(Attribute attribute, Entity entity, ColumnType type) {
    Optional<Annotation> generated = context.mirrors.jpa(attribute.element(), "GeneratedValue");
    if (generated.isEmpty()) {
      return false;
    }
    String strategy = generated.get().constant("strategy");
    String generator = generated.get().string("generator");
    Optional<GeneratorLookup.Found> found = generator.isEmpty() ? Optional.of(GeneratorLookup.Found.IMPLICIT)
        : lookup.find(attribute.element(), entity.type(), generator);
    if (found.isEmpty()) {
      return false;
    }
    // A declared generator decides the kind, whatever the strategy says (Hibernate lets it override even IDENTITY).
    String kind = found.get().kind();
    Optional<Annotation> declared = found.get().definition();
    if (found.get().implicit() && strategy.equals("IDENTITY")) {
      if (!generator.isEmpty()) {
        context.error(Code.UNSUPPORTED_MAPPING, "@GeneratedValue(strategy = IDENTITY, generator = \"" + generator
            + "\") names no @SequenceGenerator or @TableGenerator; Hibernate refuses a generator name with IDENTITY",
            attribute.element());
        return false;
      }
      if (entity.strategy() == Entity.Strategy.TABLE_PER_CLASS) {
        context.error(Code.UNSUPPORTED_MAPPING, "@GeneratedValue(strategy = IDENTITY) cannot generate the ids of a "
            + "TABLE_PER_CLASS hierarchy (each class has its own table); Hibernate refuses it. Use SEQUENCE",
            attribute.element());
        return false;
      }
      return true;
    }
    if (kind.equals("TableGenerator") || found.get().implicit() && strategy.equals("TABLE")) {
      if (declared.isPresent()) {
        generatorTable(declared.get(), entity, attribute);
      } else if (generator.isEmpty()) {
        add(new GeneratorRow(context.physical(DEFAULT_TABLE), "sequence_name", "next_val", "default", 0), entity, attribute);
      } else {
        // Hibernate's implicit table generator: a table named after the generator, one row per entity table
        add(new GeneratorRow(context.physical(generator), "sequence_name", "next_val",
            Identifiers.bare(entity.table()), 0), entity, attribute);
      }
      return false;
    }
    boolean numeric = switch (type.kind()) {
      case TINYINT, SMALLINT, INTEGER, BIGINT, NUMERIC -> true;
      default -> false;
    };
    if (!numeric) {
      return false; // UUIDs are generated in Java, no database object is needed
    }
    if (found.get().implicit() && strategy.equals("AUTO") && generator.equalsIgnoreCase("increment")) {
      return false; // Hibernate's implicit "increment" generator counts in memory
    }
    String sequenceName = declared.map(d -> d.string("sequenceName")).filter(n -> !n.isEmpty())
        .orElse(generator.isEmpty() ? Identifiers.bare(entity.logicalTable()) + "_SEQ" : generator);
    int increment = declared.map(d -> d.integer("allocationSize")).orElse(50);
    int start = declared.map(d -> d.integer("initialValue")).orElse(1);
    Optional<Qualified> qualified = declared.isEmpty() ? Optional.of(new Qualified(Optional.empty(), sequenceName))
        : qualified(sequenceName, declared.get(), "@SequenceGenerator(sequenceName", attribute);
    if (qualified.isEmpty()) {
      return false;
    }
    String name = context.physical(qualified.get().name());
    sequences.add(new Sequence(name, start, increment));
    sequenceOfId.put(List.of(attribute.element(), entity.type()), name);
    context.schemas.sequence(name, qualified.get().schema(), attribute.element());
    return false;
  }

  /**
   * Records the sequence the generator of a Hibernate {@code @CollectionId} needs, which fills
   * {@code column} of the collection table {@code table}: {@code "increment"} none (it counts in
   * memory); {@code "sequence"} the implicit one Hibernate 6.6 names after the table
   * ({@code StandardNamingStrategy}: the table's physical name + {@code _SEQ}, start 1, increment
   * 50); another name the {@code @SequenceGenerator} of that name. False after reporting a generator
   * Godwit does not follow.
   */
  boolean collectionId(Attribute attribute, Entity owner, String generator, String table, Optional<String> tableSchema,
      String column) {
    if (generator.equals("increment")) {
      return true;
    }
    Optional<Qualified> qualified;
    int start = 1;
    int increment = 50;
    if (generator.equals("sequence")) {
      if (tableSchema.isPresent()) {
        context.error(Code.UNSUPPORTED_MAPPING, "@CollectionId(generator = \"sequence\") of " + attribute.name()
            + ", whose collection table is in schema " + tableSchema.get() + ": Godwit does not support yet where "
            + "Hibernate puts its implicit sequence. Name a @SequenceGenerator instead", attribute.element());
        return false;
      }
      qualified = Optional.of(new Qualified(Optional.empty(), Identifiers.bare(table) + "_SEQ"));
    } else {
      Optional<GeneratorLookup.Found> found = lookup.find(attribute.element(), owner.type(), generator);
      if (found.isEmpty()) {
        return false;
      }
      if (!found.get().kind().equals("SequenceGenerator")) {
        context.error(Code.UNSUPPORTED_MAPPING, "@CollectionId(generator = \"" + generator + "\") of "
            + attribute.name() + (found.get().implicit() ? " names no @SequenceGenerator" : " names a @TableGenerator")
            + "; Godwit supports \"increment\", \"sequence\" and the name of a @SequenceGenerator there",
            attribute.element());
        return false;
      }
      Annotation declared = found.get().definition().orElseThrow();
      String sequenceName = Optional.of(declared.string("sequenceName")).filter(n -> !n.isEmpty()).orElse(generator);
      start = declared.integer("initialValue");
      increment = declared.integer("allocationSize");
      qualified = qualified(sequenceName, declared, "@SequenceGenerator(sequenceName", attribute);
    }
    if (qualified.isEmpty()) {
      return false;
    }
    String name = context.physical(qualified.get().name());
    sequences.add(new Sequence(name, start, increment));
    filled.computeIfAbsent(name, s -> new ArrayList<>()).add(new IdColumn(table, column));
    context.schemas.sequence(name, qualified.get().schema(), attribute.element());
    return true;
  }

  /** A generator's sequence or table with its schema. */
  private record Qualified(Optional<String> schema, String name) {}

  /**
   * The schema and name of a generator's sequence or table, as Hibernate 6.6 reads them: a name
   * with a dot is parsed as {@code schema.name} or {@code schema.catalog.name}
   * ({@code QualifiedNameParser}), and then the generator's {@code schema} and {@code catalog} are
   * ignored; a name quoted in backticks as a whole is one name, in the default schema. Without a
   * dot, the generator's {@code schema} and {@code catalog} apply. A catalog is dropped where
   * Hibernate drops it on every configured dialect ({@link Catalogs}), else an error. Empty if an
   * error was reported.
   */
  private Optional<Qualified> qualified(String text, Annotation generator, String attributeName, Attribute attribute) {
    String annotation = attributeName.substring(0, attributeName.indexOf('('));
    if (!text.contains(".")) {
      String catalog = generator.string("catalog").strip();
      if (!catalog.isEmpty()) {
        Optional<Problem> problem = context.catalogs.problem(annotation + "(catalog = \"" + catalog + "\")", catalog,
            attribute.element());
        if (problem.isPresent()) {
          context.report(List.of(problem.get()));
          return Optional.empty();
        }
      }
      return Optional.of(new Qualified(context.schemaOf(generator), text));
    }
    boolean quotedInEntirety = text.length() > 1 && text.startsWith("`") && text.endsWith("`")
        && text.chars().filter(c -> c == '`').count() == 2;
    if (quotedInEntirety) {
      return Optional.of(new Qualified(Optional.empty(), text));
    }
    String[] parts = text.split("\\.", -1);
    if (parts.length < 2 || parts.length > 3 || java.util.Arrays.stream(parts).anyMatch(String::isBlank)) {
      context.error(Code.UNSUPPORTED_MAPPING, attributeName + " = \"" + text + "\") is read by Hibernate as "
          + "schema.name or schema.catalog.name, and this is neither. Name the schema with schema = ..., or quote the "
          + "whole name in backticks to keep the dots in it", attribute.element());
      return Optional.empty();
    }
    if (parts.length == 3) {
      Optional<Problem> problem = context.catalogs.problem(attributeName + " = \"" + text + "\"), which Hibernate "
          + "reads as schema.catalog.name,", parts[1], attribute.element());
      if (problem.isPresent()) {
        context.report(List.of(problem.get()));
        return Optional.empty();
      }
    }
    return Optional.of(new Qualified(Optional.of(context.physical(parts[0])), parts[parts.length - 1]));
  }

  /**
   * The table and row of a {@code @TableGenerator}, as Hibernate 6.6 exports them: the table is
   * named after the generator unless {@code table} is given, the segment is the entity's table
   * unless {@code pkColumnValue} is given, and the row starts at {@code initialValue}
   * ({@code allocationSize} never reaches the database).
   */
  private void generatorTable(Annotation generator, Entity entity, Attribute attribute) {
    if (!generator.strings("uniqueConstraints").isEmpty() || !generator.strings("indexes").isEmpty()) {
      // GenerationStrategyInterpreter.interpretTableGenerator logs HHH000120 "Ignoring unique constraints specified on table generator"
      // and never reads indexes: the generator table gets neither.
      context.problems.add(Problem.warning(Code.UNSUPPORTED_MAPPING, "Hibernate 6.6 creates neither the "
          + "uniqueConstraints nor the indexes of @TableGenerator(name = \"" + generator.string("name")
          + "\"); Godwit creates neither either. Remove them, or add the key to the table by hand.",
          attribute.element()));
    }
    String table = generator.string("table").isEmpty() ? generator.string("name") : generator.string("table");
    String segmentColumn = generator.string("pkColumnName").isEmpty() ? "sequence_name" : generator.string("pkColumnName");
    String valueColumn = generator.string("valueColumnName").isEmpty() ? "next_val" : generator.string("valueColumnName");
    String segment = generator.string("pkColumnValue").isEmpty() ? Identifiers.bare(entity.table())
        : generator.string("pkColumnValue");
    Optional<Qualified> qualified = qualified(table, generator, "@TableGenerator(table", attribute);
    if (qualified.isEmpty()) {
      return;
    }
    String name = context.physical(qualified.get().name());
    context.schemas.table(name, qualified.get().schema(), attribute.element());
    // the physical naming strategy renames the table, not its columns
    add(new GeneratorRow(name, context.quoting.logical(segmentColumn), context.quoting.logical(valueColumn),
        segment, generator.integer("initialValue"), generator.integer("allocationSize"), List.of()), entity, attribute);
  }

  /** {@code row} generates the ids of {@code attribute} in the hierarchy of {@code entity} (its root). */
  private void add(GeneratorRow row, Entity entity, Attribute attribute) {
    generatorRows.add(new UsedRow(row, attribute.element()));
    rowOfId.put(List.of(attribute.element(), entity.type()), row.key());
  }
}
