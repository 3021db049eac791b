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
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One domain of the corpus: {@code domains/<name>/v1} and {@code v2} hold the complete entity
 * sources of each version (v2 is v1 after an evolution, with Godwit's hint annotations where the
 * evolution needs them); an optional {@code domain.properties} sets {@code naming} ({@code jpa} or
 * {@code snake_case}, the default) and {@code persist}: simple names of v2 entity classes that
 * Hibernate must be able to persist (new instances, twice each) on a database Flyway migrated to
 * V2, e.g. entities whose ids come from a generator. Adding a domain is adding its folders.
 *
 * <p>{@code dialects} ({@code -Agodwit.dialects}) is every dialect unless the properties leave one
 * out, which they must explain: {@code unsupported.h2=GW101 H2 cannot move a table} says that
 * Godwit refuses the domain's evolution with that error, whose message holds that text, when h2 is
 * configured. The walk on that engine then checks that it does, instead of leaving the engine out silently.
 *
 * <p>{@code jpa=3.2} compiles the domain against jakarta.persistence-api 3.2.0 (ahead of the 3.1 jar
 * Hibernate 6.6 runs on), for what only the 3.2 API can express, e.g. generators on a package.
 *
 * <p>{@code incremental=full <why>} says that no edit of the domain can take the incremental read
 * ({@code IncrementalCorpusTest}), and why; without it, some edit must.
 */
record Domain(String name, Path v1, Path v2, String naming, List<String> persist, List<String> dialects,
    Map<String, String> unsupported, String jpa, String readsEveryEntity) {
  /** Every dialect Godwit writes; a domain configures all of them unless it says why not. */
  static final List<String> ALL_DIALECTS = List.of("postgresql", "mysql", "h2");

  /** The code of the error Godwit gives for v2 where {@code dialect} is configured, if the domain leaves it out. */
  String unsupportedCode(String dialect) {
    return unsupported.get(dialect).split(" ", 2)[0];
  }

  /** The text that error's message holds. */
  String unsupportedMessage(String dialect) {
    String[] parts = unsupported.get(dialect).split(" ", 2);
    return parts.length < 2 ? "" : parts[1];
  }

  /** The Godwit {@code -Agodwit.naming} value; the verification uses the same. */
  boolean snakeCase() {
    return naming.equals("snake_case");
  }

  /** The classpath javac compiles the domain with: the tests', behind the JPA 3.2 API jar where {@code jpa=3.2}. */
  String classpath() {
    String tests = GodwitRun.testClasspath();
    if (jpa.equals("3.1")) {
      return tests;
    }
    Path jar = Path.of(System.getProperty("godwit.jpa32.jar", "target/api-jars/jakarta.persistence-api-3.2.jar"));
    if (!Files.exists(jar)) {
      throw new IllegalStateException("domain " + name + " needs the JPA 3.2 API jar the build copies to " + jar);
    }
    return jar.toAbsolutePath() + java.io.File.pathSeparator + tests;
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
    List<String> dialects = List.of(properties.getProperty("dialects", String.join(",", ALL_DIALECTS)).strip()
        .split("\\s*,\\s*"));
    Map<String, String> unsupported = new TreeMap<>();
    for (String dialect : ALL_DIALECTS) {
      String code = properties.getProperty("unsupported." + dialect, "").strip();
      if (dialects.contains(dialect) != code.isEmpty()) {
        throw new IllegalStateException(file + ": a domain leaves out a dialect (dialects=...) exactly when it names the"
            + " error Godwit gives for it (unsupported." + dialect + "=GW...); " + dialect + " is "
            + (dialects.contains(dialect) ? "configured but unsupported" : "left out without a reason"));
      }
      if (!code.isEmpty()) {
        unsupported.put(dialect, code);
      }
    }
    String jpa = properties.getProperty("jpa", "3.1").strip();
    if (!jpa.equals("3.1") && !jpa.equals("3.2")) {
      throw new IllegalStateException(file + ": jpa must be 3.1 or 3.2, not " + jpa);
    }
    String incremental = properties.getProperty("incremental", "").strip();
    if (!incremental.isEmpty() && !incremental.startsWith("full ")) {
      throw new IllegalStateException(file + ": incremental must be \"full <why no edit can be read incrementally>\", not "
          + incremental);
    }
    return new Domain(name, v1, v2, naming, persist.isEmpty() ? List.of() : List.of(persist.split("\\s*,\\s*")),
        dialects, unsupported, jpa, incremental.isEmpty() ? "" : incremental.substring("full ".length()).strip());
  }
}
