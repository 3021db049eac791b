package dev.godwit.processor.jpa;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;

/**
 * The entities of a compilation by qualified name, each described when first asked for: a read of
 * some entities' tables describes only those and the entities their relations reach. Iterating
 * gives the entities described so far, in the order they were described.
 */
final class DescribedEntities extends AbstractMap<String, Entity> {
  private final Map<String, TypeElement> types;
  private final Function<TypeElement, Optional<Entity>> describer;
  private final Map<String, Optional<Entity>> described = new LinkedHashMap<>();

  DescribedEntities(Collection<TypeElement> entityTypes, Function<TypeElement, Optional<Entity>> describer) {
    this.types = entityTypes.stream().collect(Collectors.toMap(t -> t.getQualifiedName().toString(), t -> t, (a, b) -> a));
    this.describer = describer;
  }

  @Override
  public Entity get(Object name) {
    Optional<Entity> entity = described.get(name);
    if (entity == null) {
      TypeElement type = types.get(name);
      if (type == null) {
        return null;
      }
      entity = describer.apply(type);
      described.put((String) name, entity);
    }
    return entity.orElse(null);
  }

  @Override
  public boolean containsKey(Object name) {
    return get(name) != null;
  }

  @Override
  public Set<Entry<String, Entity>> entrySet() {
    Map<String, Entity> present = new LinkedHashMap<>();
    described.forEach((name, entity) -> entity.ifPresent(e -> present.put(name, e)));
    return present.entrySet();
  }
}
