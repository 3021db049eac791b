package dev.godwit.corpus;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.godwit.engines.Database;
import dev.godwit.engines.Engine;
import dev.godwit.verify.GodwitVerification;
import dev.godwit.verify.HibernateSchema;
import dev.godwit.verify.Naming;
import dev.godwit.verify.UndoScript;
import dev.godwit.verify.VerificationReport;
import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;

/**
 * One domain on one engine, in one database: Flyway applies V1, then V2; then Godwit's U2 runs.
 * After each step the schema must be the one Hibernate creates for that version's entities, and
 * Hibernate's validation must pass.
 */
final class DomainWalk {
  private final Domain domain;
  private final Engine engine;
  private Database database;
  private String broken;

  DomainWalk(Domain domain, Engine engine) {
    this.domain = domain;
    this.engine = engine;
  }

  /**
   * The steps in order; they share the database. On an engine whose dialect the domain leaves out,
   * the one step shows why: Godwit compiles v1 with that dialect configured but refuses v2 with
   * the error the domain names.
   */
  List<DynamicTest> steps() {
    String dialect = engine.migrationFolder();
    if (!domain.dialects().contains(dialect)) {
      String code = domain.unsupportedCode(dialect);
      String message = domain.unsupportedMessage(dialect);
      return List.of(step("with " + dialect + " configured, Godwit refuses v2 with " + code + " (" + message + ")",
          () -> refused(dialect, code, message)));
    }
    List<DynamicTest> steps = new ArrayList<>(List.of(
        step("generated V1 and V2; a second compile writes nothing", () -> generated()),
        step("up to V1", () -> up(1)),
        step("up to V2", () -> up(2)),
        step("down with U2 to V1", () -> down())));
    if (!domain.persist().isEmpty()) {
      steps.add(step("Hibernate persists " + domain.persist() + " after V2", () -> persist()));
    }
    return steps;
  }

  private DynamicTest step(String name, Executable body) {
    return dynamicTest(name, () -> {
      if (broken != null) {
        fail(prefix() + "cannot check " + name + ": " + broken);
      }
      try {
        body.execute();
      } catch (Throwable e) {
        broken = name + " failed";
        throw e;
      }
    });
  }

  private void refused(String dialect, String code, String message) {
    List<GodwitRun.Result> runs = GeneratedDomain.withDialect(domain, dialect);
    if (!runs.get(0).success()) {
      fail(prefix() + "v1 must compile with " + dialect + " configured (only the evolution is unsupported there):\n  "
          + String.join("\n  ", runs.get(0).diagnostics()));
    }
    GodwitRun.Result v2 = runs.get(1);
    if (v2.success() || v2.diagnostics().stream().noneMatch(d -> d.startsWith("ERROR: ") && d.contains("[" + code + "]")
        && d.contains(message))) {
      fail(prefix() + "with " + dialect + " configured, v2 must fail with [" + code + "] " + message + ", but "
          + (v2.success() ? "it compiled" : "it failed otherwise") + ":\n  " + String.join("\n  ", v2.diagnostics()));
    }
  }

  private GeneratedDomain generated() {
    GeneratedDomain generated = GeneratedDomain.of(domain);
    if (!generated.compiled()) {
      fail(prefix() + "Godwit did not compile the domain:\n" + generated.diagnostics());
    }
    String folder = engine.migrationFolder();
    if (!generated.files(folder, "V").keySet().equals(java.util.Set.of(1, 2))
        || !generated.files(folder, "U").keySet().equals(java.util.Set.of(1, 2))) {
      fail(prefix() + "expected V1, U1, V2, U2 in " + generated.migrations(folder) + " but found V"
          + generated.files(folder, "V").keySet() + " U" + generated.files(folder, "U").keySet()
          + "\n" + generated.diagnostics());
    }
    if (!generated.changedByRerun().isEmpty()) {
      fail(prefix() + "compiling v2 a second time must write nothing, but: " + generated.changedByRerun());
    }
    return generated;
  }

  private void up(int version) {
    GeneratedDomain generated = generated();
    if (database == null) {
      database = engine.newDatabase();
    }
    Flyway.configure().dataSource(database.dataSource())
        .locations("filesystem:" + generated.migrations(engine.migrationFolder()))
        .target(String.valueOf(version))
        // Flyway's transactional advisory lock is an open transaction a concurrent index build would wait for
        .configuration(java.util.Map.of("flyway.postgresql.transactional.lock", "false"))
        .load().migrate();
    check(generated, version, "after V" + version);
  }

  private void down() {
    GeneratedDomain generated = generated();
    Path undo = generated.files(engine.migrationFolder(), "U").get(2);
    UndoScript.run(undo, database.dataSource());
    check(generated, 1, "after " + undo.getFileName());
  }

  /**
   * On a new database Flyway migrates to V2, the application's Hibernate persists two new instances
   * of each {@code persist} class: their generators work on the migrated tables and hand out
   * different ids.
   */
  private void persist() throws ReflectiveOperationException {
    GeneratedDomain generated = generated();
    Database fresh = engine.newDatabase();
    Flyway.configure().dataSource(fresh.dataSource())
        .locations("filesystem:" + generated.migrations(engine.migrationFolder()))
        .configuration(java.util.Map.of("flyway.postgresql.transactional.lock", "false"))
        .load().migrate();
    EntityClasses classes = generated.entities().get(2);
    HibernateSchema hibernate = HibernateSchema.of(classes.classes()).withClassLoader(classes.loader())
        .withNaming(domain.snakeCase() ? Naming.SNAKE_CASE : Naming.JPA).withDialect(engine.hibernateDialect());
    try (SessionFactory factory = hibernate.openSessionFactory(fresh.dataSource())) {
      for (String name : domain.persist()) {
        Class<?> type = classes.classes().stream().filter(c -> c.getSimpleName().equals(name)).findFirst()
            .orElseThrow(() -> new AssertionError(prefix() + "persist names no v2 entity class " + name));
        Constructor<?> constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        Object first = constructor.newInstance();
        Object second = constructor.newInstance();
        factory.inTransaction(session -> {
          session.persist(first);
          session.persist(second);
        });
        Object firstId = factory.getPersistenceUnitUtil().getIdentifier(first);
        Object secondId = factory.getPersistenceUnitUtil().getIdentifier(second);
        if (firstId == null || firstId.equals(secondId)) {
          fail(prefix() + name + " got ids " + firstId + " and " + secondId);
        }
      }
    }
  }

  private void check(GeneratedDomain generated, int version, String when) {
    EntityClasses classes = generated.entities().get(version);
    VerificationReport report = GodwitVerification.forEntities(classes.classes())
        .classLoader(classes.loader())
        .naming(domain.snakeCase() ? Naming.SNAKE_CASE : Naming.JPA)
        .dialect(engine.hibernateDialect())
        .compare(database.dataSource(), engine.newDatabase().dataSource());
    if (!report.matches()) {
      fail(prefix() + when + ", for the entities of v" + version + ": " + report
          + "\nmigrations: " + generated.migrations(engine.migrationFolder())
          + "\nHibernate's DDL:\n" + report.hibernateDdl());
    }
  }

  private String prefix() {
    return "[" + domain.name() + " on " + engine.label() + "] ";
  }
}
