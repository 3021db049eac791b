package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.jpa.ToOneRelations.Joined;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ForeignKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The columns an embeddable brings into a collection table, as the element of an
 * {@code @ElementCollection} or as a map key: one per basic attribute (nested embeddables
 * flattened), where even a primitive's column stays nullable, as Hibernate leaves it; the join
 * columns of its {@code @ManyToOne} and {@code @OneToOne} relations, with their foreign keys and
 * (for one-to-one) unique keys.
 */
final class CollectionEmbeddables {
  private static final List<String> COLLECTIONS = List.of("OneToMany", "ManyToMany", "ElementCollection");
  private static final List<String> TO_ONE = List.of("ManyToOne", "OneToOne");

  /** The columns of an embeddable in a collection table, with the keys of its relations. */
  record Columns(List<Column> columns, List<ForeignKey> foreignKeys, List<List<String>> uniqueKeys) {}

  private final ReadContext context;
  private final EmbeddedAttributes embedded;
  private final BasicColumns basics;
  private final ToOneRelations relations;

  CollectionEmbeddables(ReadContext context, EmbeddedAttributes embedded, BasicColumns basics, ToOneRelations relations) {
    this.context = context;
    this.embedded = embedded;
    this.basics = basics;
    this.relations = relations;
  }

  /**
   * The columns of the embeddable {@code value} holds in collection table {@code table}, or empty
   * after reporting why not.
   *
   */
  Optional<Columns> of(Attribute value, Entity owner, String table) {
    Columns found = new Columns(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    return add(value, owner, table, found) ? Optional.of(found) : Optional.empty();
  }

  private boolean add(Attribute value, Entity owner, String table, Columns found) {
    Optional<List<Attribute>> children = embedded.children(value);
    if (children.isEmpty()) {
      return false;
    }
    for (Attribute child : children.get()) {
      if (!context.report(context.unsupported.ofMember(child.element()))) {
        return false;
      }
      if (COLLECTIONS.stream().anyMatch(r -> context.mirrors.hasJpa(child.element(), r))) {
        context.error(Code.UNSUPPORTED_MAPPING, "a collection inside the embeddable of a collection (" + child.path()
            + ") cannot be mapped: Hibernate refuses collections in the element or key of a collection",
            value.reportedOn());
        return false;
      }
      if (!context.mirrors.jpa(child.element(), "Column").map(c -> c.string("table")).orElse("").isEmpty()) {
        context.error(Code.UNSUPPORTED_MAPPING, "@Column(table = ...) in the embeddable of a collection ("
            + child.path() + ") cannot be mapped: Hibernate 6.6 refuses it (\"Secondary table ... is not declared\", "
            + "even where the entity declares it), as every column of a collection's element or key is in its "
            + "collection table; remove table = ...", value.reportedOn());
        return false;
      }
      boolean relation = TO_ONE.stream().anyMatch(r -> context.mirrors.hasJpa(child.element(), r));
      if (relation) {
        Optional<Joined> joined = relations.join(child, table);
        if (joined.isEmpty()) {
          return false;
        }
        found.columns().addAll(joined.get().columns());
        joined.get().foreignKey().ifPresent(found.foreignKeys()::add);
        joined.get().uniqueKey().ifPresent(found.uniqueKeys()::add);
      } else if (embedded.applies(child)) {
        if (!add(child, owner, table, found)) {
          return false;
        }
      } else {
        Optional<Column> column = basics.column(child, owner);
        if (column.isEmpty()) {
          return false;
        }
        found.columns().add(column.get());
      }
    }
    embedded.discriminator(value).ifPresent(d -> found.columns().add(d.column()));
    return true;
  }
}
