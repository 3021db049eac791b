package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.jpa.TableParts.KeyColumn;
import dev.godwit.processor.jpa.Mirrors.Annotation;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.Identifiers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.Element;

/**
 * The columns of a foreign key to an entity's primary key: one per key column, named by
 * {@code @JoinColumn} (matched to key columns by {@code referencedColumnName}, else in order) or
 * by the implicit name Hibernate gives it, and typed as the key column they refer to.
 */
final class ForeignKeyColumns {
  /**
   * The columns in the referenced key's order, each with the column it refers to; {@code toKey}
   * false when they refer to a column outside the primary key ({@link #resolveCollectionKey}).
   */
  record Resolved(List<Column> columns, List<String> referencedColumns, boolean toKey) {
    List<String> names() {
      return columns.stream().map(Column::name).toList();
    }
  }

  private final ReadContext context;
  private final KeyColumns keys;

  ForeignKeyColumns(ReadContext context, KeyColumns keys) {
    this.context = context;
    this.keys = keys;
  }

  /** Hibernate's implicit name of a column referring to {@code referenced}: {@code prefix_keyColumn}. */
  Function<KeyColumn, String> implicitName(String prefix, Entity referenced) {
    String logicalTable = keys.logicalTable(referenced);
    return key -> ImplicitNames.joinColumn(context.quoting, prefix, logicalTable, key.logicalName());
  }

  /** The database name of the table holding the entity's rows. */
  String table(Entity entity) {
    return keys.table(entity);
  }

  /** That table's logical name. */
  String logicalTable(Entity entity) {
    return keys.logicalTable(entity);
  }

  /** The {@code @JoinColumn}s on an element, whether written once, repeated, or in {@code @JoinColumns}. */
  List<Annotation> annotations(Element element, String single, String plural) {
    Optional<Annotation> many = context.mirrors.jpa(element, plural);
    if (many.isPresent()) {
      return many.get().annotations("value", context.elements);
    }
    return context.mirrors.jpa(element, single).map(List::of).orElse(List.of());
  }

  /**
   * The columns referring to {@code referenced}, or empty after reporting why not.
   *
   * @param joins the join column annotations, empty when all names are implicit
   * @param implicitName the logical name of a column the annotations do not name
   * @param notNull true where Hibernate makes the columns NOT NULL whatever the annotations say
   */
  Optional<Resolved> resolve(List<Annotation> joins, Entity referenced, Function<KeyColumn, String> implicitName,
      boolean notNull, Element element) {
    List<KeyColumn> key = keys.of(referenced, element);
    if (key.isEmpty()) {
      return Optional.empty(); // reported by the key
    }
    if (!joins.isEmpty() && joins.size() != key.size()) {
      context.error(Code.INVALID_ASSOCIATION, joins.size() + " join columns refer to " + referenced.type().getSimpleName()
          + ", whose primary key has " + key.size() + " columns; Hibernate refuses this mapping", element);
      return Optional.empty();
    }
    List<KeyColumn> targets = new ArrayList<>();
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < key.size(); i++) {
      Optional<Annotation> join = joins.isEmpty() ? Optional.empty() : Optional.of(joins.get(i));
      Optional<KeyColumn> target = target(join, key, i, referenced, element);
      if (target.isEmpty()) {
        return Optional.empty();
      }
      String logical = join.map(j -> j.string("name")).filter(n -> !n.isEmpty()).map(context.quoting::logical)
          .orElseGet(() -> implicitName.apply(target.get()));
      boolean nullable = !notNull && join.map(j -> j.bool("nullable")).orElse(true);
      Optional<Optional<String>> definition = definition(join, target.get(), element);
      if (definition.isEmpty()) {
        return Optional.empty();
      }
      targets.add(target.get());
      columns.add(new Column(context.naming.physical(logical), target.get().column().type(), nullable, false)
          .withDefinition(definition.get()));
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing(i -> key.indexOf(targets.get(i))));
    return Optional.of(new Resolved(order.stream().map(columns::get).toList(),
        order.stream().map(i -> targets.get(i).column().name()).toList(), true));
  }

  /** Runs {@code action} once every entity table is complete. */
  void afterTables(Runnable action) {
    keys.afterTables(action);
  }

  /**
   * True when a join column of {@code joins} names a column of {@code referenced}'s table outside
   * its primary key.
   */
  boolean refersOutsideKey(List<Annotation> joins, Optional<Entity> referenced, Element element) {
    if (referenced.isEmpty() || joins.stream().allMatch(j -> j.string("referencedColumnName").isEmpty())) {
      return false;
    }
    List<KeyColumn> key = keys.of(referenced.get(), element);
    return !key.isEmpty() && NonKeyJoinColumns.refersOutsideKey(joins, key);
  }

  /**
   * Like {@link #resolve}, for the key or element columns of a collection or join table, a
   * one-to-many's key in the child's table, or a map's key: a single join column may name a column
   * of {@code referenced}'s table outside its primary key (read once every table is complete,
   * {@link KeyColumns#afterTables}). Hibernate 6.6 then types the column as the referenced one
   * and creates no foreign key for it (measured: {@code HibernateOracleTest}, set oracle_nonkey_collections).
   */
  Optional<Resolved> resolveCollectionKey(List<Annotation> joins, Entity referenced,
      Function<KeyColumn, String> implicitName, boolean notNull, Element element) {
    if (!refersOutsideKey(joins, Optional.of(referenced), element)) {
      return resolve(joins, referenced, implicitName, notNull, element);
    }
    String annotation = joins.get(0).mirror().getAnnotationType().asElement().getSimpleName().toString();
    if (joins.size() > 1) {
      context.error(Code.UNSUPPORTED_MAPPING, joins.size() + " @" + annotation + "s referring to columns of "
          + referenced.type().getSimpleName() + " outside its primary key: Godwit supports one such join column "
          + "from a collection or join table, a one-to-many's child table or a map key, not several yet", element);
      return Optional.empty();
    }
    Annotation join = joins.get(0);
    TableParts table = keys.tableOf(referenced);
    String name = join.string("referencedColumnName");
    Optional<Column> column = table.resolve(name).flatMap(table::column);
    if (column.isEmpty()) {
      context.error(Code.INVALID_ASSOCIATION, "@" + annotation + "(referencedColumnName = \"" + name + "\") names no "
          + "column of table " + table.name() + " (" + String.join(", ", table.columnNames()) + ")", element);
      return Optional.empty();
    }
    KeyColumn target = new KeyColumn(context.quoting.logical(name), column.get());
    String logical = Optional.of(join.string("name")).filter(n -> !n.isEmpty()).map(context.quoting::logical)
        .orElseGet(() -> implicitName.apply(target));
    Optional<Optional<String>> definition = definition(Optional.of(join), target, element);
    if (definition.isEmpty()) {
      return Optional.empty();
    }
    Column referring = new Column(context.naming.physical(logical), column.get().type(), !notNull && join.bool("nullable"),
        false).withDefinition(definition.get());
    return Optional.of(new Resolved(List.of(referring), List.of(column.get().name()), false));
  }

  /**
   * The SQL type a referring column is created with: its {@code columnDefinition}, else the key
   * column's (Hibernate copies the referenced column's SQL type); empty after reporting a
   * {@code @JoinColumn(columnDefinition)} without a name, which Hibernate 6.6 ignores.
   */
  Optional<Optional<String>> definition(Optional<Annotation> join, KeyColumn key, Element element) {
    String declared = join.map(j -> j.string("columnDefinition")).orElse("");
    if (declared.isEmpty()) {
      return Optional.of(key.column().definition());
    }
    String annotation = join.get().mirror().getAnnotationType().asElement().getSimpleName().toString();
    // a @MapKeyJoinColumn keeps its definition whether it is named or not
    if (join.get().string("name").isEmpty() && !annotation.equals("MapKeyJoinColumn")) {
      context.error(Code.INVALID_MAPPING, "@" + annotation + "(columnDefinition = \"" + declared + "\") without a name: "
          + "Hibernate 6.6 ignores the definition of a join column whose name is implicit and types the column as "
          + "the key column it refers to. Name the column to keep the definition, or remove it", element);
      return Optional.empty();
    }
    return Optional.of(Optional.of(declared));
  }

  private Optional<KeyColumn> target(Optional<Annotation> join, List<KeyColumn> key, int position, Entity referenced,
      Element element) {
    String referencedName = join.map(j -> j.string("referencedColumnName")).orElse("");
    if (referencedName.isEmpty()) {
      return Optional.of(key.get(position));
    }
    String bare = Identifiers.bare(referencedName);
    Optional<KeyColumn> match = key.stream()
        .filter(k -> bare.equalsIgnoreCase(Identifiers.bare(k.logicalName()))
            || bare.equalsIgnoreCase(Identifiers.bare(k.column().name())))
        .findFirst();
    if (match.isEmpty()) {
      String annotation = join.get().mirror().getAnnotationType().asElement().getSimpleName().toString();
      context.error(Code.UNSUPPORTED_MAPPING, "@" + annotation + "(referencedColumnName = \"" + referencedName
          + "\") refers to a column other than the primary key of " + referenced.type().getSimpleName()
          + ", which Godwit does not support yet", element);
    }
    return match;
  }

  /**
   * The foreign key Hibernate creates for {@code columns} of {@code table}: named by
   * {@code @ForeignKey(name)} or Hibernate's hash; none for {@code ConstraintMode.NO_CONSTRAINT},
   * nor for columns referring outside the primary key.
   */
  Optional<ForeignKey> foreignKey(Optional<Annotation> foreignKey, String table, Entity referenced, Resolved columns) {
    if (!columns.toKey() || foreignKey.map(f -> f.constant("value")).orElse("").equals("NO_CONSTRAINT")) {
      return Optional.empty();
    }
    String name = foreignKey.map(f -> f.string("name")).filter(n -> !n.isEmpty())
        .orElseGet(() -> Naming.foreignKeyName(table, keys.table(referenced), columns.names()));
    return Optional.of(new ForeignKey(name, columns.names(), keys.table(referenced), columns.referencedColumns()));
  }

  /**
   * The {@code @ForeignKey} that applies to a list of join columns: the one their container gives
   * ({@code @JoinColumns(foreignKey)}, {@code @JoinTable(inverseForeignKey)}, ...) when it says
   * anything, else the one on the first join column.
   */
  Optional<Annotation> foreignKeyOf(Optional<Annotation> container, String member, List<Annotation> joins) {
    Optional<Annotation> outer = container.map(c -> c.annotation(member, context.elements))
        .filter(f -> !f.string("name").isEmpty() || !f.constant("value").equals("PROVIDER_DEFAULT")
            && !f.constant("value").equals("CONSTRAINT"));
    return outer.or(() -> joins.stream().findFirst().map(j -> j.annotation("foreignKey", context.elements)));
  }
}
