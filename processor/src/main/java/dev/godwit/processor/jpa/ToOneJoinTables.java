package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.jpa.ForeignKeyColumns.Resolved;
import dev.godwit.processor.jpa.Mirrors.Annotation;
import dev.godwit.processor.jpa.TableParts.KeyColumn;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.Identifiers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.type.TypeMirror;

/**
 * A {@code @ManyToOne} or owning {@code @OneToOne} with {@code @JoinTable}: no column in the
 * owner's table, but a join table holding the owner's key (its primary key, named after the
 * owner's key columns) and the target's key ({@code attribute_keyColumn}, NOT NULL only when the
 * association is not optional), unique for a one-to-one. Hibernate 6.6 names both foreign keys by
 * its hash: it ignores {@code @JoinTable(foreignKey, inverseForeignKey)} and the join columns'
 * {@code foreignKey} on a to-one, and the table's {@code indexes} (a warning), but not its
 * {@code uniqueConstraints}.
 */
final class ToOneJoinTables implements AttributeMapping {
  private final ReadContext context;
  private final Map<String, Entity> entities;
  private final ForeignKeyColumns joins;
  private final CollectionTables tables;
  private final AttributeOwners owners;

  ToOneJoinTables(ReadContext context, Map<String, Entity> entities, AttributeOwners owners, ForeignKeyColumns joins,
      CollectionTables tables) {
    this.context = context;
    this.entities = entities;
    this.owners = owners;
    this.joins = joins;
    this.tables = tables;
  }

  @Override
  public boolean applies(Attribute attribute) {
    Mirrors mirrors = context.mirrors;
    return mirrors.hasJpa(attribute.element(), "JoinTable")
        && (mirrors.hasJpa(attribute.element(), "ManyToOne") || mirrors.hasJpa(attribute.element(), "OneToOne"));
  }

  @Override
  public void map(Attribute attribute, TableParts table) {
    boolean oneToOne = context.mirrors.hasJpa(attribute.element(), "OneToOne");
    Annotation relation = context.mirrors.jpa(attribute.element(), oneToOne ? "OneToOne" : "ManyToOne").orElseThrow();
    if (oneToOne && !relation.string("mappedBy").isEmpty()) {
      return; // the inverse side: the owning side declares the table
    }
    TypeMirror targetType = relation.type("targetEntity").filter(t -> !Mirrors.isVoid(t)).orElse(attribute.type());
    Entity target = entities.get(Mirrors.qualifiedName(targetType));
    if (target == null) {
      context.error(Code.UNKNOWN_RELATION_TARGET, "the target of " + attribute.name()
          + " (" + targetType + ") is not an entity of this compilation", attribute.element());
      return;
    }
    Entity owner = owners.owner(attribute, table);
    Annotation annotation = context.mirrors.jpa(attribute.element(), "JoinTable").orElseThrow();
    String name = Optional.of(annotation.string("name")).filter(n -> !n.isEmpty()).map(context.quoting::logical)
        .orElseGet(() -> ImplicitNames.joinTable(context.quoting, context.naming, joins.logicalTable(owner), joins.logicalTable(target),
            attribute.name()));
    LinkTable link = new LinkTable(context.naming.physical(name), attribute.element(), "JoinTable", context);
    String ownerTable = joins.logicalTable(owner);
    // The owner's columns are named after its key columns, quoted when its table is.
    Function<KeyColumn, String> ownerName = key -> Identifiers.isQuoted(ownerTable) || Identifiers.isQuoted(key.logicalName())
        ? Identifiers.quoted(Identifiers.bare(key.logicalName())) : context.quoting.logical(key.logicalName());
    Optional<Resolved> key = joins.resolve(annotation.annotations("joinColumns", context.elements), owner, ownerName,
        true, attribute.element());
    Optional<Resolved> element = joins.resolve(annotation.annotations("inverseJoinColumns", context.elements), target,
        joins.implicitName(attribute.name(), target), !relation.bool("optional"), attribute.element());
    if (key.isEmpty() || element.isEmpty() || !link.add(key.get().columns()) || !link.add(element.get().columns())) {
      return;
    }
    link.addForeignKey(Optional.of(hashed(link.name(), owner, key.get())));
    link.addForeignKey(Optional.of(hashed(link.name(), target, element.get())
        .withOnDelete(context.onDeletes.of(attribute.element()))));
    if (oneToOne) {
      link.addUniqueKey(element.get().names());
    }
    link.primaryKey(key.get().names());
    if (!annotation.annotations("indexes", context.elements).isEmpty()) {
      context.problems.add(Problem.warning(Code.UNSUPPORTED_MAPPING, "Hibernate 6.6 creates no index for the "
          + "indexes of @JoinTable on a to-one association; Godwit creates none either. Remove them, or map the "
          + "join table as an entity to index it", attribute.element()));
    }
    tables.addToOne(link, owner, annotation);
  }

  private ForeignKey hashed(String table, Entity referenced, Resolved columns) {
    String referencedTable = joins.table(referenced);
    return new ForeignKey(Naming.foreignKeyName(table, referencedTable, columns.names()), columns.names(),
        referencedTable, columns.referencedColumns());
  }
}
