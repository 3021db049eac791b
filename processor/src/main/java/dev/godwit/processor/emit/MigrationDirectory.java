package dev.godwit.processor.emit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The committed migration files of one dialect folder, by version. */
public record MigrationDirectory(Path folder, Map<Integer, MigrationFile> up, Map<Integer, MigrationFile> down) {

  public static MigrationDirectory scan(Path folder) throws IOException {
    Map<Integer, MigrationFile> up = new TreeMap<>();
    Map<Integer, MigrationFile> down = new TreeMap<>();
    if (Files.isDirectory(folder)) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.sorted().toList()) {
          MigrationFile.parse(file.getFileName().toString()).ifPresent(m -> (m.up() ? up : down).put(m.version(), m));
        }
      }
    }
    return new MigrationDirectory(folder, up, down);
  }

  public int latestVersion() {
    return up.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  public List<String> statements(MigrationFile file) throws IOException {
    return SqlStatements.split(Files.readString(folder.resolve(file.fileName()), StandardCharsets.UTF_8));
  }
}
