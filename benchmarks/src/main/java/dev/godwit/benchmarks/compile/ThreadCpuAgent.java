package dev.godwit.benchmarks.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A Java agent for the measured javac ({@code compile-bench.sh --threads yes}): when the JVM exits it
 * writes the CPU time of each of its threads, from {@code /proc/self/task}, to the file named by its
 * argument, one line per thread: {@code main} or {@code -}, the thread's name, user and system
 * clock ticks. {@code premain} runs on the main thread, which is how that thread is known.
 */
public final class ThreadCpuAgent {
  private ThreadCpuAgent() {}

  public static void premain(String file) throws IOException {
    String main = Path.of("/proc/thread-self").toRealPath().getFileName().toString();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> write(Path.of(file), main), "godwit-thread-cpu"));
  }

  private static void write(Path file, String mainTask) {
    StringBuilder out = new StringBuilder();
    try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
      for (Path task : tasks.sorted().toList()) {
        String stat;
        String name;
        try {
          stat = Files.readString(task.resolve("stat"), StandardCharsets.UTF_8);
          name = Files.readString(task.resolve("comm"), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
          continue; // the thread ended meanwhile
        }
        // after the name in parentheses: state (field 3), ... utime (14), stime (15)
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        out.append(task.getFileName().toString().equals(mainTask) ? "main" : "-").append('\t').append(name)
            .append('\t').append(fields[11]).append('\t').append(fields[12]).append('\n');
      }
      Files.writeString(file, out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
