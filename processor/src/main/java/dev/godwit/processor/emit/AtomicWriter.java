package dev.godwit.processor.emit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a set of files all or nothing: every file is first written next to its target under a
 * temporary name, then all are moved into place; a failure removes what was written.
 */
public final class AtomicWriter {
  private final Map<Path, String> files = new LinkedHashMap<>();

  public AtomicWriter add(Path path, String content) {
    files.put(path, content);
    return this;
  }

  public void commit() throws IOException {
    Map<Path, Path> staged = new LinkedHashMap<>();
    List<Path> moved = new ArrayList<>();
    try {
      for (Map.Entry<Path, String> file : files.entrySet()) {
        Path target = file.getKey();
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path temporary = target.resolveSibling("." + target.getFileName() + ".godwit-tmp");
        Files.writeString(temporary, file.getValue(), StandardCharsets.UTF_8);
        staged.put(temporary, target);
      }
      for (Map.Entry<Path, Path> file : staged.entrySet()) {
        move(file.getKey(), file.getValue());
        moved.add(file.getValue());
      }
    } catch (IOException | RuntimeException e) {
      for (Path temporary : staged.keySet()) {
        Files.deleteIfExists(temporary);
      }
      for (Path target : moved) {
        Files.deleteIfExists(target);
      }
      throw e;
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
