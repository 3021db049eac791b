package dev.godwit.processor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A SHA-256 of the processor's own code and of the libraries that shape its output (Gson, JavaPoet):
 * every file of the jar or class folder each was loaded from, by name and content, sorted by name
 * ({@code META-INF} left out: manifests carry build dates). Part of the {@link InputFingerprint},
 * so that a changed Godwit never takes the fast path with a fingerprint an older one sealed.
 * Computed once per JVM: the code does not change while it runs.
 */
final class ProcessorCode {
  private static final List<String> CLASSES = List.of("dev.godwit.processor.GodwitProcessor", "com.google.gson.Gson",
      "com.palantir.javapoet.JavaFile");
  // the one cache of the processor: the loaded code cannot change while the JVM runs
  private static volatile String hash;

  private ProcessorCode() {}

  /** The hash, or empty when some code was not loaded from a jar or folder (then nothing is sealed nor trusted). */
  static java.util.Optional<String> hash() {
    String known = hash;
    if (known == null) {
      try {
        known = compute();
      } catch (RuntimeException e) {
        known = "";
      }
      hash = known;
    }
    return known.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(known);
  }

  private static String compute() {
    TreeSet<String> locations = new TreeSet<>();
    List<Path> roots = new ArrayList<>();
    for (String name : CLASSES) {
      Path root = location(name);
      if (locations.add(root.toString())) {
        roots.add(root);
      }
    }
    MessageDigest digest = InputFingerprint.sha256();
    for (Path root : roots) {
      try {
        Map<String, byte[]> files = Files.isDirectory(root) ? folder(root) : jar(root);
        files.forEach((name, content) -> {
          digest.update((name + "\n" + content.length + "\n").getBytes(StandardCharsets.UTF_8));
          digest.update(content);
        });
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the processor's code at " + root, e);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static Path location(String className) {
    try {
      Class<?> type = Class.forName(className, false, ProcessorCode.class.getClassLoader());
      CodeSource source = type.getProtectionDomain().getCodeSource();
      URL url = source == null ? null : source.getLocation();
      if (url == null) {
        throw new IllegalStateException("no code source for " + className);
      }
      return Path.of(url.toURI());
    } catch (ClassNotFoundException | URISyntaxException | java.nio.file.FileSystemNotFoundException e) {
      throw new IllegalStateException("cannot locate the code of " + className, e);
    }
  }

  private static Map<String, byte[]> folder(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String name = root.relativize(file).toString().replace('\\', '/');
        if (!name.startsWith("META-INF/")) {
          files.put(name, Files.readAllBytes(file));
        }
      }
    }
    return files;
  }

  private static Map<String, byte[]> jar(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (JarFile jar = new JarFile(root.toFile())) {
      for (JarEntry entry : java.util.Collections.list(jar.entries())) {
        if (!entry.isDirectory() && !entry.getName().startsWith("META-INF/")) {
          try (InputStream in = jar.getInputStream(entry)) {
            files.put(entry.getName(), in.readAllBytes());
          }
        }
      }
    }
    return files;
  }
}
