package dev.godwit.engines;

/**
 * A database engine the tests run against: where its migrations live, which Hibernate dialect
 * describes it, and how to get a fresh empty database. (Reading a schema back is the business of
 * {@code godwit-verify}, which works from any DataSource.)
 */
public interface Engine {

  /** Short label for test names and messages, e.g. {@code mariadb}. */
  String label();

  /** The folder under {@code db/migration} that holds this engine's migrations. */
  String migrationFolder();

  /** The Hibernate dialect class name, as the application would configure it. */
  String hibernateDialect();

  /** A new, empty database of its own. */
  Database newDatabase();
}
