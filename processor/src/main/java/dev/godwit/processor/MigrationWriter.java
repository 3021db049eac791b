package dev.godwit.processor;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.dialect.Dialect;
import dev.godwit.processor.emit.AtomicWriter;
import dev.godwit.processor.emit.JavaMigrationWriter;
import dev.godwit.processor.emit.MigrationContents;
import dev.godwit.processor.model.DialectNames;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.plan.MigrationPlan;
import dev.godwit.processor.plan.ReviewReport;
import dev.godwit.processor.safety.SafetyCheck;
import dev.godwit.processor.snapshot.Checksum;
import dev.godwit.processor.snapshot.ExpandContract;
import dev.godwit.processor.snapshot.RecordedMigrations;
import dev.godwit.processor.snapshot.Snapshot;
import dev.godwit.processor.snapshot.SnapshotCodec;
import dev.godwit.processor.snapshot.SnapshotFile;
import dev.godwit.processor.snapshot.Sources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/**
 * Writes migration files and the snapshot all or nothing, through a journal beside the snapshot,
 * and finishes or undoes a write an earlier compilation left half done.
 */
final class MigrationWriter {
  private final Options options;
  private final Messager messager;
  private final Reporter reporter;

  MigrationWriter(Options options, Messager messager, Reporter reporter) {
    this.options = options;
    this.messager = messager;
    this.reporter = reporter;
  }

  /** What the review report needs besides the plan and the new schema. */
  record ReviewInputs(List<Dialect> dialects, SafetyCheck.Result safety, Schema before) {}

  /** Whether an earlier compilation left a write half done (its journal is there). */
  boolean interrupted() {
    return java.nio.file.Files.exists(journal());
  }

  /** Finishes or undoes a write an earlier compilation left half done; false if that failed. */
  boolean recoverInterruptedWrite() {
    List<Path> folders = new ArrayList<>();
    options.dialects().forEach(d -> folders.add(options.output().resolve(d)));
    folders.add(options.snapshot().toAbsolutePath().getParent());
    folders.add(options.output());
    folders.add(options.javaFolder());
    try {
      AtomicWriter.recover(journal(), folders).ifPresent(done ->
          reporter.warning(Code.RECOVERED_INTERRUPTED_WRITE, done, null));
      return true;
    } catch (IOException e) {
      reporter.error(Code.WRITE_FAILED, "cannot recover the interrupted write recorded in " + journal() + ": " + e
          + "; delete the newest migration files that the snapshot does not list, then " + journal(), null);
      return false;
    }
  }

  /**
   * Writes the scripts of {@code plan} (with Flyway's {@code .sql.conf} where one runs outside a
   * transaction), its review report (listing the SQL files' checksums) and the snapshot of
   * {@code after} with the checksums of every file written added to {@code recorded}, the new
   * version's Java source, and {@code olderJava} (sources of older versions, missing or not what
   * Godwit writes); false if that failed (then nothing was written). {@code seal} gives the inputs
   * fingerprint to seal the new snapshot with, if any; the seal covers the recorded migration files
   * too ({@link InputFingerprint.Result#sealedWith}), and a sealed snapshot records its inputs'
   * digests and {@code tableOwners}, the entity mapping each table of {@code after} ({@link Sources}).
   * {@code previousFile}, the committed snapshot with its text, lends the text of the tables
   * {@code after} has kept as they were ({@link SnapshotFile}).
   */
  boolean write(MigrationPlan plan, Schema after, Map<String, String> tableOwners, Snapshot previous,
      Optional<SnapshotFile> previousFile, ReviewInputs review,
      List<JavaMigrationSources.Source> olderJava, boolean flyway,
      java.util.function.Function<Snapshot, Optional<InputFingerprint.Result>> seal) {
    RecordedMigrations recorded = previous.migrations();
    AtomicWriter writer = new AtomicWriter(journal());
    Map<String, String> checksums = new TreeMap<>();
    Map<String, String> sqlChecksums = new TreeMap<>();
    Map<String, String> written = new TreeMap<>();
    Map<String, DialectNames> kept = DialectNames.kept(review.before(), after);
    List<MigrationScripts.Script> scripts = MigrationScripts.render(plan, review.before(), kept, options);
    for (MigrationScripts.Script script : scripts) {
      writer.add(options.output().resolve(script.dialect()).resolve(script.fileName()), script.text());
      written.put(script.path(), script.text());
      checksums.put(script.path(), Checksum.of(script.text()));
      if (script.sql()) {
        sqlChecksums.put(script.path(), Checksum.of(script.text()));
      }
    }
    writer.add(options.output().resolve("V" + plan.baseName() + ".md"), ReviewReport.render(new ReviewReport.Input(
        plan, review.dialects(), review.safety().verdicts(), review.before(), after, sqlChecksums)));
    olderJava.forEach(source -> writer.add(source.file(), source.text()));
    JavaMigrationSources.Source java = JavaMigrationSources.of(options, javaVersion(plan, scripts), flyway);
    writer.add(java.file(), java.text());
    Schema recordedSchema = after.withDialectNames(kept);
    Snapshot next = new Snapshot(plan.version(), recordedSchema, recorded.with(checksums),
        ExpandContract.after(previous.expansions(), plan.version(), plan.up()));
    Optional<InputFingerprint.Result> fingerprint = seal.apply(next);
    Optional<String> inputs;
    try {
      inputs = fingerprint.isEmpty() ? Optional.empty() : contents(next, written).map(fingerprint.get()::sealedWith);
    } catch (IOException e) {
      inputs = Optional.empty(); // not sealed: the next compile takes the ordinary path
    }
    Snapshot recordedNext = inputs.isPresent() ? next.withSources(new Sources(fingerprint.get().digests(), tableOwners)) : next;
    writer.add(options.snapshot(), SnapshotCodec.write(recordedNext, inputs, previousFile));
    return commit(writer, "migration V" + plan.baseName() + " for " + String.join(", ", options.dialects())
        + " and its Java form" + (olderJava.isEmpty() ? "" : " (and that of " + versions(olderJava) + ")")
        + " under " + options.javaOutput());
  }

  /**
   * The {@link MigrationContents} digest of the files {@code next} records as they are once
   * {@code written} (path to text) is written: the seal covers them with the inputs.
   */
  private Optional<String> contents(Snapshot next, Map<String, String> written) throws IOException {
    return MigrationContents.digest(new TreeSet<>(next.migrations().checksums().keySet()), path -> {
      String text = written.get(path);
      return text != null ? text.getBytes(StandardCharsets.UTF_8) : Files.readAllBytes(options.output().resolve(path));
    });
  }

  /**
   * The Java form of the version {@code scripts} hold, for its source: its dialects and whether it
   * runs in a transaction (the statements are read from the SQL files when they are published).
   */
  private static JavaMigrationWriter.Version javaVersion(MigrationPlan plan, List<MigrationScripts.Script> scripts) {
    Map<String, List<String>> up = new TreeMap<>();
    Map<String, List<String>> down = new TreeMap<>();
    boolean transactional = true;
    for (MigrationScripts.Script script : scripts) {
      if (!script.sql()) {
        transactional = false;
      } else {
        (script.fileName().startsWith("V") ? up : down).put(script.dialect(), List.of());
      }
    }
    return new JavaMigrationWriter.Version(plan.version(), plan.slug(), up, down, transactional);
  }

  /** Writes the Java sources of older versions that are missing or not what Godwit writes. */
  boolean writeJava(List<JavaMigrationSources.Source> java) {
    AtomicWriter writer = new AtomicWriter(journal());
    java.forEach(source -> writer.add(source.file(), source.text()));
    return commit(writer, "the Java form of " + versions(java) + ", missing or not what Godwit writes for the"
        + " committed SQL, under " + options.javaOutput(), false);
  }

  /** {@code V1, V2} for the versions of {@code java}. */
  static String versions(List<JavaMigrationSources.Source> java) {
    return String.join(", ", java.stream().map(s -> "V" + s.version().number()).toList());
  }

  /** Writes {@code snapshot} alone, e.g. with the checksums of accepted edits, described as {@code what}. */
  boolean writeSnapshot(Snapshot snapshot, String what) {
    return commit(new AtomicWriter(journal()).add(options.snapshot(), SnapshotCodec.write(snapshot)), what, true);
  }

  private boolean commit(AtomicWriter writer, String what) {
    return commit(writer, what, true);
  }

  private boolean commit(AtomicWriter writer, String what, boolean snapshot) {
    try {
      writer.commit();
    } catch (IOException e) {
      reporter.error(Code.WRITE_FAILED, "cannot write " + what + " under " + options.output() + ": "
          + e + "; nothing was written", null);
      return false;
    }
    messager.printMessage(Diagnostic.Kind.NOTE, "Godwit wrote " + what
        + (snapshot ? " and updated " + options.snapshot() : ""));
    return true;
  }

  private Path journal() {
    return options.snapshot().resolveSibling("." + options.snapshot().getFileName() + ".godwit-journal");
  }
}
