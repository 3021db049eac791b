package dev.godwit.processor.emit;

import dev.godwit.processor.snapshot.Checksum;
import dev.godwit.processor.snapshot.SealHash;
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
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes a set of files all or nothing, even if the compiler is killed half way. Every file is
 * first written next to its target under a temporary name; then a journal listing the targets is
 * put in place, the files are moved into place with the last one added (the snapshot) last, and
 * the journal is removed. A run that finds a journal calls {@link #recover}: if the last file
 * arrived, the write was complete; otherwise the files it moved are removed again. The journal
 * knows the last file by a {@link SealHash} of its bytes: it is the snapshot, megabytes that
 * SHA-256 would hash as Java code in a JVM whose JIT has not compiled it yet.
 */
public final class AtomicWriter {
  private static final String TEMPORARY = ".godwit-tmp";
  /** Test hook for the kill tests: a pause before each move widens the window a kill can hit. */
  private static final long PAUSE_MILLIS = Long.getLong("godwit.test.pauseBetweenMovesMillis", 0);

  private final Path journal;
  private final Map<Path, String> files = new LinkedHashMap<>();

  /** @param journal where the journal of this write is kept while files move */
  public AtomicWriter(Path journal) {
    this.journal = journal;
  }

  public AtomicWriter add(Path path, String content) {
    files.put(path, content);
    return this;
  }

  public void commit() throws IOException {
    if (files.isEmpty()) {
      return;
    }
    Map<Path, Path> staged = new LinkedHashMap<>();
    List<Path> moved = new ArrayList<>();
    Path last = null;
    try {
      StringBuilder entries = new StringBuilder();
      byte[] lastBytes = null;
      for (Map.Entry<Path, String> file : files.entrySet()) {
        Path target = file.getKey();
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path temporary = temporary(target);
        lastBytes = file.getValue().getBytes(StandardCharsets.UTF_8);
        Files.write(temporary, lastBytes);
        staged.put(temporary, target);
        last = target;
        entries.append("file ").append(target.toAbsolutePath()).append('\n');
      }
      entries.append("last ").append(hash(lastBytes)).append('\n');
      Files.createDirectories(journal.toAbsolutePath().getParent());
      Path journalTemporary = temporary(journal);
      Files.writeString(journalTemporary, entries.toString(), StandardCharsets.UTF_8);
      move(journalTemporary, journal);
      for (Map.Entry<Path, Path> file : staged.entrySet()) {
        pause();
        move(file.getKey(), file.getValue());
        moved.add(file.getValue());
      }
      pause();
      Files.deleteIfExists(journal);
    } catch (IOException | RuntimeException e) {
      for (Path temporary : staged.keySet()) {
        Files.deleteIfExists(temporary);
      }
      if (!moved.contains(last)) {
        for (Path target : moved) {
          Files.deleteIfExists(target);
        }
      }
      Files.deleteIfExists(journal);
      throw e;
    }
  }

  private static String hash(byte[] bytes) {
    return "crc32c-crc32:" + new SealHash().update(bytes, 0, bytes.length).hex();
  }

  /**
   * Finishes or undoes a write that was interrupted (the journal is still there) and removes
   * temporary files left in {@code folders}. Returns what it did, if anything.
   */
  public static Optional<String> recover(Path journal, List<Path> folders) throws IOException {
    Optional<String> done = Optional.empty();
    if (Files.exists(journal)) {
      List<Path> targets = new ArrayList<>();
      String lastChecksum = "";
      for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
        if (line.startsWith("file ")) {
          targets.add(Path.of(line.substring(5)));
        } else if (line.startsWith("last ")) {
          lastChecksum = line.substring(5);
        }
      }
      Path last = targets.isEmpty() ? null : targets.get(targets.size() - 1);
      boolean complete = last != null && Files.exists(last) && lastChecksum.equals(
          lastChecksum.startsWith("sha256:") // a journal an older Godwit left
              ? Checksum.of(Files.readString(last, StandardCharsets.UTF_8)) : hash(Files.readAllBytes(last)));
      List<String> removed = new ArrayList<>();
      for (Path target : targets) {
        Files.deleteIfExists(temporary(target));
        if (!complete && !target.equals(last) && Files.deleteIfExists(target)) {
          removed.add(target.getFileName().toString());
        }
      }
      Files.deleteIfExists(journal);
      done = Optional.of(complete
          ? "an earlier compilation was interrupted after it wrote all its files; nothing was lost"
          : "an earlier compilation was interrupted while writing a migration; its partial files were removed"
              + (removed.isEmpty() ? "" : " (" + String.join(", ", removed) + ")")
              + " and the migration is generated again now");
    }
    for (Path folder : folders) {
      if (Files.isDirectory(folder)) {
        try (Stream<Path> files = Files.list(folder)) {
          for (Path file : files.filter(f -> f.getFileName().toString().endsWith(TEMPORARY)).toList()) {
            Files.deleteIfExists(file);
          }
        }
      }
    }
    return done;
  }

  private static Path temporary(Path target) {
    return target.resolveSibling("." + target.getFileName() + TEMPORARY);
  }

  private static void pause() {
    if (PAUSE_MILLIS > 0) {
      try {
        Thread.sleep(PAUSE_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
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
