package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.jpa.EntityModel.BackfillHint;
import dev.godwit.processor.jpa.EntityModel.RenameHint;
import dev.godwit.processor.jpa.Mirrors.Annotation;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.Identifiers;
import dev.godwit.processor.model.Index;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.model.Sequence;
import dev.godwit.processor.model.Table;
import dev.godwit.processor.model.UniqueKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads JPA entity classes into the schema Hibernate ORM 6.6 would create for them. This is the
 * only stage that sees {@code javax.lang.model}; everything after it works on {@link Schema}.
 */
public final class EntityReader {
  private static final String RENAMED = "dev.godwit.Renamed";
  private static final String BACKFILL = "dev.godwit.Backfill";
  private final Mirrors mirrors;
  private final UnsupportedMappings unsupported;
  private final Elements elements;
  private final Types types;
  private final Naming naming;

  private final List<Problem> problems = new ArrayList<>();
  private final List<RenameHint> renames = new ArrayList<>();
  private final List<BackfillHint> backfills = new ArrayList<>();
  private final Map<String, Element> origins = new TreeMap<>();
  private final Map<String, String> entityNames = new TreeMap<>();

  public EntityReader(Elements elements, Types types, Naming naming) {
    this.mirrors = new Mirrors(elements);
    this.unsupported = new UnsupportedMappings(mirrors);
    this.elements = elements;
    this.types = types;
    this.naming = naming;
  }

  /** Reads all entities; the order they are given in does not matter. */
  public EntityModel read(Collection<TypeElement> entityTypes) {
    List<TypeElement> sorted = entityTypes.stream()
        .sorted(Comparator.comparing(t -> t.getQualifiedName().toString()))
        .toList();
    Map<String, Entity> entities = new LinkedHashMap<>();
    for (TypeElement type : sorted) {
      describe(type).ifPresent(entity -> entities.put(type.getQualifiedName().toString(), entity));
    }
    Map<String, Table> tables = new TreeMap<>();
    List<Sequence> sequences = new ArrayList<>();
    for (Entity entity : entities.values()) {
      Table table = buildTable(entity, entities, sequences);
      if (tables.containsKey(table.name())) {
        problems.add(Problem.error(Code.CONFLICTING_TABLE, "table " + table.name()
            + " is mapped by more than one entity (" + entityNames.get(table.name()) + " and "
            + entity.type.getQualifiedName() + ")", entity.type));
        continue;
      }
      tables.put(table.name(), table);
      entityNames.put(table.name(), entity.type.getQualifiedName().toString());
    }
    Map<String, Sequence> uniqueSequences = new TreeMap<>();
    sequences.forEach(s -> uniqueSequences.putIfAbsent(s.name(), s));
    Schema schema = new Schema(List.copyOf(tables.values()), List.copyOf(uniqueSequences.values()));
    return new EntityModel(schema, renames, backfills, origins, entityNames, problems);
  }

  /** An entity class with its names, access type, persistent members and id. */
  private record Entity(
      TypeElement type, String name, String logicalTable, String table, List<Element> members, Element id) {}

  private Optional<Entity> describe(TypeElement type) {
    Annotation entity = mirrors.jpa(type, "Entity").orElseThrow();
    String entityName = entity.string("name").isEmpty() ? type.getSimpleName().toString() : entity.string("name");
    String tableName = mirrors.jpa(type, "Table").map(t -> t.string("name")).filter(n -> !n.isEmpty()).orElse(entityName);
    String logicalTable = Naming.logical(tableName);
    String table = naming.physical(logicalTable);
    report(unsupported.ofType(type)); // members are still read, so one compile reports every problem
    List<TypeElement> hierarchy = hierarchy(type);
    if (hierarchy == null) {
      return Optional.empty();
    }
    boolean propertyAccess = propertyAccess(hierarchy);
    List<Element> members = new ArrayList<>();
    for (TypeElement level : hierarchy) {
      members.addAll(propertyAccess ? properties(level) : fields(level));
    }
    List<Element> ids = members.stream().filter(m -> mirrors.hasJpa(m, "Id") || mirrors.hasJpa(m, "EmbeddedId")).toList();
    if (ids.isEmpty()) {
      problems.add(Problem.error(Code.MISSING_ID, "entity " + type.getSimpleName()
          + " has no @Id attribute; Hibernate refuses such an entity", type));
      return Optional.empty();
    }
    if (ids.size() > 1 || mirrors.hasJpa(ids.get(0), "EmbeddedId")) {
      problems.add(Problem.error(Code.UNSUPPORTED_MAPPING,
          "composite primary keys are not supported by Godwit yet", ids.get(ids.size() - 1)));
      return Optional.empty();
    }
    origins.put(table, type);
    mirrors.exact(type, RENAMED).ifPresent(r -> renames.add(new RenameHint(type, table, Optional.empty(), r.string("from"))));
    return Optional.of(new Entity(type, entityName, logicalTable, table, members, ids.get(0)));
  }

  /** Records the problems; true when none of them is an error. */
  private boolean report(List<Problem> found) {
    problems.addAll(found);
    return found.stream().noneMatch(p -> p.kind() == javax.tools.Diagnostic.Kind.ERROR);
  }

  /** The entity and its {@code @MappedSuperclass} ancestors, root first; null after an error. */
  private List<TypeElement> hierarchy(TypeElement type) {
    List<TypeElement> chain = new ArrayList<>();
    chain.add(type);
    TypeMirror superType = type.getSuperclass();
    while (superType instanceof DeclaredType declared) {
      TypeElement superElement = (TypeElement) declared.asElement();
      if (mirrors.hasJpa(superElement, "Entity")) {
        problems.add(Problem.error(Code.UNSUPPORTED_MAPPING, "entity inheritance (" + type.getSimpleName()
            + " extends entity " + superElement.getSimpleName() + ") is not supported by Godwit yet", type));
        return null;
      }
      if (mirrors.hasJpa(superElement, "MappedSuperclass")) {
        chain.add(0, superElement);
      }
      superType = superElement.getSuperclass();
    }
    return chain;
  }

  private boolean propertyAccess(List<TypeElement> hierarchy) {
    for (int i = hierarchy.size() - 1; i >= 0; i--) {
      Optional<Annotation> access = mirrors.jpa(hierarchy.get(i), "Access");
      if (access.isPresent()) {
        return access.get().constant("value").equals("PROPERTY");
      }
    }
    for (TypeElement level : hierarchy) {
      for (Element member : level.getEnclosedElements()) {
        if (mirrors.hasJpa(member, "Id") || mirrors.hasJpa(member, "EmbeddedId")) {
          return member.getKind() == ElementKind.METHOD;
        }
      }
    }
    return false;
  }

  private List<Element> fields(TypeElement type) {
    List<Element> fields = new ArrayList<>();
    for (var field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (field.getModifiers().contains(Modifier.STATIC) || field.getModifiers().contains(Modifier.TRANSIENT)
          || mirrors.hasJpa(field, "Transient")) {
        continue;
      }
      fields.add(field);
    }
    return fields;
  }

  private List<Element> properties(TypeElement type) {
    List<Element> getters = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (method.getModifiers().contains(Modifier.STATIC) || !method.getParameters().isEmpty()
          || mirrors.hasJpa(method, "Transient") || propertyName(method).isEmpty()) {
        continue;
      }
      getters.add(method);
    }
    return getters;
  }

  private static String propertyName(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    String base = name.startsWith("get") ? name.substring(3)
        : name.startsWith("is") && method.getReturnType().getKind() == javax.lang.model.type.TypeKind.BOOLEAN
            ? name.substring(2) : "";
    if (base.isEmpty()) {
      return "";
    }
    if (base.length() > 1 && Character.isUpperCase(base.charAt(0)) && Character.isUpperCase(base.charAt(1))) {
      return base;
    }
    return Character.toLowerCase(base.charAt(0)) + base.substring(1);
  }

  private static String attributeName(Element member) {
    return member instanceof ExecutableElement method ? propertyName(method) : member.getSimpleName().toString();
  }

  private static TypeMirror attributeType(Element member) {
    return member instanceof ExecutableElement method ? method.getReturnType() : member.asType();
  }

  private Table buildTable(Entity entity, Map<String, Entity> entities, List<Sequence> sequences) {
    List<Column> columns = new ArrayList<>();
    List<UniqueKey> uniques = new ArrayList<>();
    List<ForeignKey> foreignKeys = new ArrayList<>();
    Map<String, String> physicalByLogical = new TreeMap<>();
    for (Element member : entity.members) {
      if (!report(unsupported.ofMember(member))) {
        continue;
      }
      Optional<Column> column = mirrors.hasJpa(member, "ManyToOne") || mirrors.hasJpa(member, "OneToOne")
          ? joinColumn(entity, member, entities, uniques, foreignKeys)
          : basicColumn(entity, member, sequences);
      if (column.isEmpty()) {
        continue;
      }
      Column c = column.get();
      if (columns.stream().anyMatch(existing -> existing.name().equalsIgnoreCase(c.name()))) {
        problems.add(Problem.error(Code.DUPLICATE_COLUMN, "column " + c.name() + " of table " + entity.table
            + " is mapped twice", member));
        continue;
      }
      columns.add(c);
      if (mirrors.jpa(member, "Column").map(a -> a.bool("unique")).orElse(false) && member != entity.id) {
        uniques.add(new UniqueKey(Naming.constraintName("UK", entity.table, List.of(c.name())), List.of(c.name()), true));
      }
      physicalByLogical.put(logicalColumnName(member).toLowerCase(Locale.ROOT), c.name());
      physicalByLogical.put(Identifiers.bare(c.name()).toLowerCase(Locale.ROOT), c.name());
      origins.put(entity.table + "." + c.name(), member);
      hints(entity, member, c);
    }
    String idColumn = columns.stream().filter(c -> origins.get(entity.table + "." + c.name()) == entity.id)
        .map(Column::name).findFirst().orElseThrow();
    List<Index> indexes = new ArrayList<>();
    mirrors.jpa(entity.type, "Table").ifPresent(table -> {
      for (Annotation index : table.annotations("indexes", elements)) {
        indexes.add(index(entity, index, physicalByLogical));
      }
      for (Annotation unique : table.annotations("uniqueConstraints", elements)) {
        List<String> cols = unique.strings("columnNames").stream()
            .map(n -> resolveColumn(entity, n, physicalByLogical)).toList();
        String name = unique.string("name");
        uniques.add(name.isEmpty()
            ? new UniqueKey(Naming.constraintName("UK", entity.table, unique.strings("columnNames")), cols, true)
            : new UniqueKey(name, cols, false));
      }
    });
    List<Column> ordered = new ArrayList<>(columns);
    ordered.sort(Comparator.comparing((Column c) -> !c.name().equals(idColumn)).thenComparing(c -> c.name().toLowerCase(Locale.ROOT)));
    return new Table(entity.table, ordered, List.of(idColumn), uniques, indexes, foreignKeys);
  }

  private Index index(Entity entity, Annotation index, Map<String, String> physicalByLogical) {
    List<String> columns = new ArrayList<>();
    List<String> writtenColumns = new ArrayList<>(); // Hibernate hashes the names as the columnList writes them
    for (String part : index.string("columnList").split(",")) {
      String[] words = part.trim().split("\\s+");
      String column = resolveColumn(entity, words[0], physicalByLogical);
      writtenColumns.add(words[0]);
      String order = words.length > 1 ? " " + words[1].toLowerCase(Locale.ROOT) : "";
      columns.add(order.equals(" asc") ? column + " asc" : column + order);
    }
    String name = index.string("name");
    boolean unique = index.bool("unique");
    return new Index(name.isEmpty() ? Naming.constraintName(unique ? "UK" : "IDX", entity.table, writtenColumns) : name,
        columns, unique);
  }

  private String resolveColumn(Entity entity, String logical, Map<String, String> physicalByLogical) {
    String key = Identifiers.bare(logical);
    String physical = physicalByLogical.get(key.toLowerCase(Locale.ROOT));
    if (physical == null) {
      problems.add(Problem.error(Code.UNSUPPORTED_MAPPING, "@Table of " + entity.type.getSimpleName()
          + " names column '" + logical + "', which the entity does not map; columns: "
          + String.join(", ", new java.util.TreeSet<>(physicalByLogical.values())), entity.type));
      return naming.physical(Naming.logical(logical));
    }
    return physical;
  }

  private String logicalColumnName(Element member) {
    return mirrors.jpa(member, "Column").map(c -> c.string("name")).filter(n -> !n.isEmpty())
        .orElse(attributeName(member));
  }

  private Optional<Column> basicColumn(Entity entity, Element member, List<Sequence> sequences) {
    if (mirrors.hasJpa(member, "OneToMany")) {
      if (mirrors.jpa(member, "OneToMany").get().string("mappedBy").isEmpty()) {
        problems.add(Problem.error(Code.UNSUPPORTED_MAPPING,
            "@OneToMany without mappedBy (a join table or a foreign key in the child) is not supported by Godwit yet; "
                + "map the owning @ManyToOne side and use mappedBy", member));
      }
      return Optional.empty();
    }
    TypeMirror type = attributeType(member);
    Optional<Annotation> column = mirrors.jpa(member, "Column");
    String enumType = mirrors.jpa(member, "Enumerated").map(e -> e.constant("value")).orElse("ORDINAL");
    TypeMapper.Facets facets = new TypeMapper.Facets(
        column.map(c -> c.integer("length")).orElse(0),
        column.map(c -> c.integer("precision")).orElse(0),
        column.map(c -> c.integer("scale")).orElse(0),
        mirrors.hasJpa(member, "Lob"),
        enumType);
    Optional<ColumnType> columnType = TypeMapper.map(type, facets);
    if (columnType.isEmpty()) {
      if (type instanceof DeclaredType d && mirrors.hasJpa(d.asElement(), "Embeddable")) {
        problems.add(Problem.error(Code.UNSUPPORTED_MAPPING, "embeddable attributes are not supported by Godwit yet", member));
      } else if (type instanceof DeclaredType d && mirrors.hasJpa(d.asElement(), "Entity")) {
        problems.add(Problem.error(Code.UNSUPPORTED_MAPPING, "attribute " + attributeName(member)
            + " refers to an entity without @ManyToOne or @OneToOne", member));
      } else {
        problems.add(Problem.error(Code.UNSUPPORTED_TYPE, "Godwit does not know how Hibernate maps type " + type
            + " of attribute " + attributeName(member) + "; supported: String, numbers, Boolean, BigDecimal, "
            + "java.time types, UUID, byte[], enums; or mark it @Transient", member));
      }
      return Optional.empty();
    }
    boolean id = member == entity.id;
    boolean nullable = !id && !type.getKind().isPrimitive()
        && column.map(c -> c.bool("nullable")).orElse(true)
        && mirrors.jpa(member, "Basic").map(b -> b.bool("optional")).orElse(true)
        && !mirrors.hasJpa(member, "Version");
    boolean identity = false;
    if (id) {
      Optional<Annotation> generated = mirrors.jpa(member, "GeneratedValue");
      if (generated.isPresent()) {
        identity = generation(entity, member, generated.get(), columnType.get(), sequences);
      }
    }
    String name = naming.physical(Naming.logical(logicalColumnName(member)));
    return Optional.of(new Column(name, columnType.get(), nullable, identity));
  }

  /** Records the sequence a generated id needs; true when the column itself is an identity. */
  private boolean generation(Entity entity, Element member, Annotation generated, ColumnType type, List<Sequence> sequences) {
    String strategy = generated.constant("strategy");
    boolean numeric = switch (type.kind()) {
      case TINYINT, SMALLINT, INTEGER, BIGINT, NUMERIC -> true;
      default -> false;
    };
    if (strategy.equals("IDENTITY")) {
      return true;
    }
    if (strategy.equals("TABLE")) {
      problems.add(Problem.error(Code.UNSUPPORTED_MAPPING, "@GeneratedValue(strategy = TABLE) is not supported by Godwit yet", member));
      return false;
    }
    if (!numeric) {
      return false; // UUIDs are generated in Java, no database object is needed
    }
    String generator = generated.string("generator");
    Optional<Annotation> declared = generator.isEmpty() ? Optional.empty()
        : sequenceGenerator(member, generator).or(() -> sequenceGenerator(entity.type, generator));
    String sequenceName = declared.map(d -> d.string("sequenceName")).filter(n -> !n.isEmpty())
        .orElse(generator.isEmpty() || declared.isEmpty() ? Identifiers.bare(entity.logicalTable) + "_SEQ" : generator);
    int increment = declared.map(d -> d.integer("allocationSize")).orElse(50);
    int start = declared.map(d -> d.integer("initialValue")).orElse(1);
    sequences.add(new Sequence(naming.physical(Naming.logical(sequenceName)), start, increment));
    return false;
  }

  private Optional<Annotation> sequenceGenerator(Element element, String name) {
    return mirrors.jpa(element, "SequenceGenerator").filter(g -> g.string("name").equals(name));
  }

  private Optional<Column> joinColumn(Entity entity, Element member, Map<String, Entity> entities,
      List<UniqueKey> uniques, List<ForeignKey> foreignKeys) {
    boolean oneToOne = mirrors.hasJpa(member, "OneToOne");
    Annotation relation = mirrors.jpa(member, oneToOne ? "OneToOne" : "ManyToOne").orElseThrow();
    if (oneToOne && !relation.string("mappedBy").isEmpty()) {
      return Optional.empty();
    }
    TypeMirror targetType = relation.type("targetEntity").filter(t -> !Mirrors.isVoid(t)).orElse(attributeType(member));
    Entity target = entities.get(Mirrors.qualifiedName(targetType));
    if (target == null) {
      problems.add(Problem.error(Code.UNKNOWN_RELATION_TARGET, "the target of " + attributeName(member) + " ("
          + targetType + ") is not an entity of this compilation", member));
      return Optional.empty();
    }
    Optional<Annotation> join = mirrors.jpa(member, "JoinColumn");
    Column targetId = idColumn(target);
    String logicalTargetId = logicalColumnName(target.id);
    String referenced = join.map(j -> j.string("referencedColumnName")).orElse("");
    if (!referenced.isEmpty() && !Identifiers.bare(referenced).equalsIgnoreCase(Identifiers.bare(logicalTargetId))
        && !Identifiers.bare(referenced).equalsIgnoreCase(Identifiers.bare(targetId.name()))) {
      problems.add(Problem.error(Code.UNSUPPORTED_MAPPING, "@JoinColumn(referencedColumnName = \"" + referenced
          + "\") refers to a column other than the primary key of " + target.type.getSimpleName()
          + ", which Godwit does not support yet", member));
      return Optional.empty();
    }
    // Hibernate quotes an implicit join column when the referenced table's name is quoted.
    String implicit = attributeName(member) + "_" + logicalTargetId;
    String logical = join.map(j -> j.string("name")).filter(n -> !n.isEmpty()).map(Naming::logical)
        .orElseGet(() -> Identifiers.isQuoted(target.logicalTable) ? Identifiers.quoted(implicit) : Naming.logical(implicit));
    String name = naming.physical(logical);
    boolean nullable = relation.bool("optional") && join.map(j -> j.bool("nullable")).orElse(true)
        && member != entity.id;
    String fkName = join.map(j -> j.annotation("foreignKey", elements).string("name")).filter(n -> !n.isEmpty())
        .orElse(Naming.foreignKeyName(entity.table, target.table, List.of(name)));
    foreignKeys.add(new ForeignKey(fkName, List.of(name), target.table, List.of(targetId.name())));
    if (oneToOne || join.map(j -> j.bool("unique")).orElse(false)) {
      uniques.add(new UniqueKey(Naming.constraintName("UK", entity.table, List.of(name)), List.of(name), true));
    }
    ColumnType type = targetId.type();
    return Optional.of(new Column(name, type, nullable, false));
  }

  private Column idColumn(Entity entity) {
    TypeMirror type = attributeType(entity.id);
    Optional<Annotation> column = mirrors.jpa(entity.id, "Column");
    TypeMapper.Facets facets = new TypeMapper.Facets(column.map(c -> c.integer("length")).orElse(0),
        column.map(c -> c.integer("precision")).orElse(0), column.map(c -> c.integer("scale")).orElse(0), false,
        "ORDINAL");
    ColumnType columnType = TypeMapper.map(type, facets).orElse(ColumnType.of(dev.godwit.processor.model.TypeKind.BIGINT));
    return new Column(naming.physical(Naming.logical(logicalColumnName(entity.id))), columnType, false, false);
  }

  private void hints(Entity entity, Element member, Column column) {
    mirrors.exact(member, RENAMED).ifPresent(r ->
        renames.add(new RenameHint(member, entity.table, Optional.of(column.name()), r.string("from"))));
    mirrors.exact(member, BACKFILL).ifPresent(b ->
        backfills.add(new BackfillHint(member, entity.table, column.name(), b.string("value"))));
  }
}
