package dev.godwit.sample.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engines.Engine;
import dev.godwit.engines.Engines;
import dev.godwit.engines.H2Engine;
import dev.godwit.engines.MariaDbEngine;
import dev.godwit.engines.PostgresEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product contract, end to end: on every engine, the schema after Godwit's migrations of each
 * version equals what Hibernate ORM creates for that version's entities, going up through all
 * versions and back down through the undo files.
 */
@ExtendWith(Engines.class)
class MigrationHistoryTest {
  private static final List<String> FOLDERS = List.of("postgresql", "mysql", "h2");

  @TempDir
  static Path scratch;

  private static History history;
  private static EntityVersions entities;

  @BeforeAll
  static void findHistory() {
    history = History.fromClasspath();
    entities = new EntityVersions(history, scratch.resolve("classes"));
  }

  @Test
  void everyVersionHasEntitiesAndMigrationsForEveryDialect() {
    int latest = history.latest();
    assertTrue(latest >= 1, "no history/v<N> folders on the test classpath");
    Set<Integer> all = IntStream.rangeClosed(1, latest).boxed().collect(Collectors.toSet());
    assertEquals(all, history.versions(), "history/v<N> folders must be v1..v" + latest);
    for (String folder : FOLDERS) {
      assertEquals(all, history.upMigrations(folder).keySet(), "V files in db/migration/" + folder);
      assertEquals(all, history.undoMigrations(folder).keySet(), "U files in db/migration/" + folder);
    }
  }

  @TestFactory
  List<DynamicTest> h2(H2Engine engine) {
    return walk(engine);
  }

  @TestFactory
  List<DynamicTest> postgresql(PostgresEngine engine) {
    return walk(engine);
  }

  @TestFactory
  List<DynamicTest> mariadb(MariaDbEngine engine) {
    return walk(engine);
  }

  private static List<DynamicTest> walk(Engine engine) {
    return new HistoryWalk(engine, history, entities).steps();
  }
}
