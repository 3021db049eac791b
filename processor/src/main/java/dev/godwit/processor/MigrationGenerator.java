package dev.godwit.processor;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.dialect.Dialect;
import dev.godwit.processor.dialect.Dialects;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.DiffHints;
import dev.godwit.processor.diff.Expanded;
import dev.godwit.processor.diff.SchemaDiff;
import dev.godwit.processor.emit.JavaMigrationWriter;
import dev.godwit.processor.emit.MigrationDirectory;
import dev.godwit.processor.jpa.EntityModel;
import dev.godwit.processor.plan.MigrationPlan;
import dev.godwit.processor.safety.RuleContext;
import dev.godwit.processor.safety.SafetyCheck;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.snapshot.InputsSeal;
import dev.godwit.processor.snapshot.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Wires the stages of one compilation, in the order data flows: the committed snapshot and files
 * ({@link CommittedMigrations}), hints ({@link HintResolver}) and the contracts asked for
 * ({@link Contracts}), diff, safety, plan
 * ({@link MigrationPlanner}), SQL ({@link MigrationScripts}), then the files and snapshot written
 * all or nothing ({@link MigrationWriter}) and every version put on the classpath
 * ({@link ClasspathPublisher}). Each stage reports its own errors; this stops at the first that did.
 */
final class MigrationGenerator {
  private final Options options;
  private final ProcessingEnvironment env;
  private final Reporter reporter;
  private final Optional<InputFingerprint.Result> inputs;
  private final MigrationWriter writer;
  private final CommittedMigrations committed;
  private final ClasspathPublisher publisher;
  private final BuildSeal buildSeal;
  /** Whether an interrupted write was recovered (null before it was tried). */
  private Boolean recovered;
  /** Whether {@link #recordedSnapshot} opened the snapshot's seal: it vouches for the committed files. */
  private boolean sealOpened;

  MigrationGenerator(Options options, ProcessingEnvironment env, Reporter reporter,
      Optional<InputFingerprint.Result> inputs) {
    this.options = options;
    this.env = env;
    this.reporter = reporter;
    this.inputs = inputs;
    this.writer = new MigrationWriter(options, env.getMessager(), reporter);
    this.committed = new CommittedMigrations(options, env.getMessager(), reporter);
    this.publisher = new ClasspathPublisher(options, env, reporter);
    this.buildSeal = BuildSeal.of(env.getFiler(), options.snapshot());
  }

  /**
   * The fast path of a compile with no change: when the committed snapshot is sealed for exactly
   * these inputs ({@link InputsSeal}), by its own seal or by the {@link BuildSeal} an earlier
   * compile of these inputs kept, the entities are known to map the snapshot's schema and a
   * compile would report nothing about them, so extraction, hints, diff and safety are skipped and
   * only what a no-change compile does with the committed files is done: recover an interrupted
   * write, check the files (the seal covers their contents, so their SHA-256 checksums need not be
   * computed), check (check mode) or write (generate mode) the Java sources, and publish every
   * version to the class output. Not taken when the
   * compilation has {@code @AllowDestructive} or {@code @Backfill} (each warns in every compile),
   * or {@code godwit.contract} or {@code godwit.acceptEdits} is set, or an interrupted write is to
   * be recovered (its warning comes after the entities' diagnostics, as ever).
   *
   * @return true when the compilation was handled here (possibly with errors); false when it must
   *     read the entities ({@link #generate})
   */
  boolean upToDate(Set<? extends Element> acknowledging) {
    if (inputs.isEmpty() || !inputs.get().quietable() || !acknowledging.isEmpty() || !options.contract().isEmpty()
        || !options.acceptEdits().isEmpty() || writer.interrupted() || !recover()) {
      return false;
    }
    Optional<Map<String, MigrationDirectory>> scanned = committed.scanUnsealed();
    Optional<String> files = scanned.flatMap(committed::contents);
    if (files.isEmpty()) {
      return false;
    }
    Optional<InputsSeal.Head> head = committed.readSealedHead(inputs.get().sealedWith(files.get()), buildSeal::read);
    if (head.isEmpty()) {
      return false;
    }
    committed.verifySealed(new Snapshot(head.get().version(), Schema.EMPTY, head.get().migrations()), scanned.get())
        .ifPresent(verified -> {
          boolean flyway = publisher.flyway();
          Optional<List<JavaMigrationWriter.Version>> versions = publisher.read(verified.directories(), 1);
          Optional<List<JavaMigrationSources.Source>> staleJava = versions.flatMap(v -> staleJava(v, flyway));
          if (staleJava.isPresent()) {
            publishUnchanged(verified.directories(), versions.get(), staleJava.get(), flyway);
          }
        });
    return true;
  }

  /**
   * The committed snapshot when it records the inputs it was written from and its seal proves the
   * record, the schema and the committed migration files were written together
   * ({@link IncrementalRead}); empty otherwise, without a report (the ordinary path reports what
   * is wrong). Not taken when the compile asks for a contract or accepted edits, or an
   * interrupted write is to be recovered.
   */
  Optional<Snapshot> recordedSnapshot() {
    if (!options.incremental() || inputs.isEmpty() || !options.contract().isEmpty() || !options.acceptEdits().isEmpty()
        || writer.interrupted()) {
      return Optional.empty();
    }
    Optional<Snapshot> snapshot = committed.readSnapshotQuietly().filter(s -> s.sources().isPresent());
    if (snapshot.isEmpty()) {
      return snapshot;
    }
    String fingerprint = snapshot.get().sources().get().digests().fingerprint();
    Optional<String> files = committed.scanUnsealed().flatMap(committed::contents);
    Optional<Snapshot> opened = files.flatMap(f -> committed.readSealedHead(
        InputFingerprint.Result.sealedWith(fingerprint, f), Optional::empty)).flatMap(head -> snapshot);
    sealOpened = opened.isPresent();
    return opened;
  }

  private boolean recover() {
    if (recovered == null) {
      recovered = writer.recoverInterruptedWrite();
    }
    return recovered;
  }

  /** What a compile without changes writes: stale Java sources (generate mode), then every version to the class output. */
  private void publishUnchanged(Map<String, MigrationDirectory> directories, List<JavaMigrationWriter.Version> versions,
      List<JavaMigrationSources.Source> staleJava, boolean flyway) {
    if (!staleJava.isEmpty() && !writer.writeJava(staleJava)) {
      return;
    }
    publisher.publish(directories, versions, numbers(staleJava), flyway);
  }

  /**
   * Diffs {@code model} against the committed snapshot and writes (or, in check mode, demands) the
   * migration; {@code readNote}, what reading the entities did ({@link IncrementalRead}), is noted
   * when there are changes (a compile without any says nothing).
   */
  void generate(EntityModel model, Set<? extends Element> acknowledging, Optional<String> readNote) {
    if (!recover()) {
      return;
    }
    Optional<Snapshot> read = committed.readSnapshot();
    if (read.isEmpty()) {
      return;
    }
    List<AcknowledgementReader.Declared> acknowledgements = AcknowledgementReader.read(acknowledging, env.getElementUtils(), reporter);
    DiffHints hints = HintResolver.resolve(model, read.get().schema(), reporter);
    Map<String, MigrationDirectory> scanned = committed.scan();
    if (reporter.hasErrors() || scanned == null) {
      return;
    }
    // files the opened seal vouches for need no checksums
    Optional<CommittedMigrations.Verified> verified = sealOpened ? committed.verifySealed(read.get(), scanned)
        : committed.verify(read.get(), scanned);
    if (verified.isEmpty() || !NameLengthCheck.namesFit(model, read.get().schema(), options.dialects(), reporter)
        || !CrossSchemaCheck.buildable(model, options.dialects(), reporter)
        || !DeleteActionCheck.buildable(model, options.dialects(), reporter)
        || !CrossSchemaCheck.movable(model, hints.tableRenames(), options.dialects(), reporter)) {
      return;
    }
    Snapshot snapshot = verified.get().snapshot();
    Map<String, MigrationDirectory> directories = verified.get().directories();
    boolean flyway = publisher.flyway();
    Optional<List<JavaMigrationWriter.Version>> versions = publisher.read(directories, 1);
    Optional<List<JavaMigrationSources.Source>> staleJava = versions.flatMap(v -> staleJava(v, flyway));
    if (staleJava.isEmpty()) {
      return;
    }
    Optional<List<Expanded>> contracts = Contracts.resolve(options.contract(), snapshot, model, reporter);
    if (contracts.isEmpty()) {
      return;
    }
    List<Change> changes = SchemaDiff.between(snapshot.schema(), model.schema(), hints.withContracts(contracts.get()));
    UnneededBackfills.warn(model, changes, reporter);
    // the findings and the review report describe the SQL for the configured servers and lock policy
    List<Dialect> dialects = options.dialects().stream().map(d -> Dialects.byName(d, options.target()).orElseThrow()).toList();
    SafetyCheck.Result safety = SafetyCheck.check(new RuleContext(dialects, snapshot.schema(), model.schema(), changes),
        acknowledgements.stream().map(a -> a.acknowledgement()).toList());
    AcknowledgementReader.reportUnusedAndAmbiguous(acknowledgements, safety, reporter);
    if (changes.isEmpty()) {
      if (!verified.get().accepted().isEmpty() && options.mode() == Options.Mode.GENERATE) {
        writer.writeSnapshot(snapshot,
            "the edited migrations " + String.join(", ", verified.get().accepted()) + " as they are now");
      }
      publishUnchanged(directories, versions.get(), staleJava.get(), flyway);
      if (verified.get().accepted().isEmpty() && quietInputs(snapshot, model, acknowledging) && reporter.reported() == 0) {
        committed.contents(directories).flatMap(files -> committed.sealFor(inputs.get().sealedWith(files)))
            .ifPresent(buildSeal::write);
      }
      return;
    }
    readNote.ifPresent(note -> env.getMessager().printMessage(Diagnostic.Kind.NOTE, note));
    if (options.mode() == Options.Mode.CHECK) {
      reporter.error(Code.MIGRATION_MISSING, "the entities differ from the snapshot " + options.snapshot()
          + " (V" + snapshot.version() + "): " + changes.stream().map(Change::describe).collect(Collectors.joining("; "))
          + ". Compile with -Agodwit.mode=generate and commit the new migration and snapshot.",
          model.origin(changes.get(0).subject(), changes.get(0).detail()).orElse(null));
      return;
    }
    FindingLocator.report(safety.findings(), dialects.size(), model, reporter);
    if (reporter.hasErrors()) {
      return;
    }
    MigrationPlan plan = MigrationPlanner.plan(snapshot.version(), changes, model, safety);
    // an incremental read keeps the tables of a snapshot whose seal opened: their text is copied
    if (writer.write(plan, model.schema(), model.entities(), snapshot,
        sealOpened ? committed.snapshotFile() : Optional.empty(),
        new MigrationWriter.ReviewInputs(dialects, safety, snapshot.schema()), staleJava.get(), flyway,
        next -> quietNext(next, model, acknowledging) ? inputs : Optional.empty())) {
      Map<String, MigrationDirectory> updated = committed.scan();
      Optional<List<JavaMigrationWriter.Version>> added =
          updated == null ? Optional.empty() : publisher.read(updated, plan.version());
      if (added.isPresent()) {
        List<JavaMigrationWriter.Version> all = new ArrayList<>(versions.get());
        all.addAll(added.get());
        Set<Integer> written = new TreeSet<>(numbers(staleJava.get()));
        written.add(plan.version());
        publisher.publish(updated, all, written, flyway);
      }
    }
  }

  /**
   * Whether a compile of these same inputs against {@code next}, the snapshot about to be written,
   * would find no change and report nothing, so that {@code next} may be sealed for them: no
   * extraction problems, no {@code @AllowDestructive} or {@code @Backfill} (they warn in every
   * compile), no pending contract (it warns), no contract or accepted edit asked for, and the
   * hints resolved and the diff taken against {@code next} silent and empty.
   */
  private boolean quietNext(Snapshot next, EntityModel model, Set<? extends Element> acknowledging) {
    if (!quietInputs(next, model, acknowledging)) {
      return false;
    }
    Reporter silent = Reporter.silent();
    DiffHints hints = HintResolver.resolve(model, next.schema(), silent);
    return CrossSchemaCheck.movable(model, hints.tableRenames(), options.dialects(), silent)
        && Contracts.resolve(Set.of(), next, model, silent).isPresent()
        && silent.reported() == 0
        && SchemaDiff.between(next.schema(), model.schema(), hints.withContracts(List.of())).isEmpty();
  }

  /**
   * Whether nothing in these inputs or options reports in every compile against {@code snapshot}
   * (see {@link #quietNext}), so that a compile of them may be sealed when it found no change.
   */
  private boolean quietInputs(Snapshot snapshot, EntityModel model, Set<? extends Element> acknowledging) {
    return inputs.isPresent() && inputs.get().quietable() && model.problems().isEmpty() && acknowledging.isEmpty()
        && model.backfills().isEmpty() && options.contract().isEmpty() && options.acceptEdits().isEmpty()
        && snapshot.pendingContracts().isEmpty();
  }

  /**
   * The committed Java sources that are missing or not what Godwit writes for their version: in
   * check mode each is an error (empty result); in generate mode they are written with the next write.
   */
  private Optional<List<JavaMigrationSources.Source>> staleJava(List<JavaMigrationWriter.Version> versions,
      boolean flyway) {
    List<JavaMigrationSources.Source> stale;
    try {
      stale = JavaMigrationSources.stale(options, versions, flyway);
    } catch (IOException e) {
      reporter.error(Code.WRITE_FAILED, "cannot read the Java migration sources under " + options.javaFolder() + ": " + e,
          null);
      return Optional.empty();
    }
    if (options.mode() == Options.Mode.CHECK && !stale.isEmpty()) {
      for (JavaMigrationSources.Source source : stale) {
        reporter.error(Code.JAVA_MIGRATION_STALE, source.file() + (Files.exists(source.file())
            ? " is not what Godwit writes for migration V" + source.version().number() + " (edited, or written for"
                + " another -Agodwit.package, Flyway class path or Godwit version)"
            : " is missing: every migration version is committed with its Java class")
            + ". Compile once with -Agodwit.mode=generate, which writes it, and commit it", null);
      }
      return Optional.empty();
    }
    return Optional.of(stale);
  }

  private static Set<Integer> numbers(List<JavaMigrationSources.Source> sources) {
    return sources.stream().map(s -> s.version().number()).collect(Collectors.toCollection(TreeSet::new));
  }
}
