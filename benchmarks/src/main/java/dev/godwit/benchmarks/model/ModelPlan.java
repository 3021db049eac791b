package dev.godwit.benchmarks.model;

import java.util.List;

/** What a synthetic model holds, decided before any source is written. */
record ModelPlan(List<EntityPlan> entities) {

  /** How an entity's id is declared (when it does not inherit one). */
  enum IdKind { IDENTITY, SEQUENCE, UUID }

  /** One entity: its place, id, columns, references and table-level constraints. */
  record EntityPlan(
      int index, String packageName, String name, boolean extendsBase, IdKind idKind, List<BasicField> fields,
      List<Reference> manyToOne, List<Inverse> oneToMany, List<Reference> manyToMany, List<String> embedded,
      List<List<String>> indexes, List<List<String>> uniqueConstraints) {

    String qualifiedName() {
      return packageName + "." + name;
    }
  }

  /**
   * A basic attribute. {@code javaType} is the simple source type; {@code length}, {@code precision}
   * and {@code scale} are 0 when not written; {@code enumerated} is the {@code EnumType} constant or
   * empty for an ordinal without annotation.
   */
  record BasicField(
      String name, String javaType, int length, int precision, int scale, boolean nullable, boolean unique,
      String enumerated) {

    BasicField withLength(int newLength) {
      return new BasicField(name, javaType, newLength, precision, scale, nullable, unique, enumerated);
    }
  }

  /** A reference to another entity by the field {@code field}. */
  record Reference(String field, EntityPlan target, boolean required) {}

  /** The inverse side of {@code owner}'s many-to-one field {@code mappedBy}. */
  record Inverse(String field, EntityPlan owner, String mappedBy) {}
}
