package dev.godwit.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * One domain of the corpus: {@code domains/<name>/v1} and {@code v2} hold the complete entity
 * sources of each version (v2 is v1 after an evolution, with Godwit's hint annotations where the
 * evolution needs them); an optional {@code domain.properties} sets {@code naming} ({@code jpa} or
 * {@code snake_case}, the default) and {@code persist}: simple names of v2 entity classes that
 * Hibernate must be able to persist (new instances, twice each) on a database Flyway migrated to
 * V2, e.g. entities whose ids come from a generator. Adding a domain is adding its folders.
 */
record Domain(String name, Path v1, Path v2, String naming, List<String> persist) {

  /** The Godwit {@code -Agodwit.naming} value; the verification uses the same. */
  boolean snakeCase() {
    return naming.equals("snake_case");
  }

  /** The sources of version 1 or 2. */
  Path sources(int version) {
    return version == 1 ? v1 : v2;
  }

  @Override
  public String toString() {
    return name;
  }

  /**
   * Every folder under {@code domains/} on the test classpath, by name; with
   * {@code -Dgodwit.corpus.pending=true} also those under {@code pending/}: domains that show a
   * known difference from Hibernate, kept as reproductions until it is fixed.
   * {@code -Dgodwit.corpus.domains=shop,blog} runs only the named ones.
   */
  static List<Domain> all() {
    List<Domain> all = new ArrayList<>(under("domains", true));
    if (Boolean.getBoolean("godwit.corpus.pending")) {
      all.addAll(under("pending", false)); // none while every known difference is fixed
    }
    String only = System.getProperty("godwit.corpus.domains", "").strip();
    if (!only.isEmpty()) {
      List<String> names = List.of(only.split("\\s*,\\s*"));
      all.removeIf(domain -> !names.contains(domain.name()));
      if (all.isEmpty()) {
        throw new IllegalStateException("-Dgodwit.corpus.domains=" + only + " names no domain");
      }
    }
    return all;
  }

  private static List<Domain> under(String resource, boolean required) {
    URL url = Domain.class.getClassLoader().getResource(resource);
    if (url == null && !required) {
      return List.of();
    }
    if (url == null) {
      throw new IllegalStateException("no " + resource + " folder on the test classpath");
    }
    try (Stream<Path> folders = Files.list(Path.of(url.toURI()))) {
      return folders.filter(Files::isDirectory).sorted().map(Domain::of).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Domain of(Path folder) {
    String name = folder.getFileName().toString();
    Path v1 = folder.resolve("v1");
    Path v2 = folder.resolve("v2");
    if (!Files.isDirectory(v1) || !Files.isDirectory(v2)) {
      throw new IllegalStateException("domain " + name + " needs both v1 and v2 source folders");
    }
    Properties properties = new Properties();
    Path file = folder.resolve("domain.properties");
    if (Files.exists(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        properties.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    String naming = properties.getProperty("naming", "snake_case").trim();
    if (!naming.equals("snake_case") && !naming.equals("jpa")) {
      throw new IllegalStateException(file + ": naming must be jpa or snake_case, not " + naming);
    }
    String persist = properties.getProperty("persist", "").strip();
    return new Domain(name, v1, v2, naming, persist.isEmpty() ? List.of() : List.of(persist.split("\\s*,\\s*")));
  }
}
