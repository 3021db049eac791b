package dev.godwit.fuzz;

import dev.godwit.fuzz.Model.Backfill;
import dev.godwit.fuzz.Model.Constant;
import dev.godwit.fuzz.Model.Conversion;
import dev.godwit.fuzz.Model.Entity;
import dev.godwit.fuzz.Model.Field;
import dev.godwit.processor.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Fills model A's tables with {@link Rows}, and checks after the migration that no data was lost:
 * kept and renamed columns hold their values (converted where a {@code @Backfill} converts them),
 * backfilled columns hold the backfill, new nullable columns are NULL, every kept table keeps its
 * rows.
 */
final class Data {
  private static final java.util.Set<String> KEYWORDS = dev.godwit.processor.dialect.Keywords.forDialect("h2");

  private Data() {}

  static void fill(Model a, DataSource dataSource, Dialect sql) {
    try (Connection connection = dataSource.getConnection()) {
      for (Entity entity : a.entities()) {
        List<String> columns = new ArrayList<>(List.of(sql.quote("id")));
        entity.fields().forEach(f -> columns.add(column(a, f, sql)));
        String insert = "insert into " + table(entity, sql) + " (" + String.join(", ", columns) + ") values ("
            + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
          for (int row = 1; row <= Rows.count(entity); row++) {
            statement.setLong(1, row);
            for (int i = 0; i < entity.fields().size(); i++) {
              Field field = entity.fields().get(i);
              Rows.bind(statement, i + 2, field.type(), Rows.value(a, field, row));
            }
            statement.executeUpdate();
          }
        } catch (SQLException e) {
          throw new Failure.Exception("fill A", sql.name(), insert + "\n" + e.getMessage());
        }
      }
    } catch (SQLException e) {
      throw new Failure.Exception("fill A", sql.name(), e.getMessage());
    }
  }

  /** Deletes every row of B's tables, referencing rows first (a few passes, as references may form cycles). */
  static void clear(Model b, DataSource dataSource, Dialect sql) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      for (Entity entity : b.entities()) {
        for (Field field : entity.fields()) {
          if (field.target().isPresent() && field.nullable()) {
            statement.executeUpdate("update " + table(entity, sql) + " set " + column(b, field, sql) + " = null");
          }
        }
      }
      List<Entity> left = new ArrayList<>(b.entities());
      for (int pass = 0; pass < b.entities().size() && !left.isEmpty(); pass++) {
        for (Entity entity : List.copyOf(left)) {
          try {
            statement.executeUpdate("delete from " + table(entity, sql));
            left.remove(entity);
          } catch (SQLException referenced) {
            // still referenced by a table not emptied yet: next pass
          }
        }
      }
      if (!left.isEmpty()) {
        throw new Failure.Exception("clear B before U2", sql.name(), "cannot empty " + left.stream().map(Entity::table).toList());
      }
    } catch (SQLException e) {
      throw new Failure.Exception("clear B before U2", sql.name(), e.getMessage());
    }
  }

  /** Every difference between the rows B's tables should hold and the rows they hold. */
  static List<String> differences(Model a, Model b, DataSource dataSource, Dialect sql) {
    List<String> differences = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      for (Entity after : b.entities()) {
        Optional<Entity> before = a.entity(after.id());
        Map<Long, Map<String, String>> expected = before.map(e -> expected(a, e, after)).orElse(Map.of());
        Map<Long, Map<String, String>> actual = actual(connection, b, after, sql);
        if (!expected.keySet().equals(actual.keySet())) {
          differences.add(after.table() + ": expected rows with ids " + expected.keySet() + " but found " + actual.keySet());
          continue;
        }
        expected.forEach((id, values) -> values.forEach((column, value) -> {
          String found = actual.get(id).get(column);
          if (!Objects.equals(value, found)) {
            differences.add(after.table() + " id " + id + " " + column + ": expected " + value + " but was " + found);
          }
        }));
      }
    } catch (SQLException e) {
      differences.add("cannot read the data: " + e.getMessage());
    }
    return differences;
  }

  /**
   * Names as Godwit and Hibernate write them: quoted when a keyword (Hibernate's H2 list decides the
   * logical name), and a join column quoted when its target table's name is.
   */
  private static String table(Entity entity, Dialect sql) {
    return sql.quote(logical(entity.table(), false));
  }

  private static String column(Model model, Field field, Dialect sql) {
    boolean quotedTarget = field.target().flatMap(model::entity)
        .map(target -> KEYWORDS.contains(target.table())).orElse(false);
    return sql.quote(logical(field.column(), quotedTarget));
  }

  private static String logical(String name, boolean quoted) {
    return quoted || KEYWORDS.contains(name) ? "`" + name + "`" : name;
  }

  private static Map<Long, Map<String, String>> expected(Model a, Entity before, Entity after) {
    Map<Long, Map<String, String>> rows = new TreeMap<>();
    for (int row = 1; row <= Rows.count(before); row++) {
      Map<String, String> values = new TreeMap<>();
      for (Field field : after.fields()) {
        Optional<Field> old = before.field(field.id());
        Backfill backfill = field.backfill().orElse(null);
        String value;
        if (old.isEmpty()) {
          value = backfill instanceof Constant constant && !field.nullable() ? constant.expected() : null;
        } else {
          String previous = Rows.value(a, old.get(), row);
          if (backfill instanceof Conversion conversion) {
            value = previous == null ? null : conversion.kind().value(previous, field.type());
          } else if (previous == null && backfill instanceof Constant constant && !field.nullable()) {
            value = constant.expected();
          } else {
            value = previous;
          }
        }
        values.put(field.column(), value);
      }
      rows.put((long) row, values);
    }
    return rows;
  }

  private static Map<Long, Map<String, String>> actual(Connection connection, Model model, Entity entity, Dialect sql)
      throws SQLException {
    Map<Long, Map<String, String>> rows = new TreeMap<>();
    String select = "select " + sql.quote("id") + entity.fields().stream().map(f -> ", " + column(model, f, sql))
        .collect(Collectors.joining()) + " from " + table(entity, sql);
    try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(select)) {
      while (result.next()) {
        Map<String, String> values = new TreeMap<>();
        for (int i = 0; i < entity.fields().size(); i++) {
          Field field = entity.fields().get(i);
          values.put(field.column(), Rows.read(result, i + 2, field.type()));
        }
        rows.put(result.getLong(1), values);
      }
    }
    return rows;
  }
}
