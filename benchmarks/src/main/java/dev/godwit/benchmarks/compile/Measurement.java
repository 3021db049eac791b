package dev.godwit.benchmarks.compile;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one compile cost: wall time, CPU time (user + system of the javac process), peak resident
 * memory of the process, the peak Java heap in use (the largest heap occupancy the GC log shows:
 * before any collection, or at exit), and, when measured, the CPU time by thread.
 */
record Measurement(double wallSeconds, double cpuSeconds, double peakRssMb, double peakHeapMb,
    Optional<ThreadCpu> threads) {
  Measurement(double wallSeconds, double cpuSeconds, double peakRssMb, double peakHeapMb) {
    this(wallSeconds, cpuSeconds, peakRssMb, peakHeapMb, Optional.empty());
  }

  private static final Pattern USER = Pattern.compile("User time \\(seconds\\): ([0-9.]+)");
  private static final Pattern SYSTEM = Pattern.compile("System time \\(seconds\\): ([0-9.]+)");
  private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): ([0-9]+)");
  private static final Pattern BEFORE_GC = Pattern.compile("\\) ([0-9]+)([KMG])->[0-9]+[KMG]\\([0-9]+[KMG]\\)");
  private static final Pattern AT_EXIT = Pattern.compile("heap +total [0-9]+K, used ([0-9]+)K");

  /**
   * Reads the CPU time and peak RSS from the report of GNU {@code /usr/bin/time -v} and the peak
   * heap from a {@code -Xlog:gc,gc+heap+exit} log.
   */
  static Measurement parse(double wallSeconds, String timeReport, String gcLog) {
    double cpu = number(USER, timeReport) + number(SYSTEM, timeReport);
    double rssMb = number(RSS, timeReport) / 1024;
    double heapMb = 0;
    Matcher before = BEFORE_GC.matcher(gcLog);
    while (before.find()) {
      heapMb = Math.max(heapMb, megabytes(Long.parseLong(before.group(1)), before.group(2)));
    }
    Matcher exit = AT_EXIT.matcher(gcLog);
    if (!exit.find()) {
      throw new IllegalArgumentException("the GC log has no heap summary at exit:\n" + gcLog);
    }
    heapMb = Math.max(heapMb, Long.parseLong(exit.group(1)) / 1024.0);
    return new Measurement(wallSeconds, cpu, rssMb, heapMb);
  }

  Measurement withThreads(ThreadCpu threadCpu) {
    return new Measurement(wallSeconds, cpuSeconds, peakRssMb, peakHeapMb, Optional.of(threadCpu));
  }

  private static double number(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find()) {
      throw new IllegalArgumentException("no '" + pattern + "' in the report of /usr/bin/time -v:\n" + text);
    }
    return Double.parseDouble(matcher.group(1));
  }

  private static double megabytes(long amount, String unit) {
    return switch (unit) {
      case "K" -> amount / 1024.0;
      case "M" -> amount;
      default -> amount * 1024.0;
    };
  }
}
