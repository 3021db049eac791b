package dev.godwit.processor.dialect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The reserved words Hibernate quotes with {@code hibernate.auto_quote_keyword=true}, per dialect,
 * in lower case. Hibernate's dialect knows a fixed list ({@link #forDialect}, what it quotes when it
 * boots without a connection); at run time, with a connection, it also quotes every word the JDBC
 * driver reports in {@code DatabaseMetaData.getSQLKeywords()} ({@link #atRunTime}). The lists are
 * resources generated from Hibernate and from the real drivers ({@code KeywordsTest} and
 * {@code DriverKeywordsTest} check they still match and regenerate them with
 * {@code -Dgodwit.regenerate=true}).
 */
public final class Keywords {
  private Keywords() {}

  /** The words Hibernate's dialect itself quotes. */
  public static Set<String> forDialect(String dialect) {
    return read("keywords-" + dialect + ".txt");
  }

  /**
   * The words the dialect's JDBC driver reports as SQL keywords (PostgreSQL's driver: those of the
   * server, PostgreSQL 17; H2 2.3's; MariaDB Connector/J 3.5's, used with {@code MySQLDialect}).
   */
  public static Set<String> ofDriver(String dialect) {
    return read("driver-keywords-" + dialect + ".txt");
  }

  /** The words an application's Hibernate quotes when it runs with a connection: the dialect's and the driver's. */
  public static Set<String> atRunTime(String dialect) {
    Set<String> words = new TreeSet<>(forDialect(dialect));
    words.addAll(ofDriver(dialect));
    return Set.copyOf(words);
  }

  private static Set<String> read(String resource) {
    try (InputStream in = Keywords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      Set<String> words = new TreeSet<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          words.add(line.trim().toLowerCase(Locale.ROOT));
        }
      }
      return Set.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
