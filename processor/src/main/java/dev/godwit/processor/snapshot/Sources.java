package dev.godwit.processor.snapshot;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a sealed snapshot records of the inputs it was written from: their digests, whose
 * fingerprint the seal covers, and the entity that maps each table. A later compile compares the
 * digests with its own to learn which types changed, and reads only the entities those reach
 * ({@code IncrementalRead}); the seal proves the record and the schema were written together.
 *
 * @param digests the digests of the inputs
 * @param tables table -> the qualified name of the entity that maps it (its own table, a secondary,
 *     join or collection table); tables of table generators have none
 */
public record Sources(InputDigests digests, SortedMap<String, String> tables) {

  public Sources {
    Objects.requireNonNull(digests, "digests");
    tables = Collections.unmodifiableSortedMap(new TreeMap<>(tables));
  }

  public Sources(InputDigests digests, Map<String, String> tables) {
    this(digests, new TreeMap<>(tables));
  }
}
