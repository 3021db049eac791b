package dev.godwit.sample.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.godwit.engines.Database;
import dev.godwit.engines.Engine;
import dev.godwit.verify.HibernateSchema;
import dev.godwit.verify.Naming;
import dev.godwit.verify.SchemaSnapshot;
import dev.godwit.verify.UndoScript;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;
import org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy;

/**
 * Walks the whole history on one engine, in one database: Flyway up to V1, V2 ... VN, then Godwit's
 * undo files down to nothing. After each step the database must be exactly what Hibernate expects
 * for the entities of that version: its own validation passes, and the schema equals the one
 * Hibernate creates from the same entities in a fresh database of the same engine.
 */
final class HistoryWalk {
  private final Engine engine;
  private final History history;
  private final EntityVersions entities;
  private final Map<Integer, Expected> expected = new HashMap<>();
  private Database database;
  private String broken;

  /** The schema Hibernate creates for one version, and the DDL it ran to do so. */
  private record Expected(SchemaSnapshot schema, String ddl) {}

  HistoryWalk(Engine engine, History history, EntityVersions entities) {
    this.engine = engine;
    this.history = history;
    this.entities = entities;
  }

  /** The steps in order; they share the database, so they must run in this order. */
  List<DynamicTest> steps() {
    int latest = history.latest();
    List<DynamicTest> steps = new ArrayList<>();
    for (int version = 1; version <= latest; version++) {
      int target = version;
      steps.add(step("up to V" + target, () -> up(target)));
    }
    for (int version = latest; version >= 1; version--) {
      int undone = version;
      steps.add(step("down from V" + undone + " to V" + (undone - 1), () -> down(undone)));
    }
    return steps;
  }

  private DynamicTest step(String name, Executable body) {
    return dynamicTest(name, () -> {
      if (broken != null) {
        fail("[" + engine.label() + "] cannot check " + name + ": " + broken);
      }
      long start = System.nanoTime();
      try {
        body.execute();
      } finally {
        System.out.printf("[%s] %s: %d ms%n", engine.label(), name, (System.nanoTime() - start) / 1_000_000);
      }
    });
  }

  private void up(int version) {
    if (database == null) {
      database = engine.newDatabase();
    }
    MigrateResult result = apply("V" + version, () -> Flyway.configure()
        .dataSource(database.dataSource())
        .locations("classpath:db/migration/" + engine.migrationFolder())
        .target(String.valueOf(version))
        .load()
        .migrate());
    assertEquals(1, result.migrationsExecuted, "[" + engine.label() + "] Flyway must apply exactly V" + version);
    assertEquals(String.valueOf(version), result.targetSchemaVersion);
    check(version, "after V" + version);
  }

  private void down(int version) {
    Path undo = history.undoMigrations(engine.migrationFolder()).get(version);
    if (undo == null) {
      fail("[" + engine.label() + "] no U" + version + " file in db/migration/" + engine.migrationFolder());
    }
    apply(undo.getFileName().toString(), () -> {
      UndoScript.run(undo, database.dataSource());
      return null;
    });
    check(version - 1, "after " + undo.getFileName());
  }

  private interface Step<T> {
    T run();
  }

  /** Runs a migration; if it fails, the later steps cannot mean anything and say so. */
  private <T> T apply(String migration, Step<T> step) {
    try {
      return step.run();
    } catch (RuntimeException e) {
      broken = migration + " failed to apply: " + messages(e);
      throw new AssertionError("[" + engine.label() + "] " + broken, e);
    }
  }

  private void check(int version, String when) {
    Expected want = expected.computeIfAbsent(version, this::hibernateSchema);
    List<String> problems = new ArrayList<>();
    if (version > 0) {
      try {
        hibernate(version).validate(database.dataSource());
      } catch (RuntimeException e) {
        problems.add("Hibernate schema validation failed: " + messages(e));
      }
    }
    SchemaSnapshot actual = SchemaSnapshot.read(database.dataSource(), want.schema().rowTables());
    problems.addAll(SchemaSnapshot.differences(want.schema(), actual, want.ddl()));
    if (!problems.isEmpty()) {
      fail("[" + engine.label() + "] " + when + ", the schema is not what Hibernate creates for the entities of version "
          + version + " (expected: Hibernate's schema, actual: Godwit's migrations):\n  - "
          + String.join("\n  - ", problems));
    }
  }

  private Expected hibernateSchema(int version) {
    if (version == 0) {
      return new Expected(SchemaSnapshot.empty(), "");
    }
    Database reference = engine.newDatabase();
    String ddl = hibernate(version).create(reference.dataSource());
    SchemaSnapshot schema = SchemaSnapshot.readFresh(reference.dataSource());
    // guards the comparison itself: a reader that sees nothing would find no difference either
    if (schema.tables().isEmpty()) {
      fail("[" + engine.label() + "] the schema reader found no table in Hibernate's schema of version " + version
          + "; DDL was:\n" + ddl);
    }
    return new Expected(schema, ddl);
  }

  /** Hibernate configured like the sample application: Spring Boot's naming (snake_case), the engine's dialect. */
  private HibernateSchema hibernate(int version) {
    EntityVersions.EntityVersion classes = entities.of(version);
    return HibernateSchema.of(classes.classes())
        .withClassLoader(classes.loader())
        .withNaming(Naming.SNAKE_CASE)
        .withSetting(AvailableSettings.IMPLICIT_NAMING_STRATEGY, SpringImplicitNamingStrategy.class.getName())
        .withDialect(engine.hibernateDialect());
  }

  private static String messages(Throwable error) {
    List<String> messages = new ArrayList<>();
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null && !messages.contains(cause.getMessage())) {
        messages.add(cause.getMessage());
      }
    }
    return messages.stream().collect(Collectors.joining(" <- "));
  }
}
