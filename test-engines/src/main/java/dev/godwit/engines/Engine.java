package dev.godwit.engines;

/**
 * A database engine the tests run against: where its migrations live, which Hibernate dialect
 * describes it, how to get a fresh empty database, and the catalog queries that JDBC metadata
 * does not cover.
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

  /**
   * Rows of (table, column, native type) for every column of the current schema: the full type as
   * the engine writes it, including enum values and identity or auto-increment.
   */
  String nativeColumnTypesQuery();

  /** Rows of (table, constraint name, check clause) for every check constraint of the current schema. */
  String checkConstraintsQuery();

  /** Rows of (sequence name, description) for every sequence not owned by an identity column. */
  String sequencesQuery();

  /** The SQL expression for the current schema (or database, on MariaDB), for information_schema filters. */
  String currentSchemaExpression();
}
