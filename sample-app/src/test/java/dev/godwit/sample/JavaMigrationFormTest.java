package dev.godwit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The generated Java classes are a second executable form of the same versions: Flyway run on
 * {@code classpath:db/godwit} builds the same schema as on the SQL folder, and their
 * {@code undo(Connection)} methods take it back to empty.
 */
class JavaMigrationFormTest {
  private static final List<String> CLASSES = List.of(
      "db.godwit.V1__create_customer_product",
      "db.godwit.V2__add_customer_phone",
      "db.godwit.V3__rename_product_name_to_title",
      "db.godwit.V4__add_customer_loyalty_tier",
      "db.godwit.V5__create_purchase_order");

  @Test
  void javaFormBuildsTheSameSchemaAsTheSqlFilesAndUndoesIt() throws Exception {
    String sqlUrl = "jdbc:h2:mem:sqlform;DB_CLOSE_DELAY=-1";
    String javaUrl = "jdbc:h2:mem:javaform;DB_CLOSE_DELAY=-1";
    Flyway.configure().dataSource(sqlUrl, "sa", "").locations("classpath:db/migration/h2").load().migrate();
    var result = Flyway.configure().dataSource(javaUrl, "sa", "").locations("classpath:db/godwit").load().migrate();

    assertThat(result.migrationsExecuted).isEqualTo(5);
    assertThat(result.migrations).allMatch(m -> m.type.equals("JDBC"));
    assertThat(columns(javaUrl)).isNotEmpty().isEqualTo(columns(sqlUrl));

    try (Connection connection = DriverManager.getConnection(javaUrl, "sa", "")) {
      for (int i = CLASSES.size() - 1; i >= 0; i--) {
        Method undo = Class.forName(CLASSES.get(i)).getMethod("undo", Connection.class);
        undo.invoke(null, connection);
      }
    }
    assertThat(columns(javaUrl)).isEmpty();
  }

  /** Every column of the application's tables with its type, size and nullability. */
  private static List<String> columns(String url) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        ResultSet rs = connection.createStatement().executeQuery(
            "select table_name, column_name, data_type, character_maximum_length, numeric_precision, numeric_scale, "
                + "is_nullable from information_schema.columns where table_schema = 'PUBLIC' "
                + "and table_name <> 'flyway_schema_history' order by table_name, column_name")) {
      while (rs.next()) {
        columns.add(rs.getString(1) + "." + rs.getString(2) + " " + rs.getString(3) + "(" + rs.getString(4) + ","
            + rs.getString(5) + "," + rs.getString(6) + ") nullable=" + rs.getString(7));
      }
    }
    return columns;
  }
}
