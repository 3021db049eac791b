package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.model.OnDelete;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * Hibernate's {@code @OnDelete(action)}, matched by name: the delete action of the foreign key an
 * attribute or a JOINED subclass owns, and the placements Hibernate 6.6 refuses or ignores, which
 * are errors on the element. Hibernate honours it on the foreign key of a to-one's join columns
 * ({@code ToOneBinder}), of a collection's key in a collection table, a join table or, for a
 * one-to-many with {@code @JoinColumn}, the child's table ({@code CollectionBinder}), and of a
 * JOINED subclass's key to its parent's table ({@code EntityBinder}); it writes {@code on delete
 * <action>} for every action but {@code NO_ACTION} ({@code StandardForeignKeyExporter}).
 */
final class OnDeletes {
  static final String ANNOTATION = "org.hibernate.annotations.OnDelete";

  private final Mirrors mirrors;

  OnDeletes(Mirrors mirrors) {
    this.mirrors = mirrors;
  }

  /** The action {@code @OnDelete} gives the key {@code element} owns; {@link OnDelete#NO_ACTION} without it. */
  OnDelete of(Element element) {
    return annotation(element).map(a -> OnDelete.valueOf(a.constant("action"))).orElse(OnDelete.NO_ACTION);
  }

  boolean present(Element element) {
    return annotation(element).isPresent();
  }

  private Optional<Mirrors.Annotation> annotation(Element element) {
    return mirrors.exact(element, ANNOTATION);
  }

  /**
   * The problem of {@code @OnDelete} on an attribute where Hibernate 6.6 refuses it, ignores it, or
   * puts it where Godwit cannot follow; empty where it is honoured (or absent).
   */
  Optional<Problem> ofAttribute(Element member) {
    if (!present(member)) {
      return Optional.empty();
    }
    String action = "@OnDelete(action = " + of(member) + ")";
    Optional<Mirrors.Annotation> oneToMany = mirrors.jpa(member, "OneToMany");
    if (oneToMany.isPresent() && !oneToMany.get().string("mappedBy").isEmpty()) {
      return Optional.empty(); // InverseDeletes: a CASCADE goes to the owning many-to-one's key
    }
    Optional<Mirrors.Annotation> manyToMany = mirrors.jpa(member, "ManyToMany");
    if (manyToMany.isPresent() && !manyToMany.get().string("mappedBy").isEmpty()) {
      // Hibernate 6.6 creates the join table's key to this side twice, from this collection's key
      // (with the action) and from the owning side's element (without): the collection bound last
      // wins, which depends on the order the entity classes are given to Hibernate.
      return Optional.of(Problem.error(Code.UNSUPPORTED_MAPPING, action + " on the mappedBy side of @ManyToMany "
          + "is not supported by Godwit: Hibernate 6.6 gives the action to the join table's key to this entity or "
          + "not, depending on the order it binds the two entities", member));
    }
    if (mirrors.hasJpa(member, "OneToMany") && !mirrors.hasJpa(member, "JoinColumn")
        && !mirrors.hasJpa(member, "JoinColumns")) {
      return Optional.of(Problem.error(Code.INVALID_ASSOCIATION, action + " on a unidirectional @OneToMany "
          + "needs an explicit @JoinColumn (the key in the child's table); Hibernate refuses it on a join table",
          member));
    }
    if (mirrors.hasJpa(member, "OneToOne")) {
      Mirrors.Annotation oneToOne = mirrors.jpa(member, "OneToOne").orElseThrow();
      if (!oneToOne.string("mappedBy").isEmpty()) {
        return Optional.of(Problem.error(Code.INVALID_MAPPING, action + " on the mappedBy side of a @OneToOne "
            + "changes no foreign key (Hibernate ignores it there): put it on the owning side", member));
      }
      if (mirrors.hasJpa(member, "PrimaryKeyJoinColumn") || mirrors.hasJpa(member, "PrimaryKeyJoinColumns")) {
        return Optional.of(Problem.error(Code.UNSUPPORTED_MAPPING, action + " on a @OneToOne with "
            + "@PrimaryKeyJoinColumn is not supported by Godwit yet", member));
      }
    }
    boolean honoured = List.of("ManyToOne", "OneToOne", "OneToMany", "ManyToMany", "ElementCollection").stream()
        .anyMatch(r -> mirrors.hasJpa(member, r));
    if (!honoured) {
      return Optional.of(Problem.error(Code.INVALID_MAPPING, action + " on an attribute that is no association "
          + "nor element collection changes no foreign key (Hibernate ignores it there): remove it", member));
    }
    return Optional.empty();
  }

  /**
   * The problem of {@code @OnDelete} on an entity class that is not a JOINED subclass, which
   * Hibernate 6.6 refuses ("may not be annotated '@OnDelete'").
   */
  Optional<Problem> ofEntity(Element type, boolean joinedSubclass) {
    if (!present(type) || joinedSubclass) {
      return Optional.empty();
    }
    return Optional.of(Problem.error(Code.INVALID_MAPPING, "@OnDelete on entity " + type.getSimpleName()
        + ", which is not a subclass in a JOINED hierarchy: only a JOINED subclass's key to its parent's table "
        + "takes a delete action on the class; Hibernate refuses it", type));
  }
}
