package dev.godwit.processor.dialect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A PostgreSQL schema as its catalog states it, one sorted line per column, constraint, index and
 * sequence, with the state a safe form must leave behind: a constraint not yet validated or an
 * invalid index shows as such, so two catalogs are equal only if every promise was kept. Every
 * schema is read, its objects named with it unless it is the current one ({@code billing.invoice}).
 */
final class PostgresCatalog {
  /** The name of a relation: qualified by its schema unless that is the current one. */
  private static final String NAME = "case when n.nspname = current_schema() then '' else n.nspname || '.' end || c.relname";
  /** Every schema but PostgreSQL's own. */
  private static final String USER = "n.nspname <> 'information_schema' and n.nspname not like 'pg\\_%'";
  private static final String QUERY = """
      select 'column ' || NAME || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
          || case when a.attnotnull then ' not null' else '' end
          || case when a.atthasdef then ' has default' else '' end
          || case when a.attidentity <> '' then ' identity' else '' end
        from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
        where USER and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
      union all
      select 'constraint ' || NAME || '.' || k.conname || ' ' || pg_get_constraintdef(k.oid)
          || case when k.convalidated then '' else ' NOT VALIDATED' end
        from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
        where USER and k.contype in ('p', 'u', 'f', 'c')
      union all
      select 'index ' || pg_get_indexdef(i.indexrelid) || case when i.indisvalid then '' else ' INVALID' end
        from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
        where USER
      union all
      select 'sequence ' || NAME from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where USER and c.relkind = 'S'
          and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'i')
      order by 1""".replace("NAME", NAME).replace("USER", USER);

  private PostgresCatalog() {}

  static List<String> read(Connection connection) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(QUERY)) {
      while (rs.next()) {
        lines.add(rs.getString(1));
      }
    }
    return lines;
  }

  /** Runs each statement on its own (autocommit), as Flyway runs a non-transactional script. */
  static void run(Connection connection, List<String> statements) throws SQLException {
    connection.setAutoCommit(true);
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        try {
          statement.execute(sql);
        } catch (SQLException e) {
          throw new SQLException("failed: " + sql + "\n" + e.getMessage(), e);
        }
      }
    }
  }

  static long count(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
