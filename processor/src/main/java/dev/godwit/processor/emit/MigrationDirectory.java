package dev.godwit.processor.emit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The committed migration files of one dialect folder, by version. Two files of one kind with the
 * same version (two branches each generated it) are kept in {@code duplicates}: {@code up} and
 * {@code down} hold the first by name.
 */
public record MigrationDirectory(Path folder, Map<Integer, MigrationFile> up, Map<Integer, MigrationFile> down,
    List<MigrationFile> duplicates) {
  /** The suffix of Flyway's per-script configuration file: {@code V3__x.sql.conf} beside {@code V3__x.sql}. */
  public static final String CONF = ".conf";

  public static MigrationDirectory scan(Path folder) throws IOException {
    Map<Integer, MigrationFile> up = new TreeMap<>();
    Map<Integer, MigrationFile> down = new TreeMap<>();
    List<MigrationFile> duplicates = new ArrayList<>();
    if (Files.isDirectory(folder)) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.sorted().toList()) {
          MigrationFile.parse(file.getFileName().toString()).ifPresent(m -> {
            MigrationFile first = (m.up() ? up : down).putIfAbsent(m.version(), m);
            if (first != null) {
              if (!duplicates.contains(first)) {
                duplicates.add(first);
              }
              duplicates.add(m);
            }
          });
        }
      }
    }
    return new MigrationDirectory(folder, up, down, List.copyOf(duplicates));
  }

  public int latestVersion() {
    return up.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  /** Every migration file of this folder, including duplicates, sorted by name. */
  public List<MigrationFile> all() {
    TreeMap<String, MigrationFile> all = new TreeMap<>();
    Stream.of(up.values(), down.values(), duplicates).flatMap(c -> c.stream()).forEach(f -> all.put(f.fileName(), f));
    return List.copyOf(all.values());
  }

  public String text(MigrationFile file) throws IOException {
    return Files.readString(folder.resolve(file.fileName()), StandardCharsets.UTF_8);
  }

  /** The file's content as it is on disk. */
  public byte[] bytes(MigrationFile file) throws IOException {
    return Files.readAllBytes(folder.resolve(file.fileName()));
  }

  public List<String> statements(MigrationFile file) throws IOException {
    return SqlStatements.split(text(file));
  }

  /** Flyway's configuration beside {@code file} ({@code V3__x.sql.conf}, of a non-transactional script), if any. */
  public Optional<Path> conf(MigrationFile file) {
    Path conf = folder.resolve(file.fileName() + CONF);
    return Files.exists(conf) ? Optional.of(conf) : Optional.empty();
  }
}
