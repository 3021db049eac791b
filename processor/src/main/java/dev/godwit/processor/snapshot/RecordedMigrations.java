package dev.godwit.processor.snapshot;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The migration files the snapshot vouches for: each file's path relative to the output folder
 * ({@code postgresql/V3__add_customer_phone.sql}) and its {@link Checksum}. A file on disk that
 * differs from its record was edited after it was generated; a recorded file that is gone was
 * deleted or renumbered.
 */
public record RecordedMigrations(Map<String, String> checksums) {

  public static final RecordedMigrations NONE = new RecordedMigrations(Map.of());

  public RecordedMigrations {
    checksums = Collections.unmodifiableMap(new TreeMap<>(checksums));
  }

  public boolean isEmpty() {
    return checksums.isEmpty();
  }

  public Optional<String> checksum(String path) {
    return Optional.ofNullable(checksums.get(path));
  }

  /** These records plus {@code added} (which win on the same path). */
  public RecordedMigrations with(Map<String, String> added) {
    TreeMap<String, String> all = new TreeMap<>(checksums);
    all.putAll(added);
    return new RecordedMigrations(all);
  }
}
