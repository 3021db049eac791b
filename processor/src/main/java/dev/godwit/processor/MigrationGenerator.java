package dev.godwit.processor;

import dev.godwit.processor.dialect.Dialect;
import dev.godwit.processor.dialect.Dialects;
import dev.godwit.processor.dialect.Target;
import dev.godwit.processor.dialect.IdentifierLimits;
import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.DiffHints;
import dev.godwit.processor.diff.SchemaDiff;
import dev.godwit.processor.emit.AtomicWriter;
import dev.godwit.processor.emit.JavaMigrationWriter;
import dev.godwit.processor.emit.MigrationDirectory;
import dev.godwit.processor.emit.MigrationFile;
import dev.godwit.processor.emit.ReviewReports;
import dev.godwit.processor.model.DialectNames;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.plan.ReviewReport;
import dev.godwit.processor.emit.MigrationIntegrity;
import dev.godwit.processor.emit.StatementsResource;
import dev.godwit.processor.jpa.EntityModel;
import dev.godwit.processor.plan.DialectSpelling;
import dev.godwit.processor.plan.MigrationPlan;
import dev.godwit.processor.plan.ScriptRenderer;
import dev.godwit.processor.plan.Slugs;
import dev.godwit.processor.safety.Acknowledgement;
import dev.godwit.processor.safety.RuleContext;
import dev.godwit.processor.safety.SafetyCheck;
import dev.godwit.processor.snapshot.Checksum;
import dev.godwit.processor.snapshot.RecordedMigrations;
import dev.godwit.processor.snapshot.Snapshot;
import dev.godwit.processor.snapshot.SnapshotCodec;
import dev.godwit.processor.snapshot.SnapshotFormatException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.tools.StandardLocation;

/**
 * Runs the pure stages for one compilation: snapshot, hints, diff, safety, plan, SQL; then writes
 * the new migration files and snapshot (all or nothing) and the Java form of every version.
 */
final class MigrationGenerator {
  private final Options options;
  private final ProcessingEnvironment env;
  private final Reporter reporter;

  MigrationGenerator(Options options, ProcessingEnvironment env, Reporter reporter) {
    this.options = options;
    this.env = env;
    this.reporter = reporter;
  }

  void generate(EntityModel model, java.util.Set<? extends Element> acknowledging) {
    if (!recoverInterruptedWrite()) {
      return;
    }
    Optional<Snapshot> read = readSnapshot();
    if (read.isEmpty()) {
      return;
    }
    Snapshot snapshot = read.get();
    List<AcknowledgementReader.Declared> acknowledgements = AcknowledgementReader.read(acknowledging, env.getElementUtils(), reporter);
    DiffHints hints = HintResolver.resolve(model, snapshot.schema(), reporter);
    Map<String, MigrationDirectory> directories = scanDirectories();
    if (reporter.hasErrors() || directories == null) {
      return;
    }
    Optional<MigrationIntegrity.Result> integrity = checkIntegrity(snapshot, directories);
    if (integrity.isEmpty()) {
      return;
    }
    if (!integrity.get().foreign().isEmpty()) {
      directories = scanDirectories();
      if (directories == null) {
        return;
      }
    }
    if (!consistent(snapshot, directories) || !reportsConsistent(directories)) {
      return;
    }
    snapshot = new Snapshot(snapshot.version(), snapshot.schema(), recorded(snapshot, directories, integrity.get()));
    if (!namesFit(model)) {
      return;
    }
    List<Change> changes = SchemaDiff.between(snapshot.schema(), model.schema(), hints);
    warnUnneededBackfills(model, changes);
    List<Dialect> dialects = options.dialects().stream().map(d -> Dialects.byName(d).orElseThrow()).toList();
    SafetyCheck.Result safety = SafetyCheck.check(new RuleContext(dialects, snapshot.schema(), model.schema(), changes),
        acknowledgements.stream().map(a -> a.acknowledgement()).toList());
    AcknowledgementReader.reportUnusedAndAmbiguous(acknowledgements, safety, reporter);
    if (changes.isEmpty()) {
      if (!integrity.get().accepted().isEmpty() && options.mode() == Options.Mode.GENERATE) {
        writeFiles(new AtomicWriter(journal()).add(options.snapshot(), SnapshotCodec.write(snapshot)),
            "the edited migrations " + String.join(", ", integrity.get().accepted().keySet()) + " as they are now");
      }
      publish(directories);
      return;
    }
    if (options.mode() == Options.Mode.CHECK) {
      reporter.error(Code.MIGRATION_MISSING, "the entities differ from the snapshot " + options.snapshot()
          + " (V" + snapshot.version() + "): " + changes.stream().map(Change::describe).collect(Collectors.joining("; "))
          + ". Compile with -Agodwit.mode=generate and commit the new migration and snapshot.",
          origin(model, changes.get(0)));
      return;
    }
    FindingLocator.report(safety.findings(), dialects.size(), model, reporter);
    if (reporter.hasErrors()) {
      return;
    }
    MigrationPlan plan = new MigrationPlan(snapshot.version() + 1, Slugs.of(changes), changes,
        entities(model, changes),
        safety.acknowledged().stream().map(a -> a.finding().target()
            + " (" + a.finding().code().id() + "): " + a.acknowledgement().reason()).distinct().toList());
    write(plan, model, snapshot.migrations(), new ReviewInputs(dialects, safety, snapshot.schema()));
  }

  /** What the review report needs besides the plan. */
  private record ReviewInputs(List<Dialect> dialects, SafetyCheck.Result safety, Schema before) {}

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

  private boolean namesFit(EntityModel model) {
    for (String name : options.dialects()) {
      for (IdentifierLimits.TooLong tooLong : IdentifierLimits.check(model.schema(), Dialects.byName(name).orElseThrow())) {
        Element element = tooLong.column().flatMap(c -> model.origin(tooLong.table(), c))
            .or(() -> model.origin(tooLong.table())).orElse(null);
        reporter.error(Code.NAME_TOO_LONG, tooLong.message(), element);
      }
    }
    return !reporter.hasErrors();
  }

  /** A {@code @Backfill} is read only when its column is added NOT NULL or changes type or nullability. */
  private void warnUnneededBackfills(EntityModel model, List<Change> changes) {
    for (EntityModel.BackfillHint hint : model.backfills()) {
      boolean needed = changes.stream().anyMatch(change ->
          change instanceof Change.AddColumn add && add.table().equals(hint.table())
              && add.column().name().equals(hint.column()) && !add.column().nullable()
          || change instanceof Change.AlterColumn alter && alter.table().equals(hint.table())
              && alter.to().name().equals(hint.column())
              && (alter.from().nullable() && !alter.to().nullable() || !alter.from().type().equals(alter.to().type())));
      if (!needed && !hint.expression().isBlank()) {
        reporter.warning(Code.UNNEEDED_BACKFILL, "@Backfill on " + hint.table() + "." + hint.column()
            + " has no effect: it is used only when the column is added NOT NULL or its type or nullability changes,"
            + " and this compilation does neither. Remove it (once its migration is generated it is history)",
            hint.element());
      }
    }
  }

  private Path journal() {
    return options.snapshot().resolveSibling("." + options.snapshot().getFileName() + ".godwit-journal");
  }

  /** Finishes or undoes a write an earlier compilation left half done; false if that failed. */
  private boolean recoverInterruptedWrite() {
    List<Path> folders = new ArrayList<>();
    options.dialects().forEach(d -> folders.add(options.output().resolve(d)));
    folders.add(options.snapshot().toAbsolutePath().getParent());
    folders.add(options.output());
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
   * Checks committed files against the snapshot's checksums; with -Agodwit.renumber=true removes
   * another branch's files under a taken version first. Empty when an error was reported.
   */
  private Optional<MigrationIntegrity.Result> checkIntegrity(Snapshot snapshot, Map<String, MigrationDirectory> directories) {
    java.util.Set<Integer> accept = options.mode() == Options.Mode.GENERATE ? options.acceptEdits() : java.util.Set.of();
    try {
      MigrationIntegrity.Result result = MigrationIntegrity.check(snapshot.migrations(), directories, accept);
      if (!result.foreign().isEmpty() && options.renumber() && options.mode() == Options.Mode.GENERATE) {
        for (Path file : result.foreign()) {
          Files.deleteIfExists(file);
          Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".conf")); // Flyway's, for a non-transactional script
          if (file.getFileName().toString().startsWith("V")) {
            Files.deleteIfExists(ReviewReports.reportOf(options.output(), file));
          }
        }
        env.getMessager().printMessage(javax.tools.Diagnostic.Kind.NOTE, "Godwit removed the other branch's "
            + result.foreign().stream().map(f -> f.getParent().getFileName() + "/" + f.getFileName()).sorted().toList()
            + "; its change is generated again as the next version");
        Map<String, MigrationDirectory> rescanned = scanDirectories();
        if (rescanned == null) {
          return Optional.empty();
        }
        MigrationIntegrity.Result again = MigrationIntegrity.check(snapshot.migrations(), rescanned, accept);
        result = new MigrationIntegrity.Result(again.problems(), result.foreign(), again.accepted());
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

  /**
   * The checksums to record: the snapshot's, plus accepted edits; a snapshot from before checksums
   * were recorded starts recording every committed file as it is now.
   */
  private static RecordedMigrations recorded(Snapshot snapshot, Map<String, MigrationDirectory> directories,
      MigrationIntegrity.Result integrity) {
    if (!snapshot.migrations().isEmpty()) {
      return snapshot.migrations().with(integrity.accepted());
    }
    Map<String, String> current = new TreeMap<>();
    directories.forEach((dialect, directory) -> {
      for (MigrationFile file : directory.all()) {
        try {
          current.put(dialect + "/" + file.fileName(), Checksum.of(directory.text(file)));
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    });
    return new RecordedMigrations(current);
  }

  private Optional<Snapshot> readSnapshot() {
    try {
      return Optional.of(SnapshotCodec.read(Files.readString(options.snapshot(), StandardCharsets.UTF_8)));
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

  private Map<String, MigrationDirectory> scanDirectories() {
    Map<String, MigrationDirectory> directories = new LinkedHashMap<>();
    for (String dialect : options.dialects()) {
      try {
        directories.put(dialect, MigrationDirectory.scan(options.output().resolve(dialect)));
      } catch (IOException e) {
        reporter.error(Code.WRITE_FAILED, "cannot list " + options.output().resolve(dialect) + ": " + e, null);
        return null;
      }
    }
    return directories;
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

  private static Element origin(EntityModel model, Change change) {
    return model.origin(change.subject(), change.detail()).orElse(null);
  }

  private static List<String> entities(EntityModel model, List<Change> changes) {
    TreeSet<String> names = new TreeSet<>();
    for (Change change : changes) {
      Optional.ofNullable(model.entities().get(change.subject())).ifPresent(names::add);
    }
    return List.copyOf(names);
  }

  private void write(MigrationPlan plan, EntityModel model, RecordedMigrations recorded, ReviewInputs review) {
    AtomicWriter writer = new AtomicWriter(journal());
    Map<String, String> checksums = new TreeMap<>();
    Target target = options.target().withSafeForms(plan.version() >= options.safeFormsFrom());
    for (String name : options.dialects()) {
      Dialect dialect = Dialects.byName(name, target).orElseThrow();
      MigrationPlan spelled = DialectSpelling.of(plan, name, review.before(), model.schema());
      String up = ScriptRenderer.up(spelled, dialect);
      String down = ScriptRenderer.down(spelled, dialect);
      writer.add(options.output().resolve(name).resolve("V" + plan.baseName() + ".sql"), up);
      writer.add(options.output().resolve(name).resolve("U" + plan.baseName() + ".sql"), down);
      if (!dialect.transactional(plan.up())) {
        writer.add(options.output().resolve(name).resolve("V" + plan.baseName() + ".sql.conf"), ScriptRenderer.NON_TRANSACTIONAL_CONF);
      }
      if (!dialect.transactional(plan.down())) {
        writer.add(options.output().resolve(name).resolve("U" + plan.baseName() + ".sql.conf"), ScriptRenderer.NON_TRANSACTIONAL_CONF);
      }
      checksums.put(name + "/V" + plan.baseName() + ".sql", Checksum.of(up));
      checksums.put(name + "/U" + plan.baseName() + ".sql", Checksum.of(down));
    }
    writer.add(options.output().resolve("V" + plan.baseName() + ".md"), ReviewReport.render(new ReviewReport.Input(
        plan, review.dialects(), review.safety().verdicts(), review.before(), model.schema(), checksums)));
    Schema after = model.schema().withDialectNames(DialectNames.kept(review.before(), model.schema()));
    writer.add(options.snapshot(), SnapshotCodec.write(new Snapshot(plan.version(), after, recorded.with(checksums))));
    if (!writeFiles(writer, "migration V" + plan.baseName() + " for " + String.join(", ", options.dialects()))) {
      return;
    }
    Map<String, MigrationDirectory> updated = scanDirectories();
    if (updated != null) {
      publish(updated);
    }
  }

  private boolean writeFiles(AtomicWriter writer, String what) {
    try {
      writer.commit();
    } catch (IOException e) {
      reporter.error(Code.WRITE_FAILED, "cannot write " + what + " under " + options.output() + ": "
          + e + "; nothing was written", null);
      return false;
    }
    env.getMessager().printMessage(javax.tools.Diagnostic.Kind.NOTE, "Godwit wrote " + what + " and updated "
        + options.snapshot());
    return true;
  }

  /**
   * Puts every committed migration on this build's classpath: the SQL files into the class output
   * (resources were copied before compilation, and the compiler plugin removes what an earlier
   * compilation generated) and the Java form of each version as a source file compiled now, with
   * its statements as a resource beside it.
   */
  private void publish(Map<String, MigrationDirectory> directories) {
    boolean flyway = env.getElementUtils().getTypeElement("org.flywaydb.core.api.migration.BaseJavaMigration") != null;
    List<JavaMigrationWriter.Version> versions = new ArrayList<>();
    MigrationDirectory first = directories.values().iterator().next();
    for (MigrationFile file : first.up().values()) {
      Map<String, List<String>> up = new TreeMap<>();
      Map<String, List<String>> down = new TreeMap<>();
      boolean transactional = true;
      try {
        for (Map.Entry<String, MigrationDirectory> directory : directories.entrySet()) {
          MigrationDirectory dir = directory.getValue();
          up.put(directory.getKey(), dir.statements(dir.up().get(file.version())));
          down.put(directory.getKey(), dir.statements(dir.down().get(file.version())));
          transactional &= !Files.exists(dir.folder().resolve(dir.up().get(file.version()).fileName() + ".conf"));
          copyToClassOutput(directory.getKey(), dir, dir.up().get(file.version()).fileName());
          copyToClassOutput(directory.getKey(), dir, dir.down().get(file.version()).fileName());
          for (MigrationFile script : List.of(dir.up().get(file.version()), dir.down().get(file.version()))) {
            if (Files.exists(dir.folder().resolve(script.fileName() + ".conf"))) {
              copyToClassOutput(directory.getKey(), dir, script.fileName() + ".conf");
            }
          }
        }
      } catch (IOException e) {
        reporter.error(Code.WRITE_FAILED, "cannot read migration V" + file.version() + ": " + e, null);
        return;
      }
      versions.add(new JavaMigrationWriter.Version(file.version(), file.slug(), up, down, transactional));
    }
    for (JavaMigrationWriter.Version version : versions) {
      String className = options.javaPackage() + "." + JavaMigrationWriter.className(version);
      try (Writer out = env.getFiler().createSourceFile(className).openWriter();
          OutputStream statements = env.getFiler().createResource(StandardLocation.CLASS_OUTPUT,
              options.javaPackage(), StatementsResource.fileName(version)).openOutputStream()) {
        JavaMigrationWriter.write(options.javaPackage(), version, flyway).writeTo(out);
        statements.write(StatementsResource.encode(version));
      } catch (IOException e) {
        reporter.error(Code.WRITE_FAILED, "cannot write " + className + ": " + e, null);
      }
    }
  }

  private void copyToClassOutput(String dialect, MigrationDirectory directory, String fileName) throws IOException {
    if (options.classpathFolder().isEmpty()) {
      return;
    }
    String name = options.classpathFolder().get() + "/" + dialect + "/" + fileName;
    byte[] content = Files.readAllBytes(directory.folder().resolve(fileName));
    try (OutputStream out = env.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", name).openOutputStream()) {
      out.write(content);
    }
  }
}
