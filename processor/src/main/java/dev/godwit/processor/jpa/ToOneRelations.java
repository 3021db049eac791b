package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.jpa.Mirrors.Annotation;
import dev.godwit.processor.jpa.TableParts.KeyColumn;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.Identifiers;
import dev.godwit.processor.model.OnDelete;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.type.TypeMirror;

/**
 * {@code @ManyToOne} and owning {@code @OneToOne}: one join column per primary key column of the
 * target (named by {@code @JoinColumn(s)}, an {@code @AssociationOverride}, or implicitly
 * {@code attribute_referencedColumn}), their foreign key (none for {@code NO_CONSTRAINT}), and for
 * one-to-one a unique key. The {@code mappedBy} side and a one-to-one sharing the primary key
 * ({@code @PrimaryKeyJoinColumn}) add nothing.
 */
final class ToOneRelations implements AttributeMapping {
  private final ReadContext context;
  private final Map<String, Entity> entities;
  private final KeyColumns keys;
  private final Overrides overrides;
  private final ForeignKeyColumns joinColumns;
  private final NonKeyJoinColumns nonKey;
  private final InverseDeletes inverseDeletes;

  /** @param entities every entity of the compilation by qualified class name */
  ToOneRelations(ReadContext context, Map<String, Entity> entities, KeyColumns keys, Overrides overrides) {
    this.context = context;
    this.entities = entities;
    this.keys = keys;
    this.overrides = overrides;
    this.joinColumns = new ForeignKeyColumns(context, keys);
    this.nonKey = new NonKeyJoinColumns(context, keys, overrides, joinColumns);
    this.inverseDeletes = new InverseDeletes(context, entities);
  }

  @Override
  public boolean applies(Attribute attribute) {
    return context.mirrors.hasJpa(attribute.element(), "ManyToOne") || context.mirrors.hasJpa(attribute.element(), "OneToOne");
  }

  /**
   * The join columns of a to-one relation, their logical names, and its foreign key and unique key
   * if it has them; {@link #NONE} for the side without columns.
   */
  record Joined(List<Column> columns, List<String> logicalNames, Optional<ForeignKey> foreignKey,
      Optional<List<String>> uniqueKey) {
    static final Joined NONE = new Joined(List.of(), List.of(), Optional.empty(), Optional.empty());
  }

  @Override
  public void map(Attribute attribute, TableParts table) {
    if (mapsNonKey(attribute, table)) {
      return;
    }
    Optional<Joined> joined = join(attribute, table.name());
    if (joined.isEmpty()) {
      return;
    }
    for (int i = 0; i < joined.get().columns().size(); i++) {
      if (!table.add(attribute, joined.get().columns().get(i), joined.get().logicalNames().get(i))) {
        return;
      }
    }
    joined.get().foreignKey().map(fk -> cascadesFromInverse(attribute, table) ? fk.withOnDelete(OnDelete.CASCADE) : fk)
        .ifPresent(table::addForeignKey);
    joined.get().uniqueKey().ifPresent(table::addUniqueKey);
  }

  /**
   * True when the many-to-one's target has a {@code @OneToMany(mappedBy)} naming it with
   * {@code @OnDelete(action = CASCADE)} ({@link InverseDeletes}), which Hibernate gives this key.
   */
  private boolean cascadesFromInverse(Attribute attribute, TableParts table) {
    Optional<Annotation> manyToOne = context.mirrors.jpa(attribute.element(), "ManyToOne");
    if (manyToOne.isEmpty() || attribute.inEmbeddable()) {
      return false;
    }
    Entity target = entities.get(Mirrors.qualifiedName(manyToOne.get().type("targetEntity")
        .filter(t -> !Mirrors.isVoid(t)).orElse(attribute.type())));
    return target != null && inverseDeletes.cascades(attribute, table.entity, target);
  }

  /**
   * True when the relation's join columns name non-key columns of the target, which
   * {@link NonKeyJoinColumns} maps into {@code table} once every table is complete. An id
   * attribute, or a relation in the embeddable of an element collection (which {@link #join}
   * maps), stays an error.
   */
  private boolean mapsNonKey(Attribute attribute, TableParts table) {
    Mirrors mirrors = context.mirrors;
    boolean oneToOne = mirrors.hasJpa(attribute.element(), "OneToOne");
    Annotation relation = mirrors.jpa(attribute.element(), oneToOne ? "OneToOne" : "ManyToOne").orElseThrow();
    if (attribute.id() || oneToOne && (!relation.string("mappedBy").isEmpty()
        || mirrors.hasJpa(attribute.element(), "PrimaryKeyJoinColumn")
        || mirrors.hasJpa(attribute.element(), "PrimaryKeyJoinColumns"))) {
      return false;
    }
    List<Annotation> declared = overrides.joinColumns(attribute);
    Optional<Entity> target = declared.isEmpty() ? Optional.empty()
        : Optional.ofNullable(entities.get(Mirrors.qualifiedName(relation.type("targetEntity")
            .filter(t -> !Mirrors.isVoid(t)).orElse(attribute.type()))));
    if (target.isEmpty()) {
      return false;
    }
    List<KeyColumn> targetKey = keys.of(target.get(), attribute.element());
    if (targetKey.isEmpty() || !NonKeyJoinColumns.refersOutsideKey(declared, targetKey)) {
      return false;
    }
    nonKey.map(attribute, relation, target.get(), declared, noConstraint(attribute, declared), table);
    return true;
  }

  /**
   * The columns and keys the relation adds to {@code table}, or empty after reporting why they
   * cannot be read. Also used for relations inside the embeddable of an element collection, whose
   * columns are in the collection table.
   */
  Optional<Joined> join(Attribute attribute, String table) {
    Mirrors mirrors = context.mirrors;
    boolean oneToOne = mirrors.hasJpa(attribute.element(), "OneToOne");
    Annotation relation = mirrors.jpa(attribute.element(), oneToOne ? "OneToOne" : "ManyToOne").orElseThrow();
    // The mappedBy side has no column; a one-to-one sharing the primary key adds neither column nor key.
    if (oneToOne && (!relation.string("mappedBy").isEmpty() || mirrors.hasJpa(attribute.element(), "PrimaryKeyJoinColumn")
        || mirrors.hasJpa(attribute.element(), "PrimaryKeyJoinColumns"))) {
      return Optional.of(Joined.NONE);
    }
    Optional<Entity> target = target(attribute, relation);
    if (target.isEmpty()) {
      return Optional.empty();
    }
    List<KeyColumn> targetKey = keys.of(target.get(), attribute.element());
    if (targetKey.isEmpty()) {
      return Optional.empty(); // the target's key could not be read, which is reported there
    }
    Optional<List<Annotation>> joins = joinColumns(attribute, target.get(), targetKey);
    if (joins.isEmpty()) {
      return Optional.empty();
    }
    List<Column> columns = new ArrayList<>();
    List<String> logicalNames = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> referenced = new ArrayList<>();
    String targetTable = keys.table(target.get());
    for (int i = 0; i < targetKey.size(); i++) {
      KeyColumn key = targetKey.get(i);
      Optional<Annotation> join = Optional.ofNullable(joins.get().get(i));
      // Hibernate quotes an implicit join column when the referenced table's name is quoted.
      String implicit = attribute.name() + "_" + Identifiers.bare(key.logicalName());
      String logical = join.map(j -> j.string("name")).filter(n -> !n.isEmpty()).map(context.quoting::logical)
          .orElseGet(() -> Identifiers.isQuoted(keys.logicalTable(target.get())) || Identifiers.isQuoted(key.logicalName())
              ? Identifiers.quoted(implicit) : context.quoting.logical(implicit));
      String name = context.naming.physical(logical);
      boolean nullable = relation.bool("optional") && join.map(j -> j.bool("nullable")).orElse(true) && !attribute.id();
      // A referring column takes over the key's columnDefinition, as Hibernate copies its SQL type.
      Optional<Optional<String>> definition = joinColumns.definition(join, key, attribute.element());
      if (definition.isEmpty()) {
        return Optional.empty();
      }
      columns.add(new Column(name, key.column().type(), nullable, false).withDefinition(definition.get()));
      logicalNames.add(logical);
      names.add(name);
      referenced.add(key.column().name());
    }
    Optional<ForeignKey> foreignKey = Optional.empty();
    if (!noConstraint(attribute, joins.get())) {
      String fkName = joins.get().stream().filter(j -> j != null)
          .map(j -> j.annotation("foreignKey", context.elements).string("name")).filter(n -> !n.isEmpty()).findFirst()
          .or(() -> overrides.foreignKeyName(attribute))
          .orElse(Naming.foreignKeyName(table, targetTable, names));
      foreignKey = Optional.of(new ForeignKey(fkName, names, targetTable, referenced,
          context.onDeletes.of(attribute.element())));
    }
    Optional<List<String>> uniqueKey = Optional.empty();
    boolean unique = oneToOne || joins.get().stream().anyMatch(j -> j != null && j.bool("unique"));
    if (unique && !attribute.id()) {
      // Unlike the foreign key, Hibernate lists a composite unique key's columns in the order of
      // the target's id attributes, which it sorts by name.
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        order.add(i);
      }
      order.sort(Comparator.comparing(i -> Identifiers.bare(targetKey.get(i).logicalName()).toLowerCase(Locale.ROOT)));
      uniqueKey = Optional.of(order.stream().map(names::get).toList());
    }
    return Optional.of(new Joined(columns, logicalNames, foreignKey, uniqueKey));
  }

  /**
   * The join column annotation for each target key column, in key order (null where the column
   * is implicit); empty after reporting join columns that do not match the target's key.
   */
  private Optional<List<Annotation>> joinColumns(Attribute attribute, Entity target, List<KeyColumn> targetKey) {
    List<Annotation> declared = overrides.joinColumns(attribute);
    List<Annotation> byKey = new ArrayList<>();
    targetKey.forEach(k -> byKey.add(null));
    if (declared.isEmpty()) {
      return Optional.of(byKey);
    }
    if (declared.size() != targetKey.size()) {
      return mismatch(attribute, target, targetKey, declared.size() + " join column(s)");
    }
    for (int i = 0; i < declared.size(); i++) {
      Annotation join = declared.get(i);
      String referenced = Identifiers.bare(join.string("referencedColumnName"));
      int index = referenced.isEmpty() && declared.size() == 1 ? 0 : indexOf(targetKey, referenced);
      if (index < 0 || byKey.get(index) != null) {
        return mismatch(attribute, target, targetKey, "@JoinColumn(referencedColumnName = \""
            + join.string("referencedColumnName") + "\")");
      }
      byKey.set(index, join);
    }
    return Optional.of(byKey);
  }

  private static int indexOf(List<KeyColumn> key, String referenced) {
    for (int i = 0; i < key.size(); i++) {
      if (Identifiers.bare(key.get(i).logicalName()).equalsIgnoreCase(referenced)
          || Identifiers.bare(key.get(i).column().name()).equalsIgnoreCase(referenced)) {
        return i;
      }
    }
    return -1;
  }

  private <T> Optional<T> mismatch(Attribute attribute, Entity target, List<KeyColumn> key, String what) {
    context.error(Code.UNSUPPORTED_MAPPING, what + " of " + attribute.name() + " must refer to the primary key of "
        + target.type().getSimpleName() + " (" + String.join(", ", key.stream().map(k -> k.column().name()).toList())
        + "), one join column per key column with its referencedColumnName; Godwit does not support other "
        + "join columns yet", attribute.element());
    return Optional.empty();
  }

  /** {@code @ForeignKey(ConstraintMode.NO_CONSTRAINT)} on the join columns or their container: no foreign key. */
  private boolean noConstraint(Attribute attribute, List<Annotation> joins) {
    List<Annotation> keys = new ArrayList<>();
    context.mirrors.jpa(attribute.element(), "JoinColumns")
        .ifPresent(j -> keys.add(j.annotation("foreignKey", context.elements)));
    joins.stream().filter(j -> j != null).forEach(j -> keys.add(j.annotation("foreignKey", context.elements)));
    return keys.stream().anyMatch(k -> k.constant("value").equals("NO_CONSTRAINT"));
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
