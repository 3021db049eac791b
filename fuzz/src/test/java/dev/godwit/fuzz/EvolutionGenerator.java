package dev.godwit.fuzz;

import dev.godwit.fuzz.FieldType.Kind;
import dev.godwit.fuzz.Model.Constant;
import dev.godwit.fuzz.Model.Entity;
import dev.godwit.fuzz.Model.Field;
import dev.godwit.fuzz.Model.Id;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/** A random model A and a random evolution of it: several edits at once, each with the hints it needs. */
final class EvolutionGenerator {
  private final Random random;
  private final ModelGenerator models;

  private EvolutionGenerator(long seed) {
    this.random = new Random(seed);
    this.models = new ModelGenerator(random);
  }

  static Evolution generate(long seed) {
    EvolutionGenerator generator = new EvolutionGenerator(seed);
    Model a = generator.models.model();
    return new Evolution(seed, a, generator.mutations(a));
  }

  private List<Mutation> mutations(Model a) {
    List<Mutation> kept = new ArrayList<>();
    Model current = a;
    int wanted = 1 + random.nextInt(5);
    for (int attempt = 0; attempt < 40 && kept.size() < wanted; attempt++) {
      Optional<Mutation> mutation = candidate(a, current);
      if (mutation.isEmpty()) {
        continue;
      }
      Model next = mutation.get().apply(a, current);
      if (!next.equals(current)) {
        kept.add(mutation.get());
        current = next;
      }
    }
    return kept;
  }

  private Optional<Mutation> candidate(Model a, Model current) {
    List<Entity> original = current.entities().stream().filter(e -> a.entity(e.id()).isPresent()).toList();
    int choice = random.nextInt(16);
    if (choice == 0 || original.isEmpty()) {
      Set<String> aTables = a.entities().stream().map(Entity::table).collect(Collectors.toSet());
      return Optional.of(new Mutation.AddEntity(models.entity(current, true, aTables)));
    }
    Entity entity = original.get(random.nextInt(original.size()));
    List<Field> fields = entity.fields().stream()
        .filter(f -> a.entity(entity.id()).flatMap(e -> e.field(f.id())).isPresent()).toList();
    Field field = fields.isEmpty() ? null : fields.get(random.nextInt(fields.size()));
    switch (choice) {
      case 1:
        return Optional.of(new Mutation.DropEntity(entity.id()));
      case 2: {
        Set<String> taken = a.entities().stream().map(Entity::table).collect(Collectors.toSet());
        return Optional.of(new Mutation.RenameEntity(entity.id(), models.freeClassName(current, taken)));
      }
      case 3: {
        Optional<Field> added = random.nextInt(4) == 0 ? models.reference(current, entity, false) : models.basic(entity, false);
        return added.map(f -> new Mutation.AddField(entity.id(), f.withUnique(false)));
      }
      case 4: {
        Optional<Field> added = random.nextInt(4) == 0 ? models.reference(current, entity, false) : models.basic(entity, false);
        return added.map(f -> new Mutation.AddField(entity.id(),
            f.withUnique(false).withNullable(false).withBackfill(constant(f.type()))));
      }
      default:
        break;
    }
    if (field == null) {
      return Optional.empty();
    }
    return switch (choice) {
      case 5 -> Optional.of(new Mutation.DropField(entity.id(), field.id()));
      case 6 -> models.freeFieldName(entity).map(name -> new Mutation.RenameField(entity.id(), field.id(),
          field.target().isPresent() ? name + "Ref" : name));
      case 7, 8 -> changeType(entity, field);
      case 9 -> Optional.of(new Mutation.SetNullable(entity.id(), field.id(), !field.nullable(),
          field.nullable() ? Optional.of(constant(field.type())) : Optional.empty()));
      case 10 -> Optional.of(new Mutation.SetUnique(entity.id(), field.id(), !field.unique()));
      case 11 -> entity.uniques().isEmpty() || random.nextBoolean()
          ? Optional.of(new Mutation.AddUniqueConstraint(entity.id(), models.pick(fields, 2).stream().map(Field::id).toList()))
          : Optional.of(new Mutation.DropUniqueConstraint(entity.id(), entity.uniques().get(0)));
      case 12, 13 -> entity.indexes().isEmpty() || random.nextBoolean()
          ? Optional.of(new Mutation.AddIndex(entity.id(), models.pick(fields, 2).stream().map(Field::id).toList()))
          : Optional.of(new Mutation.DropIndex(entity.id(), entity.indexes().get(0)));
      case 14 -> Optional.of(new Mutation.SetIdMapping(entity.id(), entity.idMapping() == Id.SEQUENCE ? Id.ASSIGNED : Id.SEQUENCE));
      default -> Optional.of(new Mutation.DropField(entity.id(), field.id()));
    };
  }

  private Optional<Mutation> changeType(Entity entity, Field field) {
    FieldType type = field.type();
    List<Mutation> options = new ArrayList<>();
    java.util.function.BiConsumer<FieldType, Convert> option = (to, convert) ->
        options.add(new Mutation.ChangeType(entity.id(), field.id(), to, Optional.ofNullable(convert)));
    switch (type.kind()) {
      case STRING -> {
        option.accept(type.withLength(type.length() + 10 + random.nextInt(100)), null);
        option.accept(type.withLength(Math.max(16, type.length() / 2)), null);
        option.accept(FieldType.of(Kind.INTEGER), Convert.TEXT_TO_LENGTH);
      }
      case INTEGER -> {
        option.accept(FieldType.of(Kind.LONG), null);
        option.accept(FieldType.of(Kind.SHORT), null);
        option.accept(FieldType.string(255), Convert.NUMBER_TO_TEXT);
        option.accept(FieldType.decimal(12, 2), Convert.NUMBER_TO_DECIMAL);
      }
      case LONG -> {
        option.accept(FieldType.of(Kind.INTEGER), null);
        option.accept(FieldType.string(255), Convert.NUMBER_TO_TEXT);
      }
      case SHORT -> {
        option.accept(FieldType.of(Kind.INTEGER), null);
        option.accept(FieldType.of(Kind.LONG), null);
      }
      case DECIMAL -> {
        option.accept(type.withPrecision(type.precision() + 2), null);
        option.accept(type.withPrecision(Math.max(type.scale() + 4, type.precision() - 2)), null);
      }
      case BOOLEAN -> option.accept(FieldType.of(Kind.INTEGER), Convert.BOOLEAN_TO_NUMBER);
      case ENUM_STRING, ENUM_ORDINAL -> {
        List<String> appended = new ArrayList<>(type.constants());
        Names.CONSTANTS.stream().filter(c -> !appended.contains(c)).findFirst().ifPresent(appended::add);
        option.accept(type.withConstants(appended), null);
        if (type.constants().size() >= 3) {
          option.accept(type.withConstants(type.constants().subList(0, type.constants().size() - 1)), null);
        }
      }
      default -> { }
    }
    return options.isEmpty() ? Optional.empty() : Optional.of(options.get(random.nextInt(options.size())));
  }

  /** A constant for rows without a value, as SQL every engine accepts, and as read back. */
  static Constant constant(FieldType type) {
    return switch (type.kind()) {
      case STRING -> new Constant("'fill'", "fill");
      case INTEGER, LONG, SHORT -> new Constant("7", "7");
      case BOOLEAN -> new Constant("true", "true");
      case DECIMAL -> new Constant("1.5", new java.math.BigDecimal("1.5").setScale(type.scale()).toPlainString());
      case DOUBLE -> new Constant("2.5", "2.5");
      case DATE -> new Constant("DATE '2021-02-03'", "2021-02-03");
      case ENUM_STRING -> new Constant("'" + type.constants().get(0) + "'", type.constants().get(0));
      case ENUM_ORDINAL -> new Constant("0", "0");
      case REFERENCE -> new Constant("1", "1");
    };
  }
}
