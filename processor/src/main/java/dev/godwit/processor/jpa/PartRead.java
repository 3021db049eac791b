package dev.godwit.processor.jpa;

import java.util.Optional;
import java.util.Set;

/**
 * The model of some entities' tables read apart from the rest ({@link EntityReader#readPart}), or
 * why they cannot be: then the compile reads every entity, unless {@code needs} names entities
 * outside the part whose tables it changes, which a larger part may include.
 */
public record PartRead(Optional<EntityModel> model, String whyNot, Set<String> needs) {
  static PartRead of(EntityModel model) {
    return new PartRead(Optional.of(model), "", Set.of());
  }

  static PartRead giveUp(String why) {
    return new PartRead(Optional.empty(), why, Set.of());
  }

  static PartRead needing(Set<String> entities) {
    return new PartRead(Optional.empty(), "the entities the change reaches change the tables of " + String.join(", ", entities),
        Set.copyOf(entities));
  }
}
