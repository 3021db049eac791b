package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.jpa.KeyColumns.KeyColumn;
import dev.godwit.processor.jpa.Mirrors.Annotation;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.Identifiers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.type.TypeMirror;

/**
 * {@code @ManyToOne} and owning {@code @OneToOne}: a join column referring to the target's primary
 * key, its foreign key, and for one-to-one a unique key.
 */
final class ToOneRelations implements AttributeMapping {
  private final ReadContext context;
  private final Map<String, Entity> entities;
  private final KeyColumns keys;

  /** @param entities every entity of the compilation by qualified class name */
  ToOneRelations(ReadContext context, Map<String, Entity> entities, KeyColumns keys) {
    this.context = context;
    this.entities = entities;
    this.keys = keys;
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
    if (oneToOne && !relation.string("mappedBy").isEmpty()) {
      return;
    }
    Optional<Entity> target = target(attribute, relation);
    if (target.isEmpty()) {
      return;
    }
    Optional<Annotation> join = mirrors.jpa(attribute.element(), "JoinColumn");
    KeyColumn targetId = keys.of(target.get()).get(0);
    String referenced = join.map(j -> j.string("referencedColumnName")).orElse("");
    if (!referenced.isEmpty() && !Identifiers.bare(referenced).equalsIgnoreCase(Identifiers.bare(targetId.logicalName()))
        && !Identifiers.bare(referenced).equalsIgnoreCase(Identifiers.bare(targetId.column().name()))) {
      context.error(Code.UNSUPPORTED_MAPPING, "@JoinColumn(referencedColumnName = \"" + referenced
          + "\") refers to a column other than the primary key of " + target.get().type().getSimpleName()
          + ", which Godwit does not support yet", attribute.element());
      return;
    }
    // Hibernate quotes an implicit join column when the referenced table's name is quoted.
    String implicit = attribute.name() + "_" + targetId.logicalName();
    String logical = join.map(j -> j.string("name")).filter(n -> !n.isEmpty()).map(Naming::logical)
        .orElseGet(() -> Identifiers.isQuoted(target.get().logicalTable()) ? Identifiers.quoted(implicit)
            : Naming.logical(implicit));
    String name = context.naming.physical(logical);
    boolean nullable = relation.bool("optional") && join.map(j -> j.bool("nullable")).orElse(true) && !attribute.id();
    Column column = new Column(name, targetId.column().type(), nullable, false).withDefinition(targetId.column().definition());
    if (!table.add(attribute, column)) {
      return;
    }
    String fkName = join.map(j -> j.annotation("foreignKey", context.elements).string("name")).filter(n -> !n.isEmpty())
        .orElse(Naming.foreignKeyName(table.name(), target.get().table(), List.of(name)));
    table.addForeignKey(new ForeignKey(fkName, List.of(name), target.get().table(), List.of(targetId.column().name())));
    if (oneToOne || join.map(j -> j.bool("unique")).orElse(false)) {
      table.addUniqueKey(List.of(name));
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
