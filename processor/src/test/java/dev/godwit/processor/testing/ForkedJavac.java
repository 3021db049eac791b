package dev.godwit.processor.testing;

import dev.godwit.processor.GodwitProcessor;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs a JDK's own {@code javac} executable with Godwit as the processor, in a process of its own:
 * for other JDKs than the one running the tests, and for tests that kill the compiler.
 */
public final class ForkedJavac {
  private ForkedJavac() {}

  /** The JDK home running these tests. */
  public static Path currentJdk() {
    return Path.of(System.getProperty("java.home"));
  }

  /** The command that compiles every {@code .java} file under {@code sources} with Godwit. */
  public static List<String> command(Path jdk, Path sources, Path work, List<String> godwitOptions, List<String> jvmOptions)
      throws IOException {
    Path javac = jdk.resolve("bin/javac");
    if (!Files.isExecutable(javac)) {
      throw new IllegalStateException("no javac at " + javac);
    }
    List<String> command = new ArrayList<>(List.of(javac.toString()));
    jvmOptions.forEach(o -> command.add("-J" + o));
    command.addAll(List.of("--release", "17", "-encoding", "UTF-8", "-proc:full",
        "-processorpath", classpath(), "-classpath", classpath(),
        "-processor", GodwitProcessor.class.getName(),
        "-d", work.resolve("classes").toString(), "-s", work.resolve("generated").toString()));
    command.addAll(godwitOptions);
    try (Stream<Path> files = Files.walk(sources)) {
      files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(f -> command.add(f.toString()));
    }
    Files.createDirectories(work.resolve("classes"));
    Files.createDirectories(work.resolve("generated"));
    return command;
  }

  /** Runs {@code command} to its end; returns its exit code and output. */
  public static Run run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    return new Run(process.waitFor(), output);
  }

  public record Run(int exitCode, String output) {}

  /** Godwit and what it needs at compile time: the processor, its libraries, the JPA annotations. */
  private static String classpath() {
    return Stream.of(GodwitProcessor.class, com.google.gson.Gson.class, com.palantir.javapoet.JavaFile.class,
            jakarta.persistence.Entity.class, javax.persistence.Entity.class, dev.godwit.Renamed.class)
        .map(ForkedJavac::location).distinct().collect(Collectors.joining(File.pathSeparator));
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
