package dev.godwit.processor;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.StandardLocation;

/**
 * The seal a compile keeps in the build folder for inputs that changed without changing the schema
 * (a new method on an entity): the committed snapshot's own seal is renewed only with the next
 * migration, since a build with no change writes nothing that is committed, so without this every
 * compile until then would read all the entities again. Written by a compile that found no change
 * and reported nothing, it holds the seal the snapshot would carry for those inputs
 * ({@link dev.godwit.processor.snapshot.InputsSeal#valueFor}) and opens it as the snapshot's own line
 * does. One file per class output folder, in its parent: {@code godwit-seal-classes} in Maven's
 * {@code target}. It names the snapshot it was computed for; missing, unreadable or for another
 * snapshot, it is ignored, and a class output that is no folder (an in-memory file manager) has none.
 */
final class BuildSeal {
  private static final String HEADER = "godwit build seal 1";
  private static final String PROBE = "godwit-seal-probe";

  private final Filer filer;
  private final Path snapshot;
  /** Found when first needed: a compile whose snapshot's own seal opens never asks for it. */
  private Optional<Path> file;

  private BuildSeal(Filer filer, Path snapshot) {
    this.filer = filer;
    this.snapshot = snapshot;
  }

  /** The build seal beside the class output of {@code filer}, for the snapshot at {@code snapshot}. */
  static BuildSeal of(Filer filer, Path snapshot) {
    return new BuildSeal(filer, snapshot);
  }

  private Optional<Path> file() {
    if (file == null) {
      file = location(filer);
    }
    return file;
  }

  private static Optional<Path> location(Filer filer) {
    try {
      URI probe = filer.getResource(StandardLocation.CLASS_OUTPUT, "", PROBE).toUri();
      if (!"file".equals(probe.getScheme())) {
        return Optional.empty();
      }
      Path classes = Path.of(probe).getParent();
      if (classes == null || classes.getParent() == null || classes.getFileName() == null) {
        return Optional.empty();
      }
      return Optional.of(classes.getParent().resolve("godwit-seal-" + classes.getFileName()));
    } catch (IOException | IllegalArgumentException | UnsupportedOperationException | FileSystemNotFoundException
        | SecurityException e) {
      return Optional.empty();
    }
  }

  /** The seal kept for the snapshot, if any. */
  Optional<String> read() {
    Optional<Path> file = file();
    if (file.isEmpty() || !Files.isRegularFile(file.get())) {
      return Optional.empty();
    }
    try {
      List<String> lines = Files.readAllLines(file.get(), StandardCharsets.UTF_8);
      if (lines.size() != 3 || !lines.get(0).equals(HEADER) || !lines.get(1).equals("snapshot " + snapshot)) {
        return Optional.empty();
      }
      return Optional.of(lines.get(2));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Keeps {@code seal} for the snapshot, replacing the file whole; a build folder it cannot write to keeps none. */
  void write(String seal) {
    Optional<Path> file = file();
    if (file.isEmpty() || read().filter(seal::equals).isPresent()) {
      return;
    }
    Path target = file.get();
    Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
    try {
      Files.writeString(temporary, HEADER + "\nsnapshot " + snapshot + "\n" + seal + "\n", StandardCharsets.UTF_8);
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException ignored) {
        // nothing kept: the next compile takes the ordinary path
      }
    }
  }
}
