package dev.godwit.fuzz;

import dev.godwit.fuzz.FieldType.Kind;
import dev.godwit.fuzz.Model.Entity;
import dev.godwit.fuzz.Model.Field;
import dev.godwit.fuzz.Model.Id;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/** Random entity models, and random fields and entities to add to one; ids come from a shared counter. */
final class ModelGenerator {
  private static final Kind[] BASIC = {Kind.STRING, Kind.STRING, Kind.INTEGER, Kind.LONG, Kind.SHORT, Kind.BOOLEAN,
      Kind.DECIMAL, Kind.DOUBLE, Kind.DATE, Kind.ENUM_STRING, Kind.ENUM_ORDINAL};
  private static final int[] LENGTHS = {16, 20, 32, 40, 64, 100, 255};

  private final Random random;
  private int nextId = 1;

  ModelGenerator(Random random) {
    this.random = random;
  }

  /** The id counter continues after the ids of {@code model}. */
  ModelGenerator after(Model model) {
    for (Entity entity : model.entities()) {
      nextId = Math.max(nextId, entity.id() + 1);
      entity.fields().forEach(f -> nextId = Math.max(nextId, f.id() + 1));
    }
    return this;
  }

  Model model() {
    Model model = Model.of(List.of());
    int count = 1 + random.nextInt(4);
    for (int i = 0; i < count; i++) {
      model = model.plus(entity(model, false));
    }
    return model;
  }

  /** A new entity whose name no table of {@code model} (nor {@code taken}) has; references existing entities. */
  Entity entity(Model model, boolean newInEvolution, Set<String> taken) {
    String className = freeClassName(model, taken);
    Id id = switch (random.nextInt(4)) {
      case 0 -> Id.SEQUENCE;
      case 1 -> Id.IDENTITY;
      default -> Id.ASSIGNED;
    };
    Entity entity = new Entity(nextId++, className, id, List.of(), List.of(), List.of(), Optional.empty());
    int fields = 1 + random.nextInt(5);
    for (int i = 0; i < fields; i++) {
      Optional<Field> field = random.nextInt(6) == 0 && !model.entities().isEmpty()
          ? reference(model, entity, true)
          : basic(entity, true);
      if (field.isPresent()) {
        entity = entity.plus(field.get());
      }
    }
    List<Field> distinct = entity.fields().stream().filter(f -> f.type().kind().distinctValues()).toList();
    if (!distinct.isEmpty() && random.nextInt(3) == 0) {
      entity = entity.withUniques(List.of(pick(distinct, 2).stream().map(Field::id).toList()));
    }
    if (!entity.fields().isEmpty() && random.nextInt(3) == 0) {
      entity = entity.withIndexes(List.of(pick(entity.fields(), 2).stream().map(Field::id).toList()));
    }
    return entity;
  }

  Entity entity(Model model, boolean newInEvolution) {
    return entity(model, newInEvolution, Set.of());
  }

  /** A basic field, nullable or (when {@code mayBeNotNull}) not; unique only where values are distinct. */
  Optional<Field> basic(Entity entity, boolean mayBeNotNull) {
    Optional<String> name = freeFieldName(entity);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Kind kind = BASIC[random.nextInt(BASIC.length)];
    FieldType type = switch (kind) {
      case STRING -> FieldType.string(LENGTHS[random.nextInt(LENGTHS.length)]);
      case DECIMAL -> FieldType.decimal(8 + random.nextInt(8), 2 + random.nextInt(2));
      case ENUM_STRING, ENUM_ORDINAL -> FieldType.enumerated(kind, constants(2 + random.nextInt(3)));
      default -> FieldType.of(kind);
    };
    boolean nullable = !mayBeNotNull || random.nextInt(3) != 0;
    boolean unique = kind.distinctValues() && random.nextInt(6) == 0;
    return Optional.of(new Field(nextId++, name.get(), type, nullable, unique, Optional.empty(), Optional.empty(),
        Optional.empty()));
  }

  /** A many-to-one to an entity of {@code model} (not {@code owner}); not null only when {@code mayBeNotNull}. */
  Optional<Field> reference(Model model, Entity owner, boolean mayBeNotNull) {
    List<Entity> targets = model.entities().stream().filter(e -> e.id() != owner.id()).toList();
    if (targets.isEmpty()) {
      return Optional.empty();
    }
    Entity target = targets.get(random.nextInt(targets.size()));
    String base = Character.toLowerCase(target.className().charAt(0)) + target.className().substring(1);
    String name = owner.fields().stream().anyMatch(f -> f.name().equalsIgnoreCase(base)) ? base + "Ref" : base;
    if (owner.fields().stream().anyMatch(f -> f.name().equalsIgnoreCase(name))) {
      return Optional.empty();
    }
    boolean nullable = !mayBeNotNull || random.nextInt(3) != 0;
    return Optional.of(new Field(nextId++, name, new FieldType(Kind.REFERENCE, 0, 0, 0, List.of()), nullable, false,
        Optional.of(target.id()), Optional.empty(), Optional.empty()));
  }

  String freeClassName(Model model, Set<String> taken) {
    Set<String> used = new TreeSet<>(taken);
    model.entities().forEach(e -> used.add(e.table()));
    List<String> free = Names.CLASSES.stream().filter(n -> !used.contains(Names.snake(n))).toList();
    return free.isEmpty() ? "Thing" + nextId : free.get(random.nextInt(free.size()));
  }

  Optional<String> freeFieldName(Entity entity) {
    Set<String> used = new TreeSet<>(Set.of("id"));
    entity.fields().forEach(f -> {
      used.add(f.column());
      used.add(Names.snake(f.name()));
    });
    List<String> free = Names.FIELDS.stream().filter(n -> !used.contains(Names.snake(n))
        && !used.contains(Names.snake(n) + "_id")).toList();
    return free.isEmpty() ? Optional.empty() : Optional.of(free.get(random.nextInt(free.size())));
  }

  private List<String> constants(int count) {
    List<String> all = new ArrayList<>(Names.CONSTANTS);
    java.util.Collections.shuffle(all, random);
    return List.copyOf(all.subList(0, count));
  }

  /** One or two distinct elements of {@code items}. */
  <T> List<T> pick(List<T> items, int most) {
    List<T> copy = new ArrayList<>(items);
    java.util.Collections.shuffle(copy, random);
    return List.copyOf(copy.subList(0, Math.min(copy.size(), 1 + random.nextInt(most))));
  }

  int nextId() {
    return nextId++;
  }
}
