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
 * in lower case. The lists are resources generated from Hibernate itself ({@code KeywordsTest}
 * checks they still match and regenerates them with {@code -Dgodwit.regenerate=true}).
 */
public final class Keywords {
  private Keywords() {}

  public static Set<String> forDialect(String dialect) {
    String resource = "keywords-" + dialect + ".txt";
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
