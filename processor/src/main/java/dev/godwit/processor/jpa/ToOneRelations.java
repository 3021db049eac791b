package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.jpa.ForeignKeyColumns.Resolved;
import dev.godwit.processor.jpa.Mirrors.Annotation;
import dev.godwit.processor.model.Column;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.type.TypeMirror;

/**
 * {@code @ManyToOne} and owning {@code @OneToOne}: join columns referring to the target's primary
 * key ({@code @JoinColumn}, {@code @JoinColumns} or implicit), their foreign key (named by
 * {@code @ForeignKey}, none for {@code NO_CONSTRAINT}), and for one-to-one a unique key.
 */
final class ToOneRelations implements AttributeMapping {
  private final ReadContext context;
  private final Map<String, Entity> entities;
  private final ForeignKeyColumns foreignKeys;

  /** @param entities every entity of the compilation by qualified class name */
  ToOneRelations(ReadContext context, Map<String, Entity> entities, ForeignKeyColumns foreignKeys) {
    this.context = context;
    this.entities = entities;
    this.foreignKeys = foreignKeys;
  }

  @Override
  public boolean applies(Attribute attribute) {
    return context.mirrors.hasJpa(attribute.element(), "ManyToOne") || context.mirrors.hasJpa(attribute.element(), "OneToOne");
  }

  @Override
  public void map(Attribute attribute, TableParts table) {
    Mirrors mirrors = context.mirrors;
    boolean oneToOne = mirrors.hasJpa(attribute.element(), "OneToOne");
    Annotation relation = mirrors.jpa(attribute.element(), oneToOne ? "OneToOne" : "ManyToOne").orElseThrow();
    if (mirrors.hasJpa(attribute.element(), "JoinTable")) {
      context.error(Code.UNSUPPORTED_MAPPING, "@JoinTable on a to-one association is not supported by Godwit yet",
          attribute.element());
      return;
    }
    // The mappedBy side has no column; a one-to-one sharing the primary key adds neither column nor key.
    if (oneToOne && (!relation.string("mappedBy").isEmpty() || mirrors.hasJpa(attribute.element(), "PrimaryKeyJoinColumn")
        || mirrors.hasJpa(attribute.element(), "PrimaryKeyJoinColumns"))) {
      return;
    }
    Optional<Entity> target = target(attribute, relation);
    if (target.isEmpty()) {
      return;
    }
    List<Annotation> joins = foreignKeys.annotations(attribute.element(), "JoinColumn", "JoinColumns");
    boolean notNull = !relation.bool("optional") || attribute.id();
    Optional<Resolved> columns = foreignKeys.resolve(joins, target.get(),
        key -> ImplicitNames.joinColumn(attribute.name(), target.get(), key.logicalName()), notNull, attribute.element());
    if (columns.isEmpty()) {
      return;
    }
    for (Column column : columns.get().columns()) {
      if (!table.add(attribute, column)) {
        return;
      }
    }
    Optional<Annotation> container = mirrors.jpa(attribute.element(), "JoinColumns");
    foreignKeys.foreignKey(foreignKeys.foreignKeyOf(container, "foreignKey", joins), table.name(), target.get(),
        columns.get()).ifPresent(table::addForeignKey);
    if (oneToOne || joins.stream().anyMatch(j -> j.bool("unique"))) {
      table.addUniqueKey(columns.get().names());
    }
  }

  private Optional<Entity> target(Attribute attribute, Annotation relation) {
    TypeMirror targetType = relation.type("targetEntity").filter(t -> !Mirrors.isVoid(t)).orElse(attribute.type());
    Entity target = entities.get(Mirrors.qualifiedName(targetType));
    if (target == null) {
      context.error(Code.UNKNOWN_RELATION_TARGET, "the target of " + attribute.name() + " (" + targetType
          + ") is not an entity of this compilation", attribute.element());
    }
    return Optional.ofNullable(target);
  }
}
