package dev.godwit.sample.history;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The entity classes of each version of the history, compiled from their sources at test time
 * (without annotation processing) and loaded in a class loader of their own, so that version N's
 * {@code Customer} does not meet the current one on the test classpath.
 */
final class EntityVersions {
  private final History history;
  private final Path output;
  private final Map<Integer, EntityVersion> compiled = new ConcurrentHashMap<>();

  EntityVersions(History history, Path output) {
    this.history = history;
    this.output = output;
  }

  /** The mapped classes of {@code version}; version 0 has none. */
  EntityVersion of(int version) {
    return compiled.computeIfAbsent(version, this::compile);
  }

  /** The mapped classes of one version and the class loader that defined them. */
  record EntityVersion(int version, List<Class<?>> classes, ClassLoader loader) {}

  private EntityVersion compile(int version) {
    if (version == 0) {
      return new EntityVersion(0, List.of(), EntityVersions.class.getClassLoader());
    }
    Path classes = output.resolve("v" + version);
    List<Path> sources = sources(version);
    try {
      Files.createDirectories(classes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      List<String> options = List.of("-proc:none", "--release", "17", "-encoding", "UTF-8",
          "-classpath", testClasspath(), "-d", classes.toString());
      boolean ok = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(sources)).call();
      if (!ok) {
        throw new IllegalStateException("entity sources of version " + version + " do not compile:\n"
            + diagnostics.getDiagnostics().stream().map(Object::toString).collect(Collectors.joining("\n")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return load(version, classes);
  }

  /**
   * Each history folder holds only the files that version changed: version N is v1 overlaid with
   * v2 .. vN, a later file replacing the one at the same path.
   */
  List<Path> sources(int version) {
    Map<Path, Path> byRelativePath = new java.util.TreeMap<>();
    for (int v = 1; v <= version; v++) {
      Path root = history.entitySources(v);
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.toString().endsWith(".java")).forEach(p -> byRelativePath.put(root.relativize(p), p));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(byRelativePath.values());
  }

  private static EntityVersion load(int version, Path classes) {
    Set<String> names;
    try (Stream<Path> walk = Files.walk(classes)) {
      names = walk.filter(p -> p.toString().endsWith(".class"))
          .map(p -> classes.relativize(p).toString().replace(File.separatorChar, '.').replaceAll("\\.class$", ""))
          .collect(Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ClassLoader loader = new VersionClassLoader(url(classes), names, EntityVersions.class.getClassLoader());
    List<Class<?>> mapped = new ArrayList<>();
    for (String name : names.stream().sorted().toList()) {
      try {
        Class<?> type = Class.forName(name, false, loader);
        if (type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(MappedSuperclass.class)
            || type.isAnnotationPresent(Embeddable.class)) {
          mapped.add(type);
        }
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    if (mapped.isEmpty()) {
      throw new IllegalStateException("version " + version + " has no entity classes");
    }
    return new EntityVersion(version, List.copyOf(mapped), loader);
  }

  /** Surefire keeps the full test classpath here; {@code java.class.path} may be a manifest-only jar. */
  static String testClasspath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }

  private static URL url(Path path) {
    try {
      return path.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Loads the compiled classes itself (child first) and everything else from the test class loader. */
  private static final class VersionClassLoader extends URLClassLoader {
    private final Set<String> own;

    VersionClassLoader(URL classes, Set<String> own, ClassLoader parent) {
      super(new URL[] {classes}, parent);
      this.own = own;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!own.contains(name)) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> type = findLoadedClass(name);
        if (type == null) {
          type = findClass(name);
        }
        if (resolve) {
          resolveClass(type);
        }
        return type;
      }
    }
  }
}
