package dev.godwit.verify;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.JDBCType;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Reads a schema into a {@link SchemaSnapshot}: tables, columns, keys and indexes from JDBC
 * metadata; native column types, check constraints and sequences from the engine's catalog.
 * Flyway's history table is not part of the schema.
 */
final class SchemaReader {
  private static final String FLYWAY_TABLE = "flyway_schema_history";
  /** The one column of the tables that stand in for sequences where the dialect has none (MySQL). */
  private static final String SEQUENCE_TABLE_COLUMN = "next_val";

  private final Catalog queries;
  private final Connection connection;
  private final DatabaseMetaData metaData;
  private final String catalog;
  private final String schema;
  private final SchemaSnapshot.Builder snapshot = new SchemaSnapshot.Builder();
  /** Tables whose rows are schema; {@code null}: every table's (a database nothing has used yet). */
  private final Set<String> rowTables;

  private SchemaReader(Connection connection, Set<String> rowTables) throws SQLException {
    this.connection = connection;
    this.rowTables = rowTables;
    this.metaData = connection.getMetaData();
    this.queries = Catalog.forProduct(metaData.getDatabaseProductName());
    this.catalog = connection.getCatalog();
    this.schema = connection.getSchema();
  }

  /**
   * Reads the schema of {@code dataSource}. The rows of {@code rowTables} and of sequence tables are
   * read as schema; with {@code rowTables} null, the rows of every table are, which is right only
   * for a database nothing has used yet (the rows Hibernate's schema export inserted).
   */
  static SchemaSnapshot read(DataSource dataSource, Set<String> rowTables) {
    try (Connection connection = dataSource.getConnection()) {
      return new SchemaReader(connection, rowTables).read();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the schema: " + e.getMessage(), e);
    }
  }

  private SchemaSnapshot read() throws SQLException {
    Set<String> tables = tables();
    Map<String, List<String>> columns = columns(tables);
    for (String table : tables) {
      snapshot.add(SchemaSnapshot.TABLE + table, null);
      primaryKey(table);
      foreignKeys(table);
      indexes(table);
      if (rowTables == null || rowTables.contains(table)
          || columns.getOrDefault(table, List.of()).equals(List.of(SEQUENCE_TABLE_COLUMN))) {
        rows(table);
      }
    }
    uniqueConstraints(tables);
    checks(tables);
    sequences();
    return snapshot.build();
  }

  private Set<String> tables() throws SQLException {
    Set<String> tables = new TreeSet<>();
    try (ResultSet rows = metaData.getTables(catalog, schema, "%", null)) {
      while (rows.next()) {
        String type = rows.getString("TABLE_TYPE");
        String name = rows.getString("TABLE_NAME");
        if ((type.equals("TABLE") || type.equals("BASE TABLE")) && !name.equalsIgnoreCase(FLYWAY_TABLE)) {
          tables.add(name);
        } else if (type.equals("VIEW")) {
          // Hibernate creates none: a view is the old name of a table expand/contract, until its contract
          snapshot.add(SchemaSnapshot.VIEW + name, null);
        }
      }
    }
    return tables;
  }

  /** Adds every column of {@code tables}; returns their names by table. */
  private Map<String, List<String>> columns(Set<String> tables) throws SQLException {
    Map<String, List<String>> names = new TreeMap<>();
    Map<String, String> nativeTypes = new TreeMap<>();
    query(queries.nativeColumnTypesQuery(), row -> nativeTypes.put(row.get(0) + "." + row.get(1), row.get(2)));
    try (ResultSet rows = metaData.getColumns(catalog, schema, "%", "%")) {
      while (rows.next()) {
        String table = rows.getString("TABLE_NAME");
        if (!tables.contains(table)) {
          continue;
        }
        names.computeIfAbsent(table, t -> new ArrayList<>()).add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
        String column = table + "." + rows.getString("COLUMN_NAME");
        snapshot.add(column, null,
            "type", rows.getString("TYPE_NAME"),
            "JDBC type", jdbcType(rows.getInt("DATA_TYPE")),
            "size", orDash(rows.getString("COLUMN_SIZE")),
            "digits", orDash(rows.getString("DECIMAL_DIGITS")),
            "nullable", rows.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? "no" : "yes",
            "default", orDash(rows.getString("COLUMN_DEF")),
            "auto-increment", orDash(rows.getString("IS_AUTOINCREMENT")),
            "native type", orDash(nativeTypes.get(column)));
      }
    }
    return names;
  }

  private void primaryKey(String table) throws SQLException {
    Map<Integer, String> columns = new TreeMap<>();
    String name = null;
    try (ResultSet rows = metaData.getPrimaryKeys(catalog, schema, table)) {
      while (rows.next()) {
        columns.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME"));
        name = rows.getString("PK_NAME");
      }
    }
    if (!columns.isEmpty()) {
      snapshot.add(table + " primary key (" + String.join(", ", columns.values()) + ")", name);
    }
  }

  private void foreignKeys(String table) throws SQLException {
    record Key(String name, String referenced, Map<Integer, String> columns, Map<Integer, String> targets,
        String onUpdate, String onDelete) {}
    Map<String, Key> keys = new LinkedHashMap<>();
    try (ResultSet rows = metaData.getImportedKeys(catalog, schema, table)) {
      while (rows.next()) {
        String name = rows.getString("FK_NAME");
        Key key = keys.computeIfAbsent(name, n -> {
          try {
            return new Key(n, rows.getString("PKTABLE_NAME"), new TreeMap<>(), new TreeMap<>(),
                rule(rows.getInt("UPDATE_RULE")), rule(rows.getInt("DELETE_RULE")));
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
        key.columns().put(rows.getInt("KEY_SEQ"), rows.getString("FKCOLUMN_NAME"));
        key.targets().put(rows.getInt("KEY_SEQ"), rows.getString("PKCOLUMN_NAME"));
      }
    }
    for (Key key : keys.values()) {
      snapshot.add(table + " foreign key (" + String.join(", ", key.columns().values()) + ") references "
          + key.referenced() + " (" + String.join(", ", key.targets().values()) + ")", key.name(),
          "on update", key.onUpdate(), "on delete", key.onDelete());
    }
  }

  private void indexes(String table) throws SQLException {
    record Index(boolean unique, Map<Integer, String> columns) {}
    Map<String, Index> indexes = new LinkedHashMap<>();
    try (ResultSet rows = metaData.getIndexInfo(catalog, schema, table, false, false)) {
      while (rows.next()) {
        if (rows.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
          continue;
        }
        boolean unique = !rows.getBoolean("NON_UNIQUE");
        String column = rows.getString("COLUMN_NAME") + ("D".equals(rows.getString("ASC_OR_DESC")) ? " desc" : "");
        indexes.computeIfAbsent(rows.getString("INDEX_NAME"), n -> new Index(unique, new TreeMap<>()))
            .columns().put((int) rows.getShort("ORDINAL_POSITION"), column);
      }
    }
    indexes.forEach((name, index) -> snapshot.add(table + " index (" + String.join(", ", index.columns().values()) + ")",
        name, "unique", index.unique() ? "yes" : "no"));
  }

  private void uniqueConstraints(Set<String> tables) throws SQLException {
    Map<String, List<String>> constraints = new TreeMap<>();
    query("""
        select tc.table_name, tc.constraint_name, k.column_name
        from information_schema.table_constraints tc
        join information_schema.key_column_usage k
          on k.constraint_schema = tc.constraint_schema and k.constraint_name = tc.constraint_name
         and k.table_name = tc.table_name
        where tc.constraint_type = 'UNIQUE' and tc.table_schema = %s
        order by tc.table_name, tc.constraint_name, k.ordinal_position""".formatted(queries.currentSchemaExpression()),
        row -> {
          if (tables.contains(row.get(0))) {
            constraints.computeIfAbsent(row.get(0) + "\u0000" + row.get(1), k -> new ArrayList<>()).add(row.get(2));
          }
        });
    constraints.forEach((tableAndName, columns) -> {
      String[] parts = tableAndName.split("\u0000");
      snapshot.add(parts[0] + " unique (" + String.join(", ", columns) + ")", parts[1]);
    });
  }

  private void checks(Set<String> tables) throws SQLException {
    query(queries.checkConstraintsQuery(), row -> {
      if (tables.contains(row.get(0))) {
        snapshot.add(row.get(0) + " check " + row.get(2), row.get(1));
      }
    });
  }

  private void sequences() throws SQLException {
    query(queries.sequencesQuery(), row -> snapshot.add("sequence " + row.get(0), null, "definition", row.get(1)));
  }

  /**
   * The contents of a sequence table (MySQL) or of a table generator's table: their start values
   * are schema. Other tables' rows are data, which migrations may seed; they are not compared.
   * Each row is its columns by name, the rows sorted, so column and row order do not matter.
   */
  private void rows(String table) throws SQLException {
    String quote = metaData.getIdentifierQuoteString().strip();
    List<String> contents = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select * from " + quote + table + quote)) {
      ResultSetMetaData columns = rows.getMetaData();
      while (rows.next()) {
        Map<String, String> row = new TreeMap<>();
        for (int i = 1; i <= columns.getColumnCount(); i++) {
          row.put(columns.getColumnName(i), rows.getString(i));
        }
        contents.add(row.toString());
      }
    }
    if (!contents.isEmpty()) {
      contents.sort(null);
      snapshot.add(table + SchemaSnapshot.ROWS, null, "contents", String.join(" ", contents));
    }
  }

  private interface RowAction {
    void accept(List<String> row) throws SQLException;
  }

  private void query(String sql, RowAction action) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      ResultSetMetaData columns = rows.getMetaData();
      while (rows.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= columns.getColumnCount(); i++) {
          row.add(rows.getString(i));
        }
        action.accept(row);
      }
    }
  }

  private static String jdbcType(int code) {
    try {
      return JDBCType.valueOf(code).getName();
    } catch (IllegalArgumentException e) {
      return "type " + code;
    }
  }

  private static String rule(int rule) {
    return switch (rule) {
      case DatabaseMetaData.importedKeyCascade -> "cascade";
      case DatabaseMetaData.importedKeySetNull -> "set null";
      case DatabaseMetaData.importedKeySetDefault -> "set default";
      case DatabaseMetaData.importedKeyRestrict -> "restrict";
      case DatabaseMetaData.importedKeyNoAction -> "no action";
      default -> "rule " + rule;
    };
  }

  private static String orDash(String value) {
    return value == null ? "-" : value;
  }
}
