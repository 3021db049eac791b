package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.jpa.Mirrors.Annotation;
import dev.godwit.processor.model.OnDelete;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Hibernate's {@code @OnDelete(action = CASCADE)} on the mappedBy side of a {@code @OneToMany}. Hibernate
 * 6.6 keeps that collection's key ({@code CollectionBinder.buildCollectionKey} disables it for every
 * other action) and creates it over the owning {@code @ManyToOne}'s join columns; {@code Table.createForeignKey}
 * finds the many-to-one's foreign key there (same columns, same target) and the collection's second pass,
 * which runs after every to-one's, sets its action: the owning side's key is {@code on delete cascade},
 * under the many-to-one's name. Any other action on the mappedBy side changes nothing, an error here.
 */
final class InverseDeletes {
  private final ReadContext context;
  private final Map<String, Entity> entities;

  InverseDeletes(ReadContext context, Map<String, Entity> entities) {
    this.context = context;
    this.entities = entities;
  }

  /**
   * True when a {@code @OneToMany(mappedBy)} of {@code target} (or an entity it extends) with
   * {@code @OnDelete(action = CASCADE)} names {@code owning}, a many-to-one of {@code owner}: its
   * foreign key then cascades.
   */
  boolean cascades(Attribute owning, Entity owner, Entity target) {
    return inverse(owning, owner, target).isPresent();
  }

  /** That inverse attribute. */
  Optional<Attribute> inverse(Attribute owning, Entity owner, Entity target) {
    for (Entity e = target; e != null; e = parent(e)) {
      for (Attribute candidate : e.attributes()) {
        Optional<Annotation> oneToMany = context.mirrors.jpa(candidate.element(), "OneToMany");
        if (oneToMany.isPresent() && oneToMany.get().string("mappedBy").equals(owning.name())
            && context.onDeletes.of(candidate.element()) == OnDelete.CASCADE
            && holds(entities.get(elementTypeName(candidate, oneToMany.get())), owner)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Checks an {@code @OnDelete} on the mappedBy side of a {@code @OneToMany}: true when it is a
   * {@code CASCADE} Godwit gives the owning many-to-one's key; false after reporting anything else.
   */
  boolean check(Attribute attribute, Entity owner, Entity target, String mappedBy) {
    OnDelete action = context.onDeletes.of(attribute.element());
    String annotation = "@OnDelete(action = " + action + ")";
    if (action != OnDelete.CASCADE) {
      context.error(Code.INVALID_MAPPING, annotation + " on the mappedBy side of @OneToMany " + attribute.name()
          + " changes no foreign key: Hibernate 6.6 honours only CASCADE there and ignores " + action
          + ". Put it on the owning @ManyToOne " + target.type().getSimpleName() + "." + mappedBy + ", or remove it",
          attribute.element());
      return false;
    }
    Optional<Attribute> owning = mappedBy.contains(".") ? Optional.empty() : attributeOf(target, mappedBy);
    String unsupported = owning.isEmpty() ? "mappedBy = \"" + mappedBy + "\" names no attribute of "
        + target.type().getSimpleName() + " itself"
        : !context.mirrors.hasJpa(owning.get().element(), "ManyToOne") ? mappedBy + " is no @ManyToOne"
        : context.mirrors.hasJpa(owning.get().element(), "JoinTable") ? mappedBy + " maps a @JoinTable"
        : noConstraint(owning.get()) ? mappedBy + " has @ForeignKey(NO_CONSTRAINT)"
        : context.mirrors.jpa(owning.get().element(), "JoinColumn").map(j -> !j.string("referencedColumnName")
            .isEmpty()).orElse(false) || context.mirrors.hasJpa(owning.get().element(), "JoinColumns")
            ? mappedBy + " names its referenced columns" : "";
    if (!unsupported.isEmpty()) {
      context.error(Code.UNSUPPORTED_MAPPING, annotation + " on the mappedBy side of @OneToMany " + attribute.name()
          + " is supported where the owning side is a plain @ManyToOne of the element entity, but " + unsupported
          + "; Godwit does not support this yet. Put @OnDelete on the owning side", attribute.element());
      return false;
    }
    OnDelete own = context.onDeletes.of(owning.get().element());
    if (context.onDeletes.present(owning.get().element()) && own != OnDelete.CASCADE) {
      context.error(Code.INVALID_MAPPING, annotation + " on the mappedBy side of @OneToMany " + attribute.name()
          + " contradicts @OnDelete(action = " + own + ") on " + target.type().getSimpleName() + "." + mappedBy
          + ": Hibernate 6.6 gives their one foreign key CASCADE. Keep one of them", attribute.element());
      return false;
    }
    Annotation manyToOne = context.mirrors.jpa(owning.get().element(), "ManyToOne").orElseThrow();
    Entity referenced = entities.get(Mirrors.qualifiedName(manyToOne.type("targetEntity")
        .filter(t -> !Mirrors.isVoid(t)).orElse(owning.get().type())));
    if (!holds(referenced, owner)) {
      context.error(Code.UNSUPPORTED_MAPPING, annotation + " on @OneToMany " + attribute.name() + ", whose owning "
          + "side refers to another entity than " + owner.type().getSimpleName() + "; Godwit does not support this "
          + "yet. Put @OnDelete on the owning side", attribute.element());
      return false;
    }
    return true;
  }

  /** True when {@code entity} is {@code ancestor} or extends it. */
  private boolean holds(Entity entity, Entity ancestor) {
    for (Entity e = entity; e != null; e = parent(e)) {
      if (e.qualifiedName().equals(ancestor.qualifiedName())) {
        return true;
      }
    }
    return false;
  }

  private Optional<Attribute> attributeOf(Entity entity, String name) {
    for (Entity e = entity; e != null; e = parent(e)) {
      Optional<Attribute> found = e.attributes().stream().filter(a -> a.name().equals(name)).findFirst();
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private boolean noConstraint(Attribute attribute) {
    return context.mirrors.jpa(attribute.element(), "JoinColumn")
        .map(j -> j.annotation("foreignKey", context.elements).constant("value").equals("NO_CONSTRAINT"))
        .orElse(false);
  }

  private Entity parent(Entity entity) {
    return entity.parent().map(p -> entities.get(p.getQualifiedName().toString())).orElse(null);
  }

  private static String elementTypeName(Attribute attribute, Annotation relation) {
    Optional<TypeMirror> explicit = relation.type("targetEntity").filter(t -> !Mirrors.isVoid(t));
    if (explicit.isPresent()) {
      return Mirrors.qualifiedName(explicit.get());
    }
    if (attribute.type() instanceof DeclaredType declared && !declared.getTypeArguments().isEmpty()) {
      return Mirrors.qualifiedName(declared.getTypeArguments().get(declared.getTypeArguments().size() - 1));
    }
    return "";
  }
}
