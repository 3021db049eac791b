package dev.godwit.processor.testing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The structure of a live H2 database as JDBC metadata reports it, reduced to what two schemas
 * must share to be the same for an application: tables, columns (type name, size, decimal
 * digits, nullability, identity), primary keys, foreign keys by columns, unique constraints and
 * indexes by column set, check clauses and sequences; for a schema nothing has used yet also the
 * rows of its tables (table generators' start rows).
 *
 * <p>Each element is a line under a key (what it is on) with a name. Names H2 picked itself
 * ({@code CONSTRAINT_xx}, {@code PRIMARY_KEY_xx}, backing indexes) are {@code *}; when comparing,
 * a name that is {@code *} on either side is not compared, every other name must be equal.
 */
public final class DatabaseSchema {
  private static final Pattern H2_NAME = Pattern.compile("(CONSTRAINT|PRIMARY_KEY|CONSTRAINT_INDEX)_[0-9A-F]+");
  private static final Pattern BACKING_INDEX = Pattern.compile("(.+)_INDEX_[0-9A-F]+");

  /** key (e.g. {@code CUSTOMER unique (EMAIL)}) -> name, or {@code ""} for elements without a name. */
  private final Map<String, String> elements = new TreeMap<>();

  private DatabaseSchema() {}

  /** Reads the database's schemas. {@code columnOrder} includes each column's position in its table. */
  public static DatabaseSchema read(Connection connection, boolean columnOrder) throws SQLException {
    return read(connection, columnOrder, false);
  }

  /**
   * Reads the PUBLIC schema with the rows of every table: right for a schema nothing has used yet,
   * where only table generators' tables hold rows (their start rows).
   */
  public static DatabaseSchema readFresh(Connection connection, boolean columnOrder) throws SQLException {
    return read(connection, columnOrder, true);
  }

  /**
   * Reads the PUBLIC schema and every other schema but H2's own: a table of another schema is
   * keyed {@code SCHEMA.TABLE}, so a table in the wrong schema is a difference.
   */
  private static DatabaseSchema read(Connection connection, boolean columnOrder, boolean rows) throws SQLException {
    DatabaseSchema schema = new DatabaseSchema();
    DatabaseMetaData meta = connection.getMetaData();
    List<String> schemas = new ArrayList<>();
    try (ResultSet rs = meta.getSchemas()) {
      while (rs.next()) {
        if (!rs.getString("TABLE_SCHEM").equals("INFORMATION_SCHEMA")) {
          schemas.add(rs.getString("TABLE_SCHEM"));
        }
      }
    }
    for (String namespace : schemas) {
      schema.read(connection, meta, namespace, columnOrder, rows);
    }
    return schema;
  }

  private static String qualified(String namespace, String table) {
    return namespace.equals("PUBLIC") ? table : namespace + "." + table;
  }

  private void read(Connection connection, DatabaseMetaData meta, String namespace, boolean columnOrder, boolean rows)
      throws SQLException {
    DatabaseSchema schema = this;
    List<String> tables = new ArrayList<>();
    Map<String, String> remarks = new TreeMap<>();
    try (ResultSet rs = meta.getTables(null, namespace, "%", null)) {
      while (rs.next()) {
        String type = rs.getString("TABLE_TYPE");
        if (type.equals("TABLE") || type.equals("BASE TABLE")) {
          tables.add(rs.getString("TABLE_NAME"));
          remarks.put(rs.getString("TABLE_NAME"), rs.getString("REMARKS"));
        }
      }
    }
    for (String name : tables) {
      String table = qualified(namespace, name);
      schema.put(table + " table" + comment(remarks.get(name)), "");
      try (ResultSet rs = meta.getColumns(null, namespace, name, "%")) {
        while (rs.next()) {
          schema.put(table + " column " + rs.getString("COLUMN_NAME") + " " + rs.getString("TYPE_NAME")
              + " size=" + rs.getInt("COLUMN_SIZE") + " digits=" + rs.getInt("DECIMAL_DIGITS")
              + " nullable=" + rs.getString("IS_NULLABLE") + " identity=" + rs.getString("IS_AUTOINCREMENT")
              + (rs.getString("COLUMN_DEF") == null ? "" : " default=" + rs.getString("COLUMN_DEF"))
              + comment(rs.getString("REMARKS"))
              + (columnOrder ? " position=" + rs.getInt("ORDINAL_POSITION") : ""), "");
        }
      }
      Map<Integer, String> pk = new TreeMap<>();
      String pkName = "";
      try (ResultSet rs = meta.getPrimaryKeys(null, namespace, name)) {
        while (rs.next()) {
          pk.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
          pkName = rs.getString("PK_NAME");
        }
      }
      if (!pk.isEmpty()) {
        schema.put(table + " primary key (" + String.join(", ", pk.values()) + ")", name(pkName));
      }
      Map<String, Map<Integer, String[]>> foreignKeys = new TreeMap<>();
      try (ResultSet rs = meta.getImportedKeys(null, namespace, name)) {
        while (rs.next()) {
          foreignKeys.computeIfAbsent(rs.getString("FK_NAME"), k -> new TreeMap<>()).put(rs.getInt("KEY_SEQ"),
              new String[] {rs.getString("FKCOLUMN_NAME"), qualified(rs.getString("PKTABLE_SCHEM"), rs.getString("PKTABLE_NAME")),
                  rs.getString("PKCOLUMN_NAME"), deleteRule(rs.getInt("DELETE_RULE"))});
        }
      }
      foreignKeys.forEach((fk, columns) -> schema.put(table + " foreign key ("
          + columns.values().stream().map(c -> c[0]).collect(Collectors.joining(", ")) + ") references "
          + columns.values().iterator().next()[1] + " ("
          + columns.values().stream().map(c -> c[2]).collect(Collectors.joining(", ")) + ")"
          + columns.values().iterator().next()[3], name(fk)));
      Map<String, Map<Integer, String>> indexes = new TreeMap<>();
      Map<String, Boolean> unique = new TreeMap<>();
      try (ResultSet rs = meta.getIndexInfo(null, namespace, name, false, false)) {
        while (rs.next()) {
          String index = rs.getString("INDEX_NAME");
          String order = "D".equals(rs.getString("ASC_OR_DESC")) ? " desc" : "";
          indexes.computeIfAbsent(index, k -> new TreeMap<>()).put(rs.getInt("ORDINAL_POSITION"), rs.getString("COLUMN_NAME") + order);
          unique.put(index, !rs.getBoolean("NON_UNIQUE"));
        }
      }
      for (Map.Entry<String, Map<Integer, String>> index : indexes.entrySet()) {
        String columns = "(" + String.join(", ", index.getValue().values()) + ")";
        String indexName = index.getKey();
        if (indexName.startsWith("PRIMARY_KEY")) {
          continue;
        }
        if (unique.get(indexName)) {
          schema.put(table + " unique " + columns, name(backed(indexName)));
        } else if (!BACKING_INDEX.matcher(indexName).matches()) {
          // Non-unique indexes H2 creates for foreign keys are H2's business; only declared ones count.
          schema.put(table + " index " + columns, name(indexName));
        }
      }
    }
    try (Statement statement = connection.createStatement()) {
      try (ResultSet rs = statement.executeQuery("select tc.TABLE_NAME, cc.CHECK_CLAUSE, tc.CONSTRAINT_NAME"
          + " from INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc join INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc"
          + " on tc.CONSTRAINT_SCHEMA = cc.CONSTRAINT_SCHEMA and tc.CONSTRAINT_NAME = cc.CONSTRAINT_NAME"
          + " where tc.CONSTRAINT_TYPE = 'CHECK' and tc.TABLE_SCHEMA = '" + namespace + "'")) {
        while (rs.next()) {
          if (tables.contains(rs.getString(1))) {
            schema.put(qualified(namespace, rs.getString(1)) + " check (" + rs.getString(2) + ")", name(rs.getString(3)));
          }
        }
      }
      for (String table : rows ? tables : List.<String>of()) {
        try (ResultSet rs = statement.executeQuery("select * from \"" + namespace + "\".\"" + table + "\"")) {
          int width = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            List<String> row = new ArrayList<>();
            for (int i = 1; i <= width; i++) {
              row.add(rs.getMetaData().getColumnName(i) + "=" + rs.getString(i));
            }
            row.sort(null);
            schema.put(qualified(namespace, table) + " row " + row, "");
          }
        }
      }
      try (ResultSet rs = statement.executeQuery("select SEQUENCE_NAME, START_VALUE, INCREMENT"
          + " from INFORMATION_SCHEMA.SEQUENCES where SEQUENCE_SCHEMA = '" + namespace + "'")) {
        while (rs.next()) {
          schema.put("sequence " + qualified(namespace, rs.getString(1)) + " start=" + rs.getLong(2) + " increment="
              + rs.getLong(3), "");
        }
      }
    }
  }

  private void put(String key, String name) {
    String previous = elements.put(key, name);
    if (previous != null && !previous.equals(name)) {
      // Two constraints over the same columns: keep both visible.
      elements.put(key + " #2", name);
      elements.put(key, previous);
    }
  }

  private static String comment(String remarks) {
    return remarks == null || remarks.isEmpty() ? "" : " comment='" + remarks + "'";
  }

  private static String backed(String indexName) {
    var matcher = BACKING_INDEX.matcher(indexName);
    return matcher.matches() && !indexName.startsWith("CONSTRAINT_INDEX") ? matcher.group(1) : indexName;
  }

  private static String name(String name) {
    return name == null || H2_NAME.matcher(name).matches() || name.startsWith("CONSTRAINT_INDEX") ? "*" : name;
  }

  /** The element lines, named where both sides have a name of their own. */
  public List<String> linesComparedWith(DatabaseSchema other) {
    List<String> lines = new ArrayList<>();
    elements.forEach((key, name) -> {
      String otherName = other.elements.get(key);
      boolean unnamed = name.isEmpty() || name.equals("*") || "*".equals(otherName);
      lines.add(unnamed ? key : key + " named " + name);
    });
    return lines;
  }

  /** Lines describing how {@code actual} differs from {@code expected}; empty when they are the same. */
  public static List<String> differences(DatabaseSchema expected, DatabaseSchema actual) {
    List<String> want = expected.linesComparedWith(actual);
    List<String> got = actual.linesComparedWith(expected);
    List<String> differences = new ArrayList<>();
    want.stream().filter(l -> !got.contains(l)).forEach(l -> differences.add("missing:    " + l));
    got.stream().filter(l -> !want.contains(l)).forEach(l -> differences.add("unexpected: " + l));
    return differences;
  }

  @Override
  public String toString() {
    return elements.entrySet().stream().map(e -> e.getKey() + (e.getValue().isEmpty() ? "" : " named " + e.getValue()))
        .collect(Collectors.joining("\n"));
  }

  /** The key's delete action as the engine reports it, empty for no action (H2 reports its default as restrict). */
  private static String deleteRule(int rule) {
    return switch (rule) {
      case java.sql.DatabaseMetaData.importedKeyCascade -> " on delete cascade";
      case java.sql.DatabaseMetaData.importedKeySetNull -> " on delete set null";
      case java.sql.DatabaseMetaData.importedKeySetDefault -> " on delete set default";
      case java.sql.DatabaseMetaData.importedKeyRestrict -> " on delete restrict";
      default -> "";
    };
  }
}
