package dev.godwit.fuzz;

import dev.godwit.fuzz.Model.Backfill;
import dev.godwit.fuzz.Model.Constant;
import dev.godwit.fuzz.Model.Entity;
import dev.godwit.fuzz.Model.Field;
import dev.godwit.fuzz.Model.Id;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One edit of the entity sources, with everything it needs fixed when it is generated, so an
 * evolution can be replayed (and shrunk) without randomness. {@link #apply} returns the model
 * unchanged when the edit no longer fits (e.g. after shrinking removed what it edits); it only
 * ever edits tables and columns that exist in A, so every hint it writes refers to the snapshot.
 */
sealed interface Mutation {

  /** The edited model, or {@code current} itself when this edit does not apply. */
  Model apply(Model a, Model current);

  /** One line for the reproduction report. */
  String describe();

  /** The entity in both A and {@code current}, with the field in both (when {@code fieldId} > 0). */
  private static Optional<Entity> existing(Model a, Model current, int entityId, int fieldId) {
    Optional<Entity> before = a.entity(entityId);
    Optional<Entity> now = current.entity(entityId);
    if (before.isEmpty() || now.isEmpty()) {
      return Optional.empty();
    }
    if (fieldId > 0 && (before.get().field(fieldId).isEmpty() || now.get().field(fieldId).isEmpty())) {
      return Optional.empty();
    }
    return now;
  }

  private static boolean inUnique(Entity entity, int fieldId) {
    return entity.field(fieldId).map(Field::unique).orElse(false)
        || entity.uniques().stream().anyMatch(u -> u.contains(fieldId));
  }

  private static boolean nameFree(Entity entity, String column, int exceptFieldId) {
    return !column.equals("id") && entity.fields().stream()
        .filter(f -> f.id() != exceptFieldId)
        .noneMatch(f -> f.column().equals(column) || Names.snake(f.name()).equals(column));
  }

  record AddEntity(Entity entity) implements Mutation {
    public Model apply(Model a, Model current) {
      if (current.entities().stream().anyMatch(e -> e.table().equals(entity.table()) || e.id() == entity.id())
          || a.entities().stream().anyMatch(e -> e.table().equals(entity.table()))
          || entity.fields().stream().anyMatch(f -> f.target().isPresent() && current.entity(f.target().get()).isEmpty())) {
        return current;
      }
      return current.plus(entity);
    }

    public String describe() {
      return "add entity " + entity.className();
    }
  }

  record DropEntity(int entityId) implements Mutation {
    public Model apply(Model a, Model current) {
      if (existing(a, current, entityId, 0).isEmpty()) {
        return current;
      }
      Model dropped = current.without(entityId);
      if (dropped.entities().isEmpty()) {
        return current; // B needs an entity to compile
      }
      for (Entity other : dropped.entities()) {
        for (Field field : other.fields()) {
          if (field.target().equals(Optional.of(entityId))) {
            if (a.entity(other.id()).flatMap(e -> e.field(field.id())).isEmpty()) {
              return current; // a reference added by this evolution: drop the target first, not here
            }
            dropped = dropped.withEntity(other.id(), e -> e.without(field.id()));
          }
        }
      }
      return dropped;
    }

    public String describe() {
      return "drop entity #" + entityId;
    }
  }

  record RenameEntity(int entityId, String newClassName) implements Mutation {
    public Model apply(Model a, Model current) {
      Optional<Entity> entity = existing(a, current, entityId, 0);
      if (entity.isEmpty() || entity.get().renamedFrom().isPresent()
          || current.entities().stream().anyMatch(e -> e.table().equals(Names.snake(newClassName))
              || a.entity(e.id()).map(before -> before.table().equals(Names.snake(newClassName))).orElse(false))) {
        return current;
      }
      String from = a.entity(entityId).orElseThrow().table();
      return current.withEntity(entityId, e -> e.renamed(newClassName, from));
    }

    public String describe() {
      return "rename entity #" + entityId + " to " + newClassName;
    }
  }

  record AddField(int entityId, Field field) implements Mutation {
    public Model apply(Model a, Model current) {
      Optional<Entity> entity = current.entity(entityId);
      if (entity.isEmpty() || !nameFree(entity.get(), field.column(), -1)
          || a.entity(entityId).map(before -> !nameFree(before, field.column(), -1)).orElse(false)
          || field.target().isPresent() && current.entity(field.target().get()).isEmpty()) {
        return current;
      }
      return current.withEntity(entityId, e -> e.plus(field));
    }

    public String describe() {
      return "add field #" + entityId + "." + field.name() + " " + field.type() + (field.nullable() ? "" : " not null")
          + field.backfill().map(b -> " backfill " + b).orElse("");
    }
  }

  record DropField(int entityId, int fieldId) implements Mutation {
    public Model apply(Model a, Model current) {
      return existing(a, current, entityId, fieldId).isEmpty() ? current : current.withEntity(entityId, e -> e.without(fieldId));
    }

    public String describe() {
      return "drop field #" + entityId + ".#" + fieldId;
    }
  }

  record RenameField(int entityId, int fieldId, String newName) implements Mutation {
    public Model apply(Model a, Model current) {
      Optional<Entity> entity = existing(a, current, entityId, fieldId);
      if (entity.isEmpty()) {
        return current;
      }
      Field field = entity.get().field(fieldId).orElseThrow();
      Field renamed = field.renamed(newName, a.entity(entityId).orElseThrow().field(fieldId).orElseThrow().column());
      if (field.renamedFrom().isPresent() || !nameFree(entity.get(), renamed.column(), fieldId)
          || !nameFree(entity.get(), Names.snake(newName), fieldId)
          || entity.get().fields().stream().anyMatch(other -> other.id() != fieldId
              && a.entity(entityId).flatMap(before -> before.field(other.id()))
                  .map(before -> before.column().equals(renamed.column())).orElse(false))) {
        return current;
      }
      return current.withEntity(entityId, e -> e.withField(fieldId, f -> renamed));
    }

    public String describe() {
      return "rename field #" + entityId + ".#" + fieldId + " to " + newName;
    }
  }

  /** A type change; {@code conversion} is the {@code @Backfill} that converts the values, if any. */
  record ChangeType(int entityId, int fieldId, FieldType to, Optional<Convert> conversion) implements Mutation {
    public Model apply(Model a, Model current) {
      Optional<Entity> entity = existing(a, current, entityId, fieldId);
      if (entity.isEmpty()) {
        return current;
      }
      Field now = entity.get().field(fieldId).orElseThrow();
      Field before = a.entity(entityId).orElseThrow().field(fieldId).orElseThrow();
      if (!now.type().equals(before.type()) || now.backfill().isPresent() || now.nullable() != before.nullable()
          || conversion.isPresent() && conversion.get() == Convert.TEXT_TO_LENGTH && inUnique(entity.get(), fieldId)
          || !to.kind().distinctValues() && inUnique(entity.get(), fieldId)) {
        return current;
      }
      return current.withEntity(entityId, e -> e.withField(fieldId, f -> {
        Field typed = f.withType(to);
        return conversion.map(c -> typed.withBackfill(new Model.Conversion(c))).orElse(typed);
      }));
    }

    public String describe() {
      return "change type #" + entityId + ".#" + fieldId + " to " + to + conversion.map(c -> " via " + c).orElse("");
    }
  }

  /** Makes a column nullable, or NOT NULL with a constant for the rows that hold NULL. */
  record SetNullable(int entityId, int fieldId, boolean nullable, Optional<Constant> fill) implements Mutation {
    public Model apply(Model a, Model current) {
      Optional<Entity> entity = existing(a, current, entityId, fieldId);
      if (entity.isEmpty()) {
        return current;
      }
      Field now = entity.get().field(fieldId).orElseThrow();
      Field before = a.entity(entityId).orElseThrow().field(fieldId).orElseThrow();
      if (now.nullable() == nullable || before.nullable() == nullable || now.backfill().isPresent()
          || !now.type().equals(before.type()) || !nullable && inUnique(entity.get(), fieldId)) {
        return current;
      }
      return current.withEntity(entityId, e -> e.withField(fieldId, f -> {
        Field changed = f.withNullable(nullable);
        return fill.<Backfill>map(c -> c).map(changed::withBackfill).orElse(changed);
      }));
    }

    public String describe() {
      return (nullable ? "make nullable #" : "make not null #") + entityId + ".#" + fieldId + fill.map(c -> " fill " + c).orElse("");
    }
  }

  /** Adds or removes {@code @Column(unique = true)}. */
  record SetUnique(int entityId, int fieldId, boolean unique) implements Mutation {
    public Model apply(Model a, Model current) {
      Optional<Entity> entity = existing(a, current, entityId, fieldId);
      if (entity.isEmpty()) {
        return current;
      }
      Field now = entity.get().field(fieldId).orElseThrow();
      if (now.unique() == unique || unique && !uniquable(a, entity.get(), fieldId)) {
        return current;
      }
      return current.withEntity(entityId, e -> e.withField(fieldId, f -> f.withUnique(unique)));
    }

    public String describe() {
      return (unique ? "unique " : "not unique ") + "#" + entityId + ".#" + fieldId;
    }
  }

  /** A column can become unique when its values in A differ per row and the evolution leaves them so. */
  private static boolean uniquable(Model a, Entity now, int fieldId) {
    Field before = a.entity(now.id()).flatMap(e -> e.field(fieldId)).orElse(null);
    Field after = now.field(fieldId).orElse(null);
    return before != null && after != null && before.type().kind().distinctValues()
        && after.type().kind().distinctValues() && after.backfill().isEmpty();
  }

  /** Adds a {@code @UniqueConstraint} over existing columns. */
  record AddUniqueConstraint(int entityId, List<Integer> fieldIds) implements Mutation {
    public Model apply(Model a, Model current) {
      Optional<Entity> entity = existing(a, current, entityId, 0);
      if (entity.isEmpty() || entity.get().uniques().contains(fieldIds)
          || fieldIds.stream().anyMatch(id -> !uniquable(a, entity.get(), id))) {
        return current;
      }
      List<List<Integer>> uniques = new ArrayList<>(entity.get().uniques());
      uniques.add(fieldIds);
      return current.withEntity(entityId, e -> e.withUniques(uniques));
    }

    public String describe() {
      return "add unique constraint #" + entityId + " " + fieldIds;
    }
  }

  record DropUniqueConstraint(int entityId, List<Integer> fieldIds) implements Mutation {
    public Model apply(Model a, Model current) {
      Optional<Entity> entity = existing(a, current, entityId, 0);
      if (entity.isEmpty() || !entity.get().uniques().contains(fieldIds)) {
        return current;
      }
      return current.withEntity(entityId, e -> e.withUniques(e.uniques().stream().filter(u -> !u.equals(fieldIds)).toList()));
    }

    public String describe() {
      return "drop unique constraint #" + entityId + " " + fieldIds;
    }
  }

  record AddIndex(int entityId, List<Integer> fieldIds) implements Mutation {
    public Model apply(Model a, Model current) {
      Optional<Entity> entity = existing(a, current, entityId, 0);
      if (entity.isEmpty() || entity.get().indexes().contains(fieldIds)
          || fieldIds.stream().anyMatch(id -> entity.get().field(id).isEmpty())) {
        return current;
      }
      List<List<Integer>> indexes = new ArrayList<>(entity.get().indexes());
      indexes.add(fieldIds);
      return current.withEntity(entityId, e -> e.withIndexes(indexes));
    }

    public String describe() {
      return "add index #" + entityId + " " + fieldIds;
    }
  }

  record DropIndex(int entityId, List<Integer> fieldIds) implements Mutation {
    public Model apply(Model a, Model current) {
      Optional<Entity> entity = existing(a, current, entityId, 0);
      if (entity.isEmpty() || !entity.get().indexes().contains(fieldIds)) {
        return current;
      }
      return current.withEntity(entityId, e -> e.withIndexes(e.indexes().stream().filter(i -> !i.equals(fieldIds)).toList()));
    }

    public String describe() {
      return "drop index #" + entityId + " " + fieldIds;
    }
  }

  /** Switches an id between assigned and sequence-generated: a sequence is created or dropped. */
  record SetIdMapping(int entityId, Id to) implements Mutation {
    public Model apply(Model a, Model current) {
      Optional<Entity> entity = existing(a, current, entityId, 0);
      if (entity.isEmpty() || entity.get().idMapping() == to || entity.get().idMapping() == Id.IDENTITY || to == Id.IDENTITY) {
        return current;
      }
      return current.withEntity(entityId, e -> e.withIdMapping(to));
    }

    public String describe() {
      return "id of #" + entityId + " " + to;
    }
  }
}
