package dev.godwit.processor.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.engines.Engine;
import dev.godwit.engines.Engines;
import dev.godwit.engines.H2Engine;
import dev.godwit.engines.MariaDbEngine;
import dev.godwit.engines.PostgresEngine;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.jdbc.env.spi.IdentifierHelper;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The driver keyword lists are what the real JDBC drivers report in
 * {@code DatabaseMetaData.getSQLKeywords()}, and Hibernate booted with a connection to each engine
 * quotes exactly its dialect's words plus those ({@link Keywords#atRunTime}). Regenerate the lists
 * with {@code -Dgodwit.regenerate=true}.
 */
@ExtendWith(Engines.class)
class DriverKeywordsTest {

  @Test
  void h2(H2Engine engine) throws Exception {
    check("h2", engine);
    assertThat(Keywords.ofDriver("h2")).contains("limit", "key", "top");
  }

  @Test
  void postgresql(PostgresEngine engine) throws Exception {
    check("postgresql", engine);
    assertThat(Keywords.ofDriver("postgresql")).contains("comment", "event", "text");
  }

  @Test
  void mysql(MariaDbEngine engine) throws Exception {
    check("mysql", engine);
    assertThat(Keywords.ofDriver("mysql")).contains("key", "index");
  }

  private static void check(String dialect, Engine engine) throws Exception {
    DataSource dataSource = engine.newDatabase().dataSource();
    Set<String> driver = driverKeywords(dataSource);
    if (Boolean.getBoolean("godwit.regenerate")) {
      write("driver-keywords-" + dialect + ".txt", driver);
    }
    assertThat(new TreeSet<>(Keywords.ofDriver(dialect))).isEqualTo(driver);
    assertThat(new TreeSet<>(Keywords.atRunTime(dialect))).isEqualTo(hibernateReservedWords(engine, dataSource));
  }

  private static Set<String> driverKeywords(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return Arrays.stream(connection.getMetaData().getSQLKeywords().split(","))
          .map(String::trim).filter(w -> !w.isEmpty()).map(w -> w.toLowerCase(Locale.ROOT))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  /** The words Hibernate quotes when it boots with a connection, as an application does. */
  private static Set<String> hibernateReservedWords(Engine engine, DataSource dataSource) throws Exception {
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
        .applySettings(Map.of(
            AvailableSettings.DIALECT, engine.hibernateDialect(),
            AvailableSettings.KEYWORD_AUTO_QUOTING_ENABLED, "true"))
        .applySetting(AvailableSettings.DATASOURCE, dataSource)
        .build();
    try {
      IdentifierHelper helper = registry.getService(JdbcEnvironment.class).getIdentifierHelper();
      Field field = KeywordsTest.findField(helper.getClass(), "reservedWords");
      field.setAccessible(true);
      Set<String> words = new TreeSet<>();
      for (Object word : (Collection<?>) field.get(helper)) {
        words.add(word.toString().toLowerCase(Locale.ROOT));
      }
      return words;
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }

  private static void write(String name, Set<String> words) throws IOException {
    Files.writeString(Path.of("src/main/resources/dev/godwit/processor/dialect/" + name), String.join("\n", words) + "\n");
  }
}
