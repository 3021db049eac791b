package dev.godwit.processor.emit;

import dev.godwit.processor.snapshot.Checksum;
import dev.godwit.processor.snapshot.SealHash;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A {@link SealHash} of the committed migration files (scripts and Flyway's {@code .sql.conf}
 * files) by their path relative to the output folder, each normalised as {@link Checksum} does.
 * Sealed into the snapshot with the inputs ({@code InputsSeal}), it lets an unchanged build know
 * that every file is still the one the snapshot's SHA-256 checksums vouch for without computing
 * them: SHA-256 over megabytes of SQL runs as Java code in a JVM whose JIT has not compiled it yet.
 * A file added, removed or edited changes it, and the compile takes the ordinary path, which
 * checks the checksums and says which file changed.
 */
public final class MigrationContents {
  private MigrationContents() {}

  /** The file contents, by path relative to the output folder. */
  @FunctionalInterface
  public interface Reader {
    byte[] read(String path) throws IOException;
  }

  /**
   * The digest of the files at {@code paths} (relative to the output folder); empty when one of
   * them is not UTF-8 text.
   */
  public static Optional<String> digest(SortedSet<String> paths, Reader reader) throws IOException {
    SealHash hash = new SealHash();
    for (String path : paths) {
      Checksum.Normalized text;
      try {
        text = Checksum.normalized(reader.read(path));
      } catch (CharacterCodingException e) {
        return Optional.empty();
      }
      hash.update(path + "\n" + text.length() + "\n").update(text.bytes(), 0, text.length());
    }
    return Optional.of(hash.hex());
  }

  /** {@link #digest} of the migration files in {@code directories} (by dialect) as they are on disk. */
  public static Optional<String> onDisk(Path output, Map<String, MigrationDirectory> directories) throws IOException {
    SortedSet<String> paths = new TreeSet<>();
    for (Map.Entry<String, MigrationDirectory> directory : directories.entrySet()) {
      for (MigrationFile file : directory.getValue().all()) {
        paths.add(directory.getKey() + "/" + file.fileName());
        if (directory.getValue().conf(file).isPresent()) {
          paths.add(directory.getKey() + "/" + file.fileName() + MigrationDirectory.CONF);
        }
      }
    }
    return digest(paths, path -> Files.readAllBytes(output.resolve(path)));
  }
}
