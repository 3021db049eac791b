package dev.godwit.processor;

import dev.godwit.processor.snapshot.SealHash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.stream.Stream;

/**
 * A {@link SealHash} of the processor's own code and of the libraries that shape its output (Gson, JavaPoet):
 * every file of the jar or class folder each was loaded from, sorted by name ({@code META-INF} left
 * out: manifests carry build dates). A folder's files are hashed by name and content; a jar's by
 * name, size and the CRC-32 of the content that its central directory records, so that no entry is
 * inflated (this runs in every compile's JVM: inflating and hashing the three jars cost more than
 * the rest of an unchanged build's fingerprint; SHA-256 over their listing, run as Java code before
 * the JIT compiled it, was still a visible part). Part of the {@link InputFingerprint},
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
    SealHash digest = new SealHash();
    for (Path root : roots) {
      try {
        if (Files.isDirectory(root)) {
          for (Map.Entry<String, byte[]> file : folder(root).entrySet()) {
            digest.update(file.getKey() + "\n" + file.getValue().length + "\n");
            digest.update(file.getValue(), 0, file.getValue().length);
          }
        } else {
          digest.update(jar(root));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the processor's code at " + root, e);
      }
    }
    return digest.hex();
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

  /** Each file of the jar as {@code name size crc32}, one a line, sorted by name, from the jar's directory. */
  static String jar(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (ZipFile jar = new ZipFile(root.toFile())) {
      for (Enumeration<? extends ZipEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
        ZipEntry entry = entries.nextElement();
        if (!entry.isDirectory() && !entry.getName().startsWith("META-INF/")) {
          if (entry.getSize() < 0 || entry.getCrc() < 0) {
            throw new IOException("no size or CRC recorded for " + entry.getName());
          }
          files.put(entry.getName(), entry.getSize() + " " + Long.toHexString(entry.getCrc()));
        }
      }
    }
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, String> file : files.entrySet()) {
      text.append(file.getKey()).append(' ').append(file.getValue()).append('\n');
    }
    return text.toString();
  }
}
