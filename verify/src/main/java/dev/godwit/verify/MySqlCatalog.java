package dev.godwit.verify;

/**
 * MySQL 8 and MariaDB: a schema is a database; the queries use what both information_schemas share.
 * Only the connected database is compared: Hibernate's {@code MySQLDialect} drops
 * {@code @Table(schema)} and creates every table there.
 */
final class MySqlCatalog implements Catalog {
  private final boolean mariaDb;

  MySqlCatalog(boolean mariaDb) {
    this.mariaDb = mariaDb;
  }

  @Override
  public String nativeColumnTypesQuery() {
    return """
        select table_schema, table_name, column_name, concat(column_type, if(extra = '', '', concat(' ', extra)))
        from information_schema.columns
        where table_schema = database()""";
  }

  @Override
  public String checkConstraintsQuery() {
    if (mariaDb) {
      // includes column-level checks, which MariaDB keeps out of table_constraints
      return """
          select constraint_schema, table_name, constraint_name, check_clause
          from information_schema.check_constraints
          where constraint_schema = database()""";
    }
    // MySQL's check_constraints has no table name: it comes from table_constraints
    return """
        select t.table_schema, t.table_name, t.constraint_name, c.check_clause
        from information_schema.table_constraints t
        join information_schema.check_constraints c
          on c.constraint_schema = t.constraint_schema and c.constraint_name = t.constraint_name
        where t.constraint_type = 'CHECK' and t.table_schema = database()""";
  }

  @Override
  public String sequencesQuery() {
    // MySQLDialect emulates sequences with one-row tables (compared as tables); MariaDB's native ones show here
    return """
        select table_schema, table_name, 'native sequence'
        from information_schema.tables
        where table_schema = database() and table_type = 'SEQUENCE'""";
  }

  @Override
  public String comparedSchemaCondition(String schemaColumn) {
    return schemaColumn + " = database()";
  }

  @Override
  public boolean schemasAreCatalogs() {
    return true;
  }

  @Override
  public boolean compared(String schema) {
    return false; // schemas are catalogs: only the connected database is read
  }
}
