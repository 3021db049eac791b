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

  MigrationGenerator(Options options, ProcessingEnvironment env, Reporter reporter) {
    this.options = options;
    this.env = env;
    this.reporter = reporter;
  }

  void generate(EntityModel model, Set<? extends Element> acknowledging) {
    MigrationWriter writer = new MigrationWriter(options, env.getMessager(), reporter);
    CommittedMigrations committed = new CommittedMigrations(options, env.getMessager(), reporter);
    ClasspathPublisher publisher = new ClasspathPublisher(options, env, reporter);
    if (!writer.recoverInterruptedWrite()) {
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
    Optional<CommittedMigrations.Verified> verified = committed.verify(read.get(), scanned);
    if (verified.isEmpty() || !NameLengthCheck.namesFit(model, options.dialects(), reporter)
        || !CrossSchemaCheck.buildable(model, options.dialects(), reporter)
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
      if (!staleJava.get().isEmpty() && !writer.writeJava(staleJava.get())) {
        return;
      }
      publisher.publish(directories, versions.get(), numbers(staleJava.get()), flyway);
      return;
    }
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
    if (writer.write(plan, model.schema(), snapshot,
        new MigrationWriter.ReviewInputs(dialects, safety, snapshot.schema()), staleJava.get(), flyway)) {
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
