package dev.godwit.verify;

import java.util.Locale;

/**
 * The catalog queries JDBC metadata does not cover, for one engine: the full native type of each
 * column, check constraints and sequences; and which schemas are compared. Chosen from the
 * connection's database product name, so that any DataSource works, not only Godwit's test engines.
 *
 * <p>Every query's first column is the schema of the row (the database, on MySQL and MariaDB), so
 * that a table or sequence outside the connection's current schema ({@code @Table(schema = ...)})
 * is read under its qualified name; rows of schemas that are not compared are passed over.
 */
interface Catalog {

  /**
   * Rows of (schema, table, column, native type) for every column of the compared schemas: the full
   * type as the engine writes it, including enum values and identity or auto-increment.
   */
  String nativeColumnTypesQuery();

  /** Rows of (schema, table, constraint name, check clause) for every check constraint of the compared schemas. */
  String checkConstraintsQuery();

  /** Rows of (schema, sequence name, description) for every sequence not owned by an identity column. */
  String sequencesQuery();

  /**
   * An SQL condition that {@code schemaColumn}, an information_schema column, names a compared
   * schema, for the queries this interface does not write itself.
   */
  String comparedSchemaCondition(String schemaColumn);

  /**
   * Whether the engine's schemas are JDBC catalogs (MySQL and MariaDB: a schema is a database, and
   * Hibernate's {@code MySQLDialect} drops {@code @Table(schema)}), so that only the connected
   * database is compared. Otherwise every schema {@link #compared} accepts is.
   */
  boolean schemasAreCatalogs();

  /** Whether a schema {@code DatabaseMetaData.getSchemas()} lists holds the application's objects (not the engine's). */
  boolean compared(String schema);

  /** The catalog of the engine behind {@code productName}, as {@code DatabaseMetaData} reports it. */
  static Catalog forProduct(String productName) {
    String product = productName.toLowerCase(Locale.ROOT);
    if (product.equals("h2")) {
      return new H2Catalog();
    }
    if (product.equals("postgresql")) {
      return new PostgresCatalog();
    }
    if (product.equals("mysql") || product.equals("mariadb")) {
      return new MySqlCatalog(product.equals("mariadb"));
    }
    throw new IllegalArgumentException("Godwit compares schemas on H2, PostgreSQL, MySQL and MariaDB; this connection is "
        + productName);
  }
}
