package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.jpa.Mirrors.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/** Describes one entity class: its names, its mapped hierarchy and its persistent attributes. */
final class EntityDescriber {
  private final ReadContext context;
  private final PersistentAttributes attributes;
  private final Hints hints;

  EntityDescriber(ReadContext context, PersistentAttributes attributes, Hints hints) {
    this.context = context;
    this.attributes = attributes;
    this.hints = hints;
  }

  /** The entity, or empty after reporting why it cannot be read. */
  Optional<Entity> describe(TypeElement type) {
    Mirrors mirrors = context.mirrors;
    Annotation entity = mirrors.jpa(type, "Entity").orElseThrow();
    String entityName = entity.string("name").isEmpty() ? type.getSimpleName().toString() : entity.string("name");
    String tableName = mirrors.jpa(type, "Table").map(t -> t.string("name")).filter(n -> !n.isEmpty()).orElse(entityName);
    String logicalTable = Naming.logical(tableName);
    String table = context.naming.physical(logicalTable);
    context.report(context.unsupported.ofType(type)); // attributes are still read, so one compile reports every problem
    List<TypeElement> hierarchy = hierarchy(type);
    if (hierarchy == null) {
      return Optional.empty();
    }
    List<Attribute> members = attributes.of((DeclaredType) type.asType(), hierarchy);
    List<Attribute> ids = members.stream().filter(Attribute::id).toList();
    if (ids.isEmpty()) {
      context.error(Code.MISSING_ID, "entity " + type.getSimpleName()
          + " has no @Id attribute; Hibernate refuses such an entity", type);
      return Optional.empty();
    }
    if (ids.size() > 1 || mirrors.hasJpa(ids.get(0).element(), "EmbeddedId")) {
      context.error(Code.UNSUPPORTED_MAPPING, "composite primary keys are not supported by Godwit yet",
          ids.get(ids.size() - 1).element());
      return Optional.empty();
    }
    context.origins.put(table, type);
    hints.ofTable(type, table);
    return Optional.of(new Entity(type, entityName, logicalTable, table, members));
  }

  /** The entity and its {@code @MappedSuperclass} ancestors, root first; null after an error. */
  private List<TypeElement> hierarchy(TypeElement type) {
    List<TypeElement> chain = new ArrayList<>();
    chain.add(type);
    TypeMirror superType = type.getSuperclass();
    while (superType instanceof DeclaredType declared) {
      TypeElement superElement = (TypeElement) declared.asElement();
      if (context.mirrors.hasJpa(superElement, "Entity")) {
        context.error(Code.UNSUPPORTED_MAPPING, "entity inheritance (" + type.getSimpleName()
            + " extends entity " + superElement.getSimpleName() + ") is not supported by Godwit yet", type);
        return null;
      }
      if (context.mirrors.hasJpa(superElement, "MappedSuperclass")) {
        chain.add(0, superElement);
      }
      superType = superElement.getSuperclass();
    }
    return chain;
  }
}
