package dev.godwit.benchmarks.compile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The compile benchmark's results as Markdown: medians over the repetitions per size, situation
 * and tool, and ratios taken within each repetition (the tools of one repetition ran back to
 * back, so their ratio holds when the machine's load drifts) and then their median.
 */
final class ResultsTable {
  private final List<Sample> samples;

  ResultsTable(List<Sample> samples) {
    this.samples = List.copyOf(samples);
  }

  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("| N | situation | tool | wall s | CPU s | peak RSS MB | peak heap MB | wall ÷ javac | wall ÷ floor "
        + "| CPU ÷ floor | RSS ÷ javac |\n");
    md.append("|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (int n : samples.stream().mapToInt(Sample::entities).distinct().sorted().toArray()) {
      for (Situation situation : Situation.values()) {
        for (Tool tool : Tool.values()) {
          List<Measurement> runs = runs(n, situation, tool);
          if (runs.isEmpty()) {
            continue;
          }
          md.append(String.format(Locale.ROOT, "| %,d | %s | %s | %.2f | %.2f | %.0f | %.0f | %s | %s | %s | %s |%n",
              n, situation.label, tool.label, median(runs, Measurement::wallSeconds),
              median(runs, Measurement::cpuSeconds), median(runs, Measurement::peakRssMb),
              median(runs, Measurement::peakHeapMb),
              ratio(n, situation, tool, Tool.JAVAC, Measurement::wallSeconds),
              ratio(n, situation, tool, Tool.FLOOR, Measurement::wallSeconds),
              ratio(n, situation, tool, Tool.FLOOR, Measurement::cpuSeconds),
              ratio(n, situation, tool, Tool.JAVAC, Measurement::peakRssMb)));
        }
      }
    }
    return md.toString() + threadTable();
  }

  /**
   * The CPU time by thread, when measured: medians, and the main thread's time against the
   * floor's main thread in the same repetition. Empty when no compile was measured by thread.
   */
  private String threadTable() {
    if (samples.stream().noneMatch(s -> s.measurement().threads().isPresent())) {
      return "";
    }
    StringBuilder md = new StringBuilder("\nCPU time by thread (medians; main = javac's thread, which runs the "
        + "processors; JIT = the compiler threads; GC = the collector's threads):\n\n");
    md.append("| N | situation | tool | main s | JIT s | GC s | other s | main ÷ floor's main |\n");
    md.append("|---:|---|---|---:|---:|---:|---:|---:|\n");
    for (int n : samples.stream().mapToInt(Sample::entities).distinct().sorted().toArray()) {
      for (Situation situation : Situation.values()) {
        for (Tool tool : Tool.values()) {
          List<ThreadCpu> runs = runs(n, situation, tool).stream().flatMap(m -> m.threads().stream()).toList();
          if (runs.isEmpty()) {
            continue;
          }
          md.append(String.format(Locale.ROOT, "| %,d | %s | %s | %.2f | %.2f | %.2f | %.2f | %s |%n", n,
              situation.label, tool.label, median(runs.stream().mapToDouble(ThreadCpu::mainSeconds).toArray()),
              median(runs.stream().mapToDouble(ThreadCpu::jitSeconds).toArray()),
              median(runs.stream().mapToDouble(ThreadCpu::gcSeconds).toArray()),
              median(runs.stream().mapToDouble(ThreadCpu::otherSeconds).toArray()),
              ratio(n, situation, tool, Tool.FLOOR, m -> m.threads().map(ThreadCpu::mainSeconds).orElse(Double.NaN))));
        }
      }
    }
    return md.toString();
  }

  /** Godwit against the targets, for the sizes measured. */
  String targets() {
    StringBuilder md = new StringBuilder();
    for (int n : samples.stream().mapToInt(Sample::entities).distinct().sorted().toArray()) {
      line(md, n, Situation.NO_CHANGE, "no-change wall ÷ floor", Tool.FLOOR, Measurement::wallSeconds, 1.05);
      line(md, n, Situation.NO_CHANGE, "no-change CPU ÷ floor", Tool.FLOOR, Measurement::cpuSeconds, 1.05);
      line(md, n, Situation.EDIT, "one-field edit wall ÷ floor", Tool.FLOOR, Measurement::wallSeconds, 1.10);
      line(md, n, Situation.EDIT, "one-field edit CPU ÷ floor", Tool.FLOOR, Measurement::cpuSeconds, 1.10);
      for (Situation situation : Situation.values()) {
        line(md, n, situation, situation.label + " peak RSS ÷ javac", Tool.JAVAC, Measurement::peakRssMb, 1.10);
      }
      Optional<Double> godwit = perRepRatio(n, Situation.FIRST, Tool.GODWIT, Tool.JAVAC, Measurement::wallSeconds);
      Optional<Double> metamodel = perRepRatio(n, Situation.FIRST, Tool.METAMODEL, Tool.JAVAC, Measurement::wallSeconds);
      if (godwit.isPresent() && metamodel.isPresent()) {
        // "well below": at most three quarters of the metamodel generator's time above javac's
        boolean wellBelow = godwit.get() - 1 <= 0.75 * (metamodel.get() - 1);
        md.append(String.format(Locale.ROOT, "- N = %,d, first generation wall ÷ javac: Godwit %.2f, "
            + "hibernate-jpamodelgen %.2f (target: well below, at most 3/4 of its overhead): %s%n", n, godwit.get(),
            metamodel.get(), wellBelow ? "met" : godwit.get() < metamodel.get() ? "below, not well below: **missed**"
                : "**missed**"));
      }
    }
    return md.toString();
  }

  private void line(StringBuilder md, int n, Situation situation, String what, Tool base,
      ToDoubleFunction<Measurement> metric, double limit) {
    perRepRatio(n, situation, Tool.GODWIT, base, metric).ifPresent(ratio -> md.append(String.format(Locale.ROOT,
        "- N = %,d, Godwit %s: %.3f (target ≤ %.2f): %s%n", n, what, ratio, limit,
        ratio <= limit ? "met" : "**missed**")));
  }

  private String ratio(int n, Situation situation, Tool tool, Tool base, ToDoubleFunction<Measurement> metric) {
    return perRepRatio(n, situation, tool, base, metric).map(r -> String.format(Locale.ROOT, "%.2f", r)).orElse("");
  }

  private Optional<Double> perRepRatio(int n, Situation situation, Tool tool, Tool base,
      ToDoubleFunction<Measurement> metric) {
    List<Double> ratios = new ArrayList<>();
    for (Sample sample : samples) {
      if (sample.entities() == n && sample.situation() == situation && sample.tool() == tool) {
        samples.stream()
            .filter(s -> s.entities() == n && s.situation() == situation && s.rep() == sample.rep() && s.tool() == base)
            .findFirst()
            .ifPresent(b -> ratios.add(metric.applyAsDouble(sample.measurement()) / metric.applyAsDouble(b.measurement())));
      }
    }
    return ratios.isEmpty() ? Optional.empty() : Optional.of(median(ratios.stream().mapToDouble(d -> d).toArray()));
  }

  private List<Measurement> runs(int n, Situation situation, Tool tool) {
    return samples.stream().filter(s -> s.entities() == n && s.situation() == situation && s.tool() == tool)
        .map(Sample::measurement).toList();
  }

  private static double median(List<Measurement> runs, ToDoubleFunction<Measurement> metric) {
    return median(runs.stream().mapToDouble(metric).toArray());
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
