package dev.godwit.benchmarks.compile;

import dev.godwit.benchmarks.model.Feature;
import dev.godwit.benchmarks.model.ModelGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The compile benchmark: compiles a synthetic model with plain javac, the do-nothing processor,
 * Godwit and Hibernate's metamodel generator, in rotating order within each repetition, for each
 * size and situation, and writes the results table into a Markdown file. Run it with
 * {@code bench/compile-bench.sh}; {@code --help} lists the options.
 */
public final class CompileBench {
  /** Seconds one compile of N entities takes on the reference machine, tool average, to estimate the run. */
  private static final double SECONDS_FIXED = 2.0;
  private static final double SECONDS_PER_ENTITY = 0.006;

  private final Map<String, String> options;
  private final List<Sample> samples = new ArrayList<>();

  private CompileBench(Map<String, String> options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    String[] defaults = {"sizes", "100,1000,5000", "reps", "5", "work", "benchmarks/target/compile-bench",
        "doc", "docs/benchmarks.md", "section", "latest", "features", "auto", "note", "",
        "model-classpath", "", "processor-path", "", "tools", "javac,floor,godwit,metamodel", "threads", "no"};
    for (int i = 0; i < defaults.length; i += 2) {
      options.put(defaults[i], defaults[i + 1]);
    }
    for (int i = 0; i < args.length; i++) {
      String key = args[i].replaceFirst("^--", "");
      if (key.equals("help") || !options.containsKey(key) || i + 1 >= args.length) {
        System.out.println("options (default): " + options);
        System.exit(key.equals("help") ? 0 : 2);
      }
      options.put(key, args[++i]);
    }
    new CompileBench(options).run();
  }

  private void run() throws IOException, InterruptedException {
    int[] sizes = Arrays.stream(options.get("sizes").split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray();
    int reps = Integer.parseInt(options.get("reps"));
    Path work = Path.of(options.get("work")).toAbsolutePath();
    Compiler compiler = new Compiler(options.get("model-classpath"), options.get("processor-path"),
        options.get("threads").equals("yes"));
    long started = System.nanoTime();
    String loadBefore = load();
    Set<Feature> features = options.get("features").equals("auto")
        ? FeatureProbe.supported(work.resolve("probe"), options.get("model-classpath"), options.get("processor-path"))
        : Feature.parse(options.get("features"));
    System.out.printf(Locale.ROOT, "features: %s%n", features);
    List<Tool> tools = Arrays.stream(options.get("tools").split(","))
        .map(t -> Tool.valueOf(t.trim().toUpperCase(Locale.ROOT))).distinct().toList();
    int perSize = tools.size() * (1 + Situation.values().length * reps);
    System.out.printf(Locale.ROOT, "%d compiles; estimated total time about %d min (on an idle 2-core machine)%n",
        perSize * sizes.length, Math.round(estimate(sizes, 0, perSize, 1) / 60));
    for (int i = 0; i < sizes.length; i++) {
      int n = sizes[i];
      ModelGenerator model = new ModelGenerator(n, ModelGenerator.DEFAULT_SEED, features);
      Workspace workspace = new Workspace(work.resolve("n" + n), model);
      workspace.generate();
      long warmUpStart = System.nanoTime();
      warmUp(compiler, workspace, tools);
      double perCompile = (System.nanoTime() - warmUpStart) / 1e9 / tools.size();
      double speed = perCompile / seconds(n);
      System.out.printf(Locale.ROOT, "N=%d: %.1f s per compile here; about %d min to go%n", n, perCompile,
          Math.round(estimate(sizes, i, perSize, speed) / 60 - perCompile * tools.size() / 60));
      for (Situation situation : Situation.values()) {
        for (int rep = 0; rep < reps; rep++) {
          for (int t = 0; t < tools.size(); t++) {
            Tool tool = tools.get((t + rep) % tools.size());
            workspace.prepare(situation);
            Measurement measurement = compiler.compile(tool, workspace, situation == Situation.EDIT);
            if (tool == Tool.GODWIT) {
              verify(workspace, situation);
            }
            samples.add(new Sample(n, situation, rep, tool, measurement));
          }
        }
        System.out.printf(Locale.ROOT, "N=%d %s done after %s%n", n, situation.label, elapsed(started));
      }
      // written after every size, so a run stopped early keeps what it measured
      String done = i + 1 < sizes.length ? " (sizes done so far)" : "";
      String section = header(features, reps, loadBefore, load(), elapsed(started) + done, sizes[0]) + "\n"
          + new ResultsTable(samples).markdown() + "\n" + new ResultsTable(samples).targets();
      DocSection.write(Path.of(options.get("doc")), options.get("section"), section);
      System.out.println(section);
      System.out.println("wrote section '" + options.get("section") + "' of " + options.get("doc") + " after " + elapsed(started));
    }
  }

  /** Seconds for the sizes from index {@code from} on, at {@code speed} times the reference machine's. */
  private static double estimate(int[] sizes, int from, int perSize, double speed) {
    return Arrays.stream(sizes, from, sizes.length).mapToDouble(n -> perSize * seconds(n) * speed).sum();
  }

  private static double seconds(int entities) {
    return SECONDS_FIXED + SECONDS_PER_ENTITY * entities;
  }

  /** One unmeasured first-generation compile per tool; Godwit's is kept as the starting state of the others. */
  private static void warmUp(Compiler compiler, Workspace workspace, List<Tool> tools)
      throws IOException, InterruptedException {
    if (!tools.contains(Tool.GODWIT)) {
      throw new IllegalArgumentException("--tools must include godwit: its first generation is every situation's start");
    }
    for (Tool tool : tools) {
      workspace.prepare(Situation.FIRST);
      compiler.compile(tool, workspace, false);
      if (tool == Tool.GODWIT) {
        verify(workspace, Situation.FIRST);
        workspace.keepFirstGeneration();
      }
    }
  }

  /** Godwit must have done what the situation asks, or the timing means nothing. */
  private static void verify(Workspace workspace, Situation situation) throws IOException {
    String state = workspace.projectState();
    boolean ok = switch (situation) {
      case FIRST -> state.contains("V1__") && state.contains("snapshot.json") && !state.contains("V2__");
      case NO_CHANGE -> state.equals(workspace.firstGenerationState());
      case EDIT -> state.contains("V2__") && !state.contains("V3__");
    };
    if (!ok) {
      throw new IllegalStateException("Godwit did not do what '" + situation.label + "' expects; the project holds:\n" + state);
    }
  }

  private String header(Set<Feature> features, int reps, String loadBefore, String loadAfter, String took, int first)
      throws IOException {
    String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
    String note = options.get("note").isBlank() ? "" : "\n- Conditions: " + options.get("note");
    return "Run of " + date + " (" + took + "), " + reps + (reps == 1 ? " repetition" : " repetitions") + " per size, situation and tool.\n\n"
        + "- Machine: " + cpu() + ", " + Runtime.getRuntime().availableProcessors() + " cores, " + memory()
        + ", " + System.getProperty("os.name") + " " + System.getProperty("os.version") + "; "
        + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + "\n"
        + "- Load average (1, 5, 15 min) before: " + loadBefore + "; after: " + loadAfter + note + "\n"
        + "- Model features: " + features.stream().map(Enum::name).sorted().collect(Collectors.joining(", "))
        + "; edit: " + new ModelGenerator(first, ModelGenerator.DEFAULT_SEED, features).editDescription() + " (at N = "
        + first + ")\n";
  }

  private static String cpu() throws IOException {
    return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
        .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
  }

  private static String memory() throws IOException {
    long kb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
        .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(0);
    return Math.round(kb / 1024.0 / 1024.0) + " GiB RAM";
  }

  private static String load() throws IOException {
    String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
    return parts[0] + ", " + parts[1] + ", " + parts[2];
  }

  private static String elapsed(long started) {
    Duration duration = Duration.ofNanos(System.nanoTime() - started);
    return duration.toMinutes() + " min " + duration.toSecondsPart() + " s";
  }
}
