package dev.godwit.verify;

import java.util.Locale;

/**
 * The catalog queries JDBC metadata does not cover, for one engine: the full native type of each
 * column, check constraints and sequences. Chosen from the connection's database product name, so
 * that any DataSource works, not only Godwit's test engines.
 */
interface Catalog {

  /**
   * Rows of (table, column, native type) for every column of the current schema: the full type as
   * the engine writes it, including enum values and identity or auto-increment.
   */
  String nativeColumnTypesQuery();

  /** Rows of (table, constraint name, check clause) for every check constraint of the current schema. */
  String checkConstraintsQuery();

  /** Rows of (sequence name, description) for every sequence not owned by an identity column. */
  String sequencesQuery();

  /** The SQL expression for the current schema (or database, on MySQL), for information_schema filters. */
  String currentSchemaExpression();

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
