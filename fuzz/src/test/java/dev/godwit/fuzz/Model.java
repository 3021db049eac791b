package dev.godwit.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A generated entity model: the entity classes of one version, with the Godwit hints that lead to
 * it from the previous version. Entities and fields keep their ids across an evolution, so the
 * same id in A and B is the same table or column (possibly renamed or changed).
 */
record Model(List<Entity> entities, List<String> allowDestructive) {

  Model {
    entities = List.copyOf(entities);
    allowDestructive = List.copyOf(allowDestructive);
  }

  static Model of(List<Entity> entities) {
    return new Model(entities, List.of());
  }

  Optional<Entity> entity(int id) {
    return entities.stream().filter(e -> e.id() == id).findFirst();
  }

  Model withEntity(int id, UnaryOperator<Entity> change) {
    return new Model(entities.stream().map(e -> e.id() == id ? change.apply(e) : e).toList(), allowDestructive);
  }

  Model plus(Entity entity) {
    List<Entity> all = new ArrayList<>(entities);
    all.add(entity);
    return new Model(all, allowDestructive);
  }

  Model without(int entityId) {
    return new Model(entities.stream().filter(e -> e.id() != entityId).toList(), allowDestructive);
  }

  Model acknowledging(String target) {
    List<String> all = new ArrayList<>(allowDestructive);
    if (!all.contains(target)) {
      all.add(target);
    }
    return new Model(entities, all);
  }

  /** The same entities without hints: what the entity sources look like once the migration is committed. */
  Model withoutHints() {
    return new Model(entities.stream().map(Entity::withoutHints).toList(), List.of());
  }

  /** One entity class. {@code indexes} and {@code uniques} list field ids. */
  record Entity(int id, String className, Id idMapping, List<Field> fields, List<List<Integer>> uniques,
      List<List<Integer>> indexes, Optional<String> renamedFrom) {

    Entity {
      fields = List.copyOf(fields);
      uniques = List.copyOf(uniques.stream().map(List::copyOf).toList());
      indexes = List.copyOf(indexes.stream().map(List::copyOf).toList());
    }

    String table() {
      return Names.snake(className);
    }

    Optional<Field> field(int fieldId) {
      return fields.stream().filter(f -> f.id() == fieldId).findFirst();
    }

    Entity withFields(List<Field> changed) {
      return new Entity(id, className, idMapping, changed, uniques, indexes, renamedFrom);
    }

    Entity withField(int fieldId, UnaryOperator<Field> change) {
      return withFields(fields.stream().map(f -> f.id() == fieldId ? change.apply(f) : f).toList());
    }

    Entity plus(Field field) {
      List<Field> all = new ArrayList<>(fields);
      all.add(field);
      return withFields(all);
    }

    /** Without the field, and without the unique keys and indexes that name it. */
    Entity without(int fieldId) {
      return new Entity(id, className, idMapping, fields.stream().filter(f -> f.id() != fieldId).toList(),
          uniques.stream().filter(u -> !u.contains(fieldId)).toList(),
          indexes.stream().filter(i -> !i.contains(fieldId)).toList(), renamedFrom);
    }

    Entity withUniques(List<List<Integer>> changed) {
      return new Entity(id, className, idMapping, fields, changed, indexes, renamedFrom);
    }

    Entity withIndexes(List<List<Integer>> changed) {
      return new Entity(id, className, idMapping, fields, uniques, changed, renamedFrom);
    }

    Entity withIdMapping(Id changed) {
      return new Entity(id, className, changed, fields, uniques, indexes, renamedFrom);
    }

    Entity renamed(String newClassName, String fromTable) {
      return new Entity(id, newClassName, idMapping, fields, uniques, indexes, Optional.of(fromTable));
    }

    Entity withoutHints() {
      return new Entity(id, className, idMapping, fields.stream().map(Field::withoutHints).toList(), uniques, indexes,
          Optional.empty());
    }
  }

  /** How the id is generated: assigned by the application, from a sequence, or an identity column. */
  enum Id { ASSIGNED, SEQUENCE, IDENTITY }

  /**
   * One persistent field. {@code target} is the id of the referenced entity for a many-to-one.
   * {@code unique} is {@code @Column(unique = true)}.
   */
  record Field(int id, String name, FieldType type, boolean nullable, boolean unique, Optional<Integer> target,
      Optional<String> renamedFrom, Optional<Backfill> backfill) {

    String column() {
      return target.isPresent() ? Names.snake(name) + "_id" : Names.snake(name);
    }

    Field withType(FieldType changed) {
      return new Field(id, name, changed, nullable, unique, target, renamedFrom, backfill);
    }

    Field withNullable(boolean changed) {
      return new Field(id, name, type, changed, unique, target, renamedFrom, backfill);
    }

    Field withUnique(boolean changed) {
      return new Field(id, name, type, nullable, changed, target, renamedFrom, backfill);
    }

    Field withBackfill(Backfill hint) {
      return new Field(id, name, type, nullable, unique, target, renamedFrom, Optional.of(hint));
    }

    Field renamed(String newName, String fromColumn) {
      return new Field(id, newName, type, nullable, unique, target, Optional.of(fromColumn), backfill);
    }

    Field withoutHints() {
      return new Field(id, name, type, nullable, unique, target, Optional.empty(), Optional.empty());
    }
  }

  /**
   * A {@code @Backfill}: either a constant for rows that have no value, or a conversion of the
   * column's existing values (written with the column's new name).
   */
  sealed interface Backfill {
    String sql(String column);
  }

  /** A constant: {@code sql} is the literal, {@code expected} the value read back, normalized. */
  record Constant(String literal, String expected) implements Backfill {
    public String sql(String column) {
      return literal;
    }
  }

  /** A conversion from the old type to the new one. */
  record Conversion(Convert kind) implements Backfill {
    public String sql(String column) {
      return kind.sql(column);
    }
  }
}
