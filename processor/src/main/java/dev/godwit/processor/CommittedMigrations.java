package dev.godwit.processor;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.emit.MigrationContents;
import dev.godwit.processor.emit.MigrationDirectory;
import dev.godwit.processor.emit.MigrationFile;
import dev.godwit.processor.emit.MigrationIntegrity;
import dev.godwit.processor.emit.ReviewReports;
import dev.godwit.processor.snapshot.Checksum;
import dev.godwit.processor.snapshot.InputsSeal;
import dev.godwit.processor.snapshot.RecordedMigrations;
import dev.godwit.processor.snapshot.Snapshot;
import dev.godwit.processor.snapshot.SnapshotCodec;
import dev.godwit.processor.snapshot.SnapshotFile;
import dev.godwit.processor.snapshot.SnapshotFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/**
 * The committed state a compilation starts from: the snapshot and the migration folders of every
 * dialect, checked against each other (checksums, versions 1..n up and down, review reports).
 * With -Agodwit.renumber=true it first removes another branch's files under a taken version.
 */
final class CommittedMigrations {
  private final Options options;
  private final Messager messager;
  private final Reporter reporter;
  /** The snapshot as it was parsed (once a compile), and its text; null before. */
  private Snapshot parsed;
  private String parsedText;
  /** The folders {@link #contents} last digested, and their digest: the fast path and the incremental read both ask. */
  private Map<String, MigrationDirectory> digested;
  private Optional<String> digest;

  /**
   * The checked state.
   *
   * @param snapshot the snapshot, recording the checksums to keep (accepted edits included)
   * @param directories the dialect folders as they are now
   * @param accepted the files whose edits -Agodwit.acceptEdits accepted, by path
   */
  record Verified(Snapshot snapshot, Map<String, MigrationDirectory> directories, Set<String> accepted) {}

  CommittedMigrations(Options options, Messager messager, Reporter reporter) {
    this.options = options;
    this.messager = messager;
    this.reporter = reporter;
  }

  /** The committed snapshot, {@link Snapshot#EMPTY} before the first one; empty when an error was reported. */
  Optional<Snapshot> readSnapshot() {
    if (parsed != null) {
      return Optional.of(parsed);
    }
    try {
      return Optional.of(parse());
    } catch (NoSuchFileException e) {
      return Optional.of(Snapshot.EMPTY);
    } catch (IOException e) {
      reporter.error(Code.UNREADABLE_SNAPSHOT, "cannot read snapshot " + options.snapshot() + ": " + e, null);
    } catch (SnapshotFormatException e) {
      reporter.error(Code.UNREADABLE_SNAPSHOT, "snapshot " + options.snapshot() + " is not usable: " + e.getMessage()
          + ". Restore it from version control; nothing was written.", null);
    }
    return Optional.empty();
  }

  /**
   * The committed snapshot, parsed, or empty without a report when it is missing or cannot be read
   * (the ordinary path reports that); kept, so {@link #readSnapshot} does not parse it again.
   */
  Optional<Snapshot> readSnapshotQuietly() {
    if (parsed == null) {
      try {
        parse();
      } catch (IOException | SnapshotFormatException | RuntimeException e) {
        return Optional.empty();
      }
    }
    return Optional.of(parsed);
  }

  private Snapshot parse() throws IOException, SnapshotFormatException {
    String text = Files.readString(options.snapshot(), StandardCharsets.UTF_8);
    parsed = SnapshotCodec.read(text);
    parsedText = text;
    return parsed;
  }

  /** The snapshot {@link #readSnapshot} read, with its text; empty before or when there was none. */
  Optional<SnapshotFile> snapshotFile() {
    return parsed == null ? Optional.empty() : Optional.of(new SnapshotFile(parsed, parsedText));
  }

  /**
   * The version and checksums of the committed snapshot when it is sealed for {@code inputs}
   * ({@link InputsSeal}), by its own seal line or by {@code buildSeal}; empty when it is not, or
   * cannot be read (the ordinary path reports that).
   */
  Optional<InputsSeal.Head> readSealedHead(String inputs, java.util.function.Supplier<Optional<String>> buildSeal) {
    try {
      return InputsSeal.open(Files.readAllBytes(options.snapshot()), inputs, buildSeal);
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
  }

  /** The seal the committed snapshot would carry for {@code inputs} ({@link InputsSeal#valueFor}); empty when unreadable. */
  Optional<String> sealFor(String inputs) {
    try {
      return InputsSeal.valueFor(Files.readAllBytes(options.snapshot()), inputs);
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
  }

  /**
   * {@link #scan()} for the fast path, which reports nothing: empty when a folder cannot be
   * listed (the ordinary path reports it).
   */
  Optional<Map<String, MigrationDirectory>> scanUnsealed() {
    return Optional.ofNullable(scan(Reporter.silent()));
  }

  /** The {@link MigrationContents} digest of the files in {@code directories}; empty when unreadable. */
  Optional<String> contents(Map<String, MigrationDirectory> directories) {
    if (!directories.equals(digested)) {
      try {
        digest = MigrationContents.onDisk(options.output(), directories);
      } catch (IOException | UncheckedIOException e) {
        digest = Optional.empty();
      }
      digested = Map.copyOf(directories);
    }
    return digest;
  }

  /**
   * What is left to check of {@code directories} when the seal vouches for their contents (the
   * files the snapshot records, no other, as they were written): the review reports, which the
   * seal does not cover. Empty when an error was reported.
   */
  Optional<Verified> verifySealed(Snapshot snapshot, Map<String, MigrationDirectory> directories) {
    return reportsConsistent(directories) ? Optional.of(new Verified(snapshot, directories, Set.of())) : Optional.empty();
  }

  /** The migration folder of every dialect, in option order; null when an error was reported. */
  Map<String, MigrationDirectory> scan() {
    return scan(reporter);
  }

  private Map<String, MigrationDirectory> scan(Reporter errors) {
    Map<String, MigrationDirectory> directories = new LinkedHashMap<>();
    for (String dialect : options.dialects()) {
      try {
        directories.put(dialect, MigrationDirectory.scan(options.output().resolve(dialect)));
      } catch (IOException e) {
        errors.error(Code.WRITE_FAILED, "cannot list " + options.output().resolve(dialect) + ": " + e, null);
        return null;
      }
    }
    return directories;
  }

  /** Checks {@code directories} against {@code snapshot}; empty when an error was reported. */
  Optional<Verified> verify(Snapshot snapshot, Map<String, MigrationDirectory> directories) {
    Optional<MigrationIntegrity.Result> integrity = checkIntegrity(snapshot, directories);
    if (integrity.isEmpty()) {
      return Optional.empty();
    }
    if (!integrity.get().foreign().isEmpty()) {
      directories = scan();
      if (directories == null) {
        return Optional.empty();
      }
    }
    if (!consistent(snapshot, directories) || !reportsConsistent(directories)) {
      return Optional.empty();
    }
    Snapshot recorded = snapshot.withMigrations(recorded(snapshot, directories, integrity.get()));
    return Optional.of(new Verified(recorded, directories, integrity.get().accepted().keySet()));
  }

  /**
   * Checks committed files against the snapshot's checksums; with -Agodwit.renumber=true removes
   * another branch's files under a taken version first. Empty when an error was reported.
   */
  private Optional<MigrationIntegrity.Result> checkIntegrity(Snapshot snapshot, Map<String, MigrationDirectory> directories) {
    Set<Integer> accept = options.mode() == Options.Mode.GENERATE ? options.acceptEdits() : Set.of();
    try {
      MigrationIntegrity.Result result = MigrationIntegrity.check(snapshot.migrations(), directories, accept);
      if (!result.foreign().isEmpty() && options.renumber() && options.mode() == Options.Mode.GENERATE) {
        for (Path file : result.foreign()) {
          Files.deleteIfExists(file);
          // Flyway's configuration, beside a non-transactional script
          Files.deleteIfExists(file.resolveSibling(file.getFileName() + MigrationDirectory.CONF));
          if (file.getFileName().toString().startsWith("V")) {
            Files.deleteIfExists(ReviewReports.reportOf(options.output(), file));
          }
        }
        messager.printMessage(Diagnostic.Kind.NOTE, "Godwit removed the other branch's "
            + result.foreign().stream().map(f -> f.getParent().getFileName() + "/" + f.getFileName()).sorted().toList()
            + "; its change is generated again as the next version");
        Map<String, MigrationDirectory> rescanned = scan();
        if (rescanned == null) {
          return Optional.empty();
        }
        MigrationIntegrity.Result again = MigrationIntegrity.check(snapshot.migrations(), rescanned, accept);
        result = new MigrationIntegrity.Result(again.problems(), result.foreign(), again.accepted(), again.unrecorded());
      }
      for (MigrationIntegrity.Problem problem : result.problems()) {
        reporter.error(problem.code(), problem.message(), null);
      }
      return result.problems().isEmpty() ? Optional.of(result) : Optional.empty();
    } catch (IOException e) {
      reporter.error(Code.WRITE_FAILED, "cannot read the committed migrations under " + options.output() + ": " + e, null);
      return Optional.empty();
    }
  }

  /** Every dialect folder must hold exactly versions 1..snapshot.version, up and down. */
  private boolean consistent(Snapshot snapshot, Map<String, MigrationDirectory> directories) {
    boolean ok = true;
    for (MigrationDirectory directory : directories.values()) {
      for (int version = 1; version <= Math.max(snapshot.version(), directory.latestVersion()); version++) {
        boolean expected = version <= snapshot.version();
        for (Map<Integer, MigrationFile> files : List.of(directory.up(), directory.down())) {
          String kind = files == directory.up() ? "V" : "U";
          if (expected && !files.containsKey(version)) {
            reporter.error(Code.MIGRATION_FILES_INCONSISTENT, "the snapshot " + options.snapshot() + " is at version "
                + snapshot.version() + " but " + directory.folder() + " has no " + kind + version
                + "__*.sql; restore the file from version control", null);
            ok = false;
          } else if (!expected && files.containsKey(version)) {
            reporter.error(Code.MIGRATION_FILES_INCONSISTENT, directory.folder().resolve(files.get(version).fileName())
                + " is newer than the snapshot " + options.snapshot() + " (version " + snapshot.version()
                + "); commit the snapshot that was generated with it, or delete the file", null);
            ok = false;
          }
        }
      }
    }
    return ok;
  }

  /** Every review report must belong to a migration that is still there. */
  private boolean reportsConsistent(Map<String, MigrationDirectory> directories) {
    try {
      List<String> problems = ReviewReports.problems(options.output(), directories.keySet());
      problems.forEach(p -> reporter.error(Code.MIGRATION_FILES_INCONSISTENT, p, null));
      return problems.isEmpty();
    } catch (IOException e) {
      reporter.error(Code.WRITE_FAILED, "cannot read the review reports under " + options.output() + ": " + e, null);
      return false;
    }
  }

  /**
   * The checksums to record: the snapshot's, plus accepted edits and the {@code .sql.conf} files it
   * did not record yet; a snapshot from before checksums were recorded starts recording every
   * committed file as it is now.
   */
  private static RecordedMigrations recorded(Snapshot snapshot, Map<String, MigrationDirectory> directories,
      MigrationIntegrity.Result integrity) {
    if (!snapshot.migrations().isEmpty()) {
      return snapshot.migrations().with(integrity.unrecorded()).with(integrity.accepted());
    }
    Map<String, String> current = new TreeMap<>();
    directories.forEach((dialect, directory) -> {
      for (MigrationFile file : directory.all()) {
        try {
          current.put(dialect + "/" + file.fileName(), Checksum.of(directory.text(file)));
          Optional<Path> conf = directory.conf(file);
          if (conf.isPresent()) {
            current.put(dialect + "/" + file.fileName() + MigrationDirectory.CONF,
                Checksum.of(Files.readString(conf.get(), StandardCharsets.UTF_8)));
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    });
    return new RecordedMigrations(current);
  }
}
