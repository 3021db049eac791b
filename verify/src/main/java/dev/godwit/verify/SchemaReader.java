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
 *
 * <p>Every schema of the database but the engine's own is read (on MySQL and MariaDB, where a
 * schema is a database, the connected one): the objects of the connection's current schema under
 * their own names ({@code customer}), those of another schema under qualified ones
 * ({@code billing.invoice}, {@code billing.invoice.total}, {@code sequence billing.invoice_seq}),
 * so that a table Godwit put into the wrong schema is a difference on both sides. Schemas
 * themselves are not compared: an empty one (left behind by a move) changes nothing Hibernate checks.
 */
final class SchemaReader {
  private static final String FLYWAY_TABLE = "flyway_schema_history";
  /** The one column of the tables that stand in for sequences where the dialect has none (MySQL). */
  private static final String SEQUENCE_TABLE_COLUMN = "next_val";

  /**
   * A schema that is read: its JDBC catalog and schema arguments, and the prefix of its objects'
   * keys ({@code ""} for the connection's current schema, {@code "billing."} for another one).
   */
  private record Namespace(String catalog, String schema, String prefix) {}

  /** A table: its schema, and its name within it. */
  private record TableName(Namespace namespace, String name) {
    String key() {
      return namespace.prefix() + name;
    }
  }

  private final Catalog queries;
  private final Connection connection;
  private final DatabaseMetaData metaData;
  /** The prefixes of the schemas read, by schema name (by database name on MySQL), as catalog queries name them. */
  private final Map<String, Namespace> namespaces = new TreeMap<>();
  private final SchemaSnapshot.Builder snapshot = new SchemaSnapshot.Builder();
  /** Tables whose rows are schema, by key; {@code null}: every table's (a database nothing has used yet). */
  private final Set<String> rowTables;

  private SchemaReader(Connection connection, Set<String> rowTables) throws SQLException {
    this.connection = connection;
    this.rowTables = rowTables;
    this.metaData = connection.getMetaData();
    this.queries = Catalog.forProduct(metaData.getDatabaseProductName());
    String catalog = connection.getCatalog();
    if (queries.schemasAreCatalogs()) {
      namespaces.put(catalog, new Namespace(catalog, null, ""));
    } else {
      String current = connection.getSchema();
      try (ResultSet rows = metaData.getSchemas()) {
        while (rows.next()) {
          String schema = rows.getString("TABLE_SCHEM");
          if (queries.compared(schema)) {
            namespaces.put(schema, new Namespace(catalog, schema, schema.equals(current) ? "" : schema + "."));
          }
        }
      }
    }
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
    Map<String, TableName> tables = new TreeMap<>();
    for (Namespace namespace : namespaces.values()) {
      tables(namespace).forEach(table -> tables.put(table.key(), table));
    }
    Map<String, List<String>> columns = new TreeMap<>();
    Map<String, String> nativeTypes = nativeTypes();
    for (Namespace namespace : namespaces.values()) {
      columns(namespace, tables.keySet(), nativeTypes, columns);
    }
    for (TableName table : tables.values()) {
      snapshot.add(SchemaSnapshot.TABLE + table.key(), null);
      primaryKey(table);
      foreignKeys(table);
      indexes(table);
      if (rowTables == null || rowTables.contains(table.key())
          || columns.getOrDefault(table.key(), List.of()).equals(List.of(SEQUENCE_TABLE_COLUMN))) {
        rows(table);
      }
    }
    uniqueConstraints(tables.keySet());
    checks(tables.keySet());
    sequences();
    return snapshot.build();
  }

  private List<TableName> tables(Namespace namespace) throws SQLException {
    List<TableName> tables = new ArrayList<>();
    try (ResultSet rows = metaData.getTables(namespace.catalog(), pattern(namespace.schema()), "%", null)) {
      while (rows.next()) {
        String type = rows.getString("TABLE_TYPE");
        String name = rows.getString("TABLE_NAME");
        if ((type.equals("TABLE") || type.equals("BASE TABLE")) && !name.equalsIgnoreCase(FLYWAY_TABLE)) {
          tables.add(new TableName(namespace, name));
        } else if (type.equals("VIEW")) {
          // Hibernate creates none: a view is the old name of a table expand/contract, until its contract
          snapshot.add(SchemaSnapshot.VIEW + namespace.prefix() + name, null);
        }
      }
    }
    return tables;
  }

  /** The key of a table or sequence named by a catalog query's row: its schema's prefix and its name; null if not read. */
  private String key(String schema, String name) {
    Namespace namespace = namespaces.get(schema);
    return namespace == null ? null : namespace.prefix() + name;
  }

  /** The key of a table another one references: qualified by its schema unless that is the current one. */
  private String referencedKey(String catalog, String schema, String name) {
    String owner = queries.schemasAreCatalogs() ? catalog : schema;
    String key = owner == null ? name : key(owner, name);
    return key != null ? key : owner + "." + name;
  }

  private Map<String, String> nativeTypes() throws SQLException {
    Map<String, String> nativeTypes = new TreeMap<>();
    query(queries.nativeColumnTypesQuery(), row -> {
      String table = key(row.get(0), row.get(1));
      if (table != null) {
        nativeTypes.put(table + "." + row.get(2), row.get(3));
      }
    });
    return nativeTypes;
  }

  /** Adds every column of {@code tables} in {@code namespace}; collects their names by table key. */
  private void columns(Namespace namespace, Set<String> tables, Map<String, String> nativeTypes,
      Map<String, List<String>> names) throws SQLException {
    try (ResultSet rows = metaData.getColumns(namespace.catalog(), pattern(namespace.schema()), "%", "%")) {
      while (rows.next()) {
        String table = namespace.prefix() + rows.getString("TABLE_NAME");
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
  }

  /** A schema as a JDBC name pattern: its {@code _} and {@code %} match only themselves. */
  private String pattern(String schema) throws SQLException {
    if (schema == null) {
      return null;
    }
    String escape = metaData.getSearchStringEscape();
    return schema.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
  }

  private void primaryKey(TableName table) throws SQLException {
    Map<Integer, String> columns = new TreeMap<>();
    String name = null;
    try (ResultSet rows = metaData.getPrimaryKeys(table.namespace().catalog(), table.namespace().schema(), table.name())) {
      while (rows.next()) {
        columns.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME"));
        name = rows.getString("PK_NAME");
      }
    }
    if (!columns.isEmpty()) {
      snapshot.add(table.key() + " primary key (" + String.join(", ", columns.values()) + ")", name);
    }
  }

  private void foreignKeys(TableName table) throws SQLException {
    record Key(String name, String referenced, Map<Integer, String> columns, Map<Integer, String> targets,
        String onUpdate, String onDelete) {}
    Map<String, Key> keys = new LinkedHashMap<>();
    try (ResultSet rows = metaData.getImportedKeys(table.namespace().catalog(), table.namespace().schema(), table.name())) {
      while (rows.next()) {
        String name = rows.getString("FK_NAME");
        Key key = keys.computeIfAbsent(name, n -> {
          try {
            return new Key(n, referencedKey(rows.getString("PKTABLE_CAT"), rows.getString("PKTABLE_SCHEM"),
                rows.getString("PKTABLE_NAME")), new TreeMap<>(), new TreeMap<>(),
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
      snapshot.add(table.key() + " foreign key (" + String.join(", ", key.columns().values()) + ") references "
          + key.referenced() + " (" + String.join(", ", key.targets().values()) + ")", key.name(),
          "on update", key.onUpdate(), "on delete", key.onDelete());
    }
  }

  private void indexes(TableName table) throws SQLException {
    record Index(boolean unique, Map<Integer, String> columns) {}
    Map<String, Index> indexes = new LinkedHashMap<>();
    try (ResultSet rows = metaData.getIndexInfo(table.namespace().catalog(), table.namespace().schema(), table.name(),
        false, false)) {
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
    indexes.forEach((name, index) -> snapshot.add(table.key() + " index (" + String.join(", ", index.columns().values())
        + ")", name, "unique", index.unique() ? "yes" : "no"));
  }

  private void uniqueConstraints(Set<String> tables) throws SQLException {
    Map<String, List<String>> constraints = new TreeMap<>();
    query("""
        select tc.table_schema, tc.table_name, tc.constraint_name, k.column_name
        from information_schema.table_constraints tc
        join information_schema.key_column_usage k
          on k.constraint_schema = tc.constraint_schema and k.constraint_name = tc.constraint_name
         and k.table_schema = tc.table_schema and k.table_name = tc.table_name
        where tc.constraint_type = 'UNIQUE' and %s
        order by tc.table_schema, tc.table_name, tc.constraint_name, k.ordinal_position"""
        .formatted(queries.comparedSchemaCondition("tc.table_schema")),
        row -> {
          String table = key(row.get(0), row.get(1));
          if (tables.contains(table)) {
            constraints.computeIfAbsent(table + "\u0000" + row.get(2), k -> new ArrayList<>()).add(row.get(3));
          }
        });
    constraints.forEach((tableAndName, columns) -> {
      String[] parts = tableAndName.split("\u0000");
      snapshot.add(parts[0] + " unique (" + String.join(", ", columns) + ")", parts[1]);
    });
  }

  private void checks(Set<String> tables) throws SQLException {
    query(queries.checkConstraintsQuery(), row -> {
      String table = key(row.get(0), row.get(1));
      if (tables.contains(table)) {
        snapshot.add(table + " check " + row.get(3), row.get(2));
      }
    });
  }

  private void sequences() throws SQLException {
    query(queries.sequencesQuery(), row -> {
      String sequence = key(row.get(0), row.get(1));
      if (sequence != null) {
        snapshot.add("sequence " + sequence, null, "definition", row.get(2));
      }
    });
  }

  /**
   * The contents of a sequence table (MySQL) or of a table generator's table: their start values
   * are schema. Other tables' rows are data, which migrations may seed; they are not compared.
   * Each row is its columns by name, the rows sorted, so column and row order do not matter.
   */
  private void rows(TableName table) throws SQLException {
    String quote = metaData.getIdentifierQuoteString().strip();
    String schema = table.namespace().schema() == null ? "" : quote + table.namespace().schema() + quote + ".";
    List<String> contents = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select * from " + schema + quote + table.name() + quote)) {
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
      snapshot.add(table.key() + SchemaSnapshot.ROWS, null, "contents", String.join(" ", contents));
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
