package dev.godwit.processor.emit;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.snapshot.Checksum;
import dev.godwit.processor.snapshot.RecordedMigrations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks the committed migration files against the checksums the snapshot recorded for them: an
 * edited, deleted or renamed migration, and two migrations with one version number (two branches
 * each generated it). Files another branch added under a taken number are returned as
 * {@code foreign}, so they can be removed and their change generated again as the next version.
 * Flyway's {@code .sql.conf} beside a script is checked like the script; one the snapshot does not
 * record yet (snapshots written before they were recorded) is returned as {@code unrecorded}, to
 * be recorded at the next write.
 */
public final class MigrationIntegrity {

  /** One problem, with the code and message to report. */
  public record Problem(Code code, String message) {}

  /**
   * @param problems what is wrong, each naming its file
   * @param foreign files of another branch under a version the snapshot records for other files
   * @param accepted new checksums for edited files whose version the user accepted
   * @param unrecorded checksums of {@code .sql.conf} files beside recorded scripts that have no record of their own
   */
  public record Result(List<Problem> problems, List<Path> foreign, Map<String, String> accepted,
      Map<String, String> unrecorded) {}

  private MigrationIntegrity() {}

  public static Result check(RecordedMigrations records, Map<String, MigrationDirectory> directories,
      Set<Integer> acceptEdits) throws IOException {
    List<Problem> problems = new ArrayList<>();
    List<Path> foreign = new ArrayList<>();
    Map<String, String> accepted = new TreeMap<>();
    Map<String, String> unrecorded = new TreeMap<>();
    Map<Integer, Set<String>> branchFiles = new TreeMap<>();
    Map<Integer, Set<String>> keptFiles = new TreeMap<>();
    for (Map.Entry<String, MigrationDirectory> entry : directories.entrySet()) {
      String dialect = entry.getKey();
      MigrationDirectory directory = entry.getValue();
      Map<String, List<MigrationFile>> sameNumber = new TreeMap<>();
      for (MigrationFile file : directory.duplicates()) {
        sameNumber.computeIfAbsent((file.up() ? "V" : "U") + file.version(), k -> new ArrayList<>()).add(file);
      }
      for (List<MigrationFile> files : sameNumber.values()) {
        List<MigrationFile> recorded = files.stream().filter(f -> records.checksum(dialect + "/" + f.fileName()).isPresent()).toList();
        int version = files.get(0).version();
        if (recorded.size() == 1) {
          for (MigrationFile file : files) {
            if (file != recorded.get(0)) {
              foreign.add(directory.folder().resolve(file.fileName()));
              branchFiles.computeIfAbsent(version, v -> new TreeSet<>()).add(file.fileName());
            } else {
              keptFiles.computeIfAbsent(version, v -> new TreeSet<>()).add(file.fileName());
            }
          }
        } else {
          problems.add(new Problem(Code.MIGRATION_VERSION_CONFLICT, "two migrations have version " + version + " in "
              + directory.folder() + ": " + String.join(", ", files.stream().map(MigrationFile::fileName).toList())
              + ", and the snapshot does not say which one it belongs to. Keep the files and the snapshot of the branch"
              + " that was merged first, delete the other branch's files of version " + version
              + ", and compile: Godwit generates that branch's change again as a new version"));
        }
      }
      checkRecorded(records, dialect, directory, acceptEdits, problems, accepted);
      findUnrecordedConfs(records, dialect, directory, unrecorded);
    }
    for (Map.Entry<Integer, Set<String>> version : branchFiles.entrySet()) {
      problems.add(new Problem(Code.MIGRATION_VERSION_CONFLICT, "version " + version.getKey()
          + " was generated on two branches: the snapshot records " + String.join(", ", keptFiles.getOrDefault(version.getKey(), Set.of()))
          + ", and " + String.join(", ", version.getValue()) + " came from the other branch. Delete "
          + String.join(", ", version.getValue()) + " in every dialect folder and compile, so Godwit generates"
          + " that change again as the next version; or compile once with -Agodwit.renumber=true to do exactly"
          + " that (only if no shared database ran the deleted files)"));
    }
    return new Result(List.copyOf(problems), List.copyOf(foreign), Map.copyOf(accepted), Map.copyOf(unrecorded));
  }

  private static void checkRecorded(RecordedMigrations records, String dialect, MigrationDirectory directory,
      Set<Integer> acceptEdits, List<Problem> problems, Map<String, String> accepted) throws IOException {
    Map<String, String> recordedByNumber = new TreeMap<>();
    List<MigrationFile> files = directory.all();
    Set<MigrationFile> present = new HashSet<>(files);
    for (Map.Entry<String, String> record : records.checksums().entrySet()) {
      String path = record.getKey();
      if (!path.startsWith(dialect + "/")) {
        continue;
      }
      String fileName = path.substring(dialect.length() + 1);
      if (fileName.endsWith(MigrationDirectory.CONF)) {
        var script = MigrationFile.parse(fileName.substring(0, fileName.length() - MigrationDirectory.CONF.length()));
        if (script.isPresent()) {
          checkRecordedConf(record.getValue(), script.get(), fileName, directory, acceptEdits, problems, accepted, path);
        }
        continue;
      }
      var parsed = MigrationFile.parse(fileName);
      if (parsed.isEmpty()) {
        continue;
      }
      MigrationFile file = parsed.get();
      String number = (file.up() ? "V" : "U") + file.version();
      String other = recordedByNumber.putIfAbsent(number, fileName);
      if (other != null) {
        problems.add(new Problem(Code.MIGRATION_VERSION_CONFLICT, "the snapshot records two migrations for "
            + number + " in " + dialect + " (" + other + " and " + fileName + "): Git merged the snapshots of two"
            + " branches. Take the whole snapshot of the branch that was merged first, then compile with"
            + " -Agodwit.renumber=true"));
        continue;
      }
      Path onDisk = directory.folder().resolve(fileName);
      if (!present.contains(file)) {
        List<String> sameVersion = files.stream().filter(f -> f.version() == file.version() && f.up() == file.up())
            .map(MigrationFile::fileName).toList();
        problems.add(new Problem(Code.MIGRATION_EDITED, onDisk + " is missing: the snapshot records it"
            + (sameVersion.isEmpty() ? "" : " (found " + String.join(", ", sameVersion) + " instead: renamed?)")
            + (files.stream().anyMatch(f -> f.slug().equals(file.slug()) && f.up() == file.up() && f.version() != file.version())
                ? " and a file with its name but another number exists (renumbered?)" : "")
            + ". A committed migration may already have run somewhere and must never change: restore it from version"
            + " control, and put further changes into the entities so Godwit generates a new version"));
        continue;
      }
      compare(directory.bytes(file), record.getValue(), onDisk, file.version(), path, acceptEdits, problems, accepted);
    }
  }

  /**
   * A recorded {@code .sql.conf} must still be there and unchanged: it decides whether Flyway runs
   * its script in a transaction. When the script itself is missing, its own problem says so.
   */
  private static void checkRecordedConf(String checksum, MigrationFile script, String fileName,
      MigrationDirectory directory, Set<Integer> acceptEdits, List<Problem> problems, Map<String, String> accepted,
      String path) throws IOException {
    if (!directory.all().contains(script)) {
      return;
    }
    Path onDisk = directory.folder().resolve(fileName);
    if (!Files.exists(onDisk)) {
      problems.add(new Problem(Code.MIGRATION_EDITED, onDisk + " is missing: the snapshot records it, and without it"
          + " Flyway runs " + script.fileName() + " inside a transaction. A committed migration may already have run"
          + " somewhere and must never change: restore it from version control"));
      return;
    }
    compare(Files.readAllBytes(onDisk), checksum, onDisk, script.version(), path,
        acceptEdits, problems, accepted);
  }

  /** Records {@code path} for an unrecorded {@code .sql.conf} beside each recorded script. */
  private static void findUnrecordedConfs(RecordedMigrations records, String dialect, MigrationDirectory directory,
      Map<String, String> unrecorded) throws IOException {
    for (MigrationFile file : directory.all()) {
      String conf = dialect + "/" + file.fileName() + MigrationDirectory.CONF;
      boolean recordedWithoutConf = records.checksum(dialect + "/" + file.fileName()).isPresent()
          && records.checksum(conf).isEmpty();
      Optional<Path> onDisk = recordedWithoutConf ? directory.conf(file) : Optional.empty();
      if (onDisk.isPresent()) {
        unrecorded.put(conf, Checksum.of(Files.readString(onDisk.get(), StandardCharsets.UTF_8)));
      }
    }
  }

  /** Compares the file's bytes, as the committed files are checked in every build (ASCII needs no decoding). */
  private static void compare(byte[] content, String checksum, Path onDisk, int version, String path,
      Set<Integer> acceptEdits, List<Problem> problems, Map<String, String> accepted) throws IOException {
    if (Checksum.hasConflictMarkers(content)) {
      problems.add(new Problem(Code.MIGRATION_EDITED, onDisk + " holds Git merge conflict markers: two branches each"
          + " generated version " + version + " under the same name. Take the file of the branch that was merged"
          + " first, then compile with -Agodwit.renumber=true"));
    } else if (!Checksum.of(content).equals(checksum)) {
      if (acceptEdits.contains(version)) {
        accepted.put(path, Checksum.of(content));
      } else {
        problems.add(new Problem(Code.MIGRATION_EDITED, onDisk + " was edited after Godwit generated it (its checksum"
            + " no longer matches the snapshot). A committed migration may already have run somewhere and must never"
            + " change: restore it from version control and put the change into the entities, so Godwit generates a"
            + " new version. If the edit is deliberate and this version has run nowhere yet, compile once with"
            + " -Agodwit.acceptEdits=" + version + " to record it"));
      }
    }
  }
}
