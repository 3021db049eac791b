package dev.godwit.sample.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The sample's schema history as found on the test classpath: the entity sources of each version
 * ({@code history/v<N>/}) and the migrations Godwit generated ({@code db/migration/<folder>/V<N>__*.sql}
 * and {@code U<N>__*.sql}).
 */
final class History {
  private static final Pattern VERSION_FOLDER = Pattern.compile("v(\\d+)");
  private static final Pattern MIGRATION = Pattern.compile("([VU])(\\d+)__.+\\.sql");

  private final Map<Integer, Path> entitySources;
  private final Path migrations;

  private History(Map<Integer, Path> entitySources, Path migrations) {
    this.entitySources = entitySources;
    this.migrations = migrations;
  }

  static History fromClasspath() {
    Path history = directory("history");
    Map<Integer, Path> sources = new TreeMap<>();
    try (Stream<Path> folders = Files.list(history)) {
      folders.filter(Files::isDirectory).forEach(folder -> {
        Matcher matcher = VERSION_FOLDER.matcher(folder.getFileName().toString());
        if (matcher.matches()) {
          sources.put(Integer.parseInt(matcher.group(1)), folder);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new History(sources, directory("db/migration"));
  }

  private static Path directory(String resource) {
    URL url = History.class.getClassLoader().getResource(resource);
    if (url == null) {
      throw new IllegalStateException("no " + resource + " on the test classpath");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The versions that have entity sources, in order. */
  Set<Integer> versions() {
    return entitySources.keySet();
  }

  /** The newest version; the tests walk 1..latest. */
  int latest() {
    return entitySources.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  /** The root folder of the entity sources of {@code version}. */
  Path entitySources(int version) {
    Path folder = entitySources.get(version);
    if (folder == null) {
      throw new IllegalStateException("no entity sources for version " + version);
    }
    return folder;
  }

  /** The up migrations ({@code V}) of a dialect folder, by version. */
  Map<Integer, Path> upMigrations(String folder) {
    return migrations(folder, "V");
  }

  /** The undo migrations ({@code U}) of a dialect folder, by version. */
  Map<Integer, Path> undoMigrations(String folder) {
    return migrations(folder, "U");
  }

  private Map<Integer, Path> migrations(String folder, String prefix) {
    Map<Integer, Path> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(migrations.resolve(folder))) {
      list.forEach(file -> {
        Matcher matcher = MIGRATION.matcher(file.getFileName().toString());
        if (matcher.matches() && matcher.group(1).equals(prefix)) {
          Path previous = files.put(Integer.parseInt(matcher.group(2)), file);
          if (previous != null) {
            throw new IllegalStateException("two " + prefix + " migrations with one version: " + previous + ", " + file);
          }
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
