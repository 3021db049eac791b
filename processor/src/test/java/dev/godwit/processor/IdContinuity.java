package dev.godwit.processor;

import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * What the tests of ids continuing through a migration share: rows written through Hibernate as an
 * instance of one release, the migrations applied by Flyway up to a version, and counts of the ids.
 */
final class IdContinuity {
  private IdContinuity() {}

  /**
   * Persists {@code rows} of each of {@code entities} (simple names in {@code fixturePackage}), one
   * transaction per row, as an instance of one release; each row's first string field is set to
   * {@code name} and its number.
   */
  static void persist(SessionFactory app, ClassLoader classes, String fixturePackage, List<String> entities, int rows,
      String name) throws Exception {
    for (int i = 0; i < rows; i++) {
      try (Session session = app.openSession()) {
        session.beginTransaction();
        for (String entity : entities) {
          Class<?> type = classes.loadClass(fixturePackage + "." + entity);
          Object row = type.getDeclaredConstructor().newInstance();
          Arrays.stream(type.getFields()).filter(f -> f.getType() == String.class).findFirst().orElseThrow()
              .set(row, name + i);
          session.persist(row);
        }
        session.getTransaction().commit();
      }
    }
  }
}
