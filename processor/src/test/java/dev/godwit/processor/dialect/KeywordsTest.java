package dev.godwit.processor.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.engine.jdbc.env.spi.IdentifierHelper;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The keyword lists must be the ones Hibernate itself quotes with auto_quote_keyword. */
class KeywordsTest {

  @ParameterizedTest
  @CsvSource({
    "postgresql, org.hibernate.dialect.PostgreSQLDialect",
    "mysql, org.hibernate.dialect.MySQLDialect",
    "h2, org.hibernate.dialect.H2Dialect"
  })
  void keywordListsMatchHibernate(String dialect, String hibernateDialect) throws Exception {
    Set<String> hibernate = hibernateReservedWords(hibernateDialect);
    if (Boolean.getBoolean("godwit.regenerate")) {
      Path file = Path.of("src/main/resources/dev/godwit/processor/dialect/keywords-" + dialect + ".txt");
      Files.writeString(file, String.join("\n", hibernate) + "\n");
    }
    assertThat(new TreeSet<>(Keywords.forDialect(dialect))).isEqualTo(hibernate);
    assertThat(hibernate).contains("order", "group", "user");
  }

  private static Set<String> hibernateReservedWords(String dialect) throws Exception {
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
        .applySettings(Map.of(
            "hibernate.dialect", dialect,
            "hibernate.boot.allow_jdbc_metadata_access", "false",
            "hibernate.auto_quote_keyword", "true"))
        .build();
    try {
      IdentifierHelper helper = registry.getService(JdbcEnvironment.class).getIdentifierHelper();
      Field field = findField(helper.getClass(), "reservedWords");
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

  static Field findField(Class<?> type, String name) throws NoSuchFieldException {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        return c.getDeclaredField(name);
      } catch (NoSuchFieldException ignored) {
        // look in the superclass
      }
    }
    throw new NoSuchFieldException(name);
  }
}
