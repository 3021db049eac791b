package dev.godwit.benchmarks.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one javac process under GNU {@code /usr/bin/time -v} with GC logging and measures it; with
 * {@code threads}, also with {@link ThreadCpuAgent}. The javac is the one of the JDK running the
 * benchmark.
 */
final class Compiler {
  private final String modelClasspath;
  private final String processorPath;
  private final boolean threads;

  Compiler(String modelClasspath, String processorPath, boolean threads) {
    this.modelClasspath = modelClasspath;
    this.processorPath = processorPath;
    this.threads = threads;
  }

  Measurement compile(Tool tool, Workspace workspace, boolean edited) throws IOException, InterruptedException {
    Path timeReport = workspace.log("time.txt");
    Path gcLog = workspace.log("gc.log");
    Path output = workspace.log("javac.txt");
    Path threadReport = workspace.log("threads.txt");
    Files.deleteIfExists(timeReport);
    Files.deleteIfExists(gcLog);
    Files.deleteIfExists(threadReport);
    List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-v", "-o", timeReport.toString(), javac(),
        "-J-Xlog:gc,gc+heap+exit:file=" + gcLog,
        "-d", workspace.classes().toString(), "-s", workspace.generatedSources().toString(),
        "-cp", modelClasspath, "-encoding", "UTF-8", "-nowarn"));
    if (threads) {
      command.add("-J-javaagent:" + agentJar() + "=" + threadReport);
    }
    command.addAll(tool.options(workspace, processorPath));
    command.add("@" + workspace.sources(edited));
    command.addAll(workspace.committedJavaSources());
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    int exit = process.waitFor();
    double wall = (System.nanoTime() - start) / 1e9;
    if (exit != 0) {
      throw new IllegalStateException(tool.label + " failed (exit " + exit + "): " + String.join(" ", command)
          + "\n" + tail(Files.readString(output, StandardCharsets.UTF_8)));
    }
    Measurement measurement = Measurement.parse(wall, Files.readString(timeReport, StandardCharsets.UTF_8),
        Files.readString(gcLog, StandardCharsets.UTF_8));
    if (!threads) {
      return measurement;
    }
    if (!Files.exists(threadReport)) {
      throw new IllegalStateException("the thread CPU agent wrote no report for " + tool.label + ": "
          + tail(Files.readString(output, StandardCharsets.UTF_8)));
    }
    return measurement.withThreads(ThreadCpu.parse(Files.readString(threadReport, StandardCharsets.UTF_8)));
  }

  /** The benchmarks jar, whose manifest names {@link ThreadCpuAgent} as its agent. */
  private static String agentJar() {
    try {
      Path jar = Path.of(ThreadCpuAgent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!jar.toString().endsWith(".jar")) {
        throw new IllegalStateException("--threads needs the packaged benchmarks jar, not " + jar);
      }
      return jar.toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String javac() {
    return Path.of(System.getProperty("java.home"), "bin", "javac").toString();
  }

  private static String tail(String text) {
    return text.length() <= 4000 ? text : "..." + text.substring(text.length() - 4000);
  }
}
