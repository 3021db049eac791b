package dev.godwit.benchmarks.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Mapping features the synthetic model can use. Basic columns and ids are always there; each
 * feature adds its mapping to a share of the entities, so the model can be narrowed to what a
 * processor supports.
 */
public enum Feature {
  /** Half of the entities extend a {@code @MappedSuperclass} holding the id, version and audit columns. */
  MAPPED_SUPERCLASS,
  /** {@code @ManyToOne} references to other entities, some with {@code @JoinColumn(nullable = false)}. */
  MANY_TO_ONE,
  /** The inverse {@code @OneToMany(mappedBy = ...)} side of some many-to-one references. */
  ONE_TO_MANY,
  /** Owning {@code @ManyToMany} collections (a join table each). */
  MANY_TO_MANY,
  /** {@code @Embedded} value objects from a few {@code @Embeddable} classes. */
  EMBEDDABLE,
  /** {@code @Enumerated(STRING)} and ordinal enum columns. */
  ENUMS,
  /** {@code @Table(indexes = ...)}. */
  INDEXES,
  /** {@code @Table(uniqueConstraints = ...)} and {@code @Column(unique = true)}. */
  UNIQUE_CONSTRAINTS;

  public static Set<Feature> all() {
    return EnumSet.allOf(Feature.class);
  }

  /** Parses a comma-separated list of feature names, case-insensitive. */
  public static Set<Feature> parse(String list) {
    Set<Feature> features = EnumSet.noneOf(Feature.class);
    for (String name : list.split(",")) {
      if (!name.isBlank()) {
        features.add(Feature.valueOf(name.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_')));
      }
    }
    return features;
  }
}
