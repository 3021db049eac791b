package dev.godwit.lockbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The results as the Markdown page {@code docs/safety-locks.md}. */
final class Report {
  private Report() {}

  /** The 1-minute load average, which tells how busy the (shared) machine was; empty where unknown. */
  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }

  static String markdown(List<LockBenchmark.Result> results, String serverVersion, String loadBefore) {
    StringBuilder md = new StringBuilder();
    md.append("# Writer stalls during migrations: Godwit's safe forms against plain DDL\n\n")
        .append("Measured ").append(LocalDate.now(ZoneOffset.UTC)).append(" on ").append(machine())
        .append(", embedded PostgreSQL ").append(serverVersion).append(" (fsync off); 1-minute load average ")
        .append(loadBefore).append(" at the start, ").append(loadAverage()).append(" at the end.\n\n")
        .append("Each run copies a table of the given size, starts ").append(LockBenchmark.WRITERS)
        .append(" writers that update random rows (autocommit) as fast as they can, and runs the change. A *stall* is\n")
        .append("the longest single update while the change runs. *Noise* is the longest update without any migration\n")
        .append("over as long as Godwit's run took (at least ").append(LockBenchmark.READER_MILLIS / 1000)
        .append(" s): on a loaded machine the longest update grows with the time watched.\n")
        .append("Plain DDL is what Hibernate would run, in one transaction as Flyway runs a script by default;\n")
        .append("Godwit is the safe form it writes (`lock_timeout` ").append(Integer.getInteger("lockbench.lockTimeout", 100))
        .append(" ms with retries that wait for a long lock holder outside the lock queue, concurrent index builds,\n")
        .append("`NOT VALID` then `VALIDATE`, backfills in ~20 ms batches, each step committed on its own).\n")
        .append("*Load* is the 1-minute load average when the row was written (the machine is shared).\n")
        .append("In the *reader* rows a transaction that read the table stays open for ")
        .append(LockBenchmark.READER_MILLIS / 1000).append(" s, starting just before the change.\n\n")
        .append("Regenerate with the commands in the README (section \"Lock benchmark\"). The machine is shared, so\n")
        .append("single runs vary by tens of milliseconds; read the orders of magnitude.\n\n")
        .append("| change | rows | load | noise ms | plain: stall ms | plain: run ms | Godwit: stall ms | Godwit: run ms |"
            + " Godwit stall beyond noise ms |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    results.forEach(r -> md.append(r.row()).append('\n'));
    return md.toString();
  }

  private static String machine() {
    String cpu = "unknown CPU";
    String memory = "";
    try {
      cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(cpu);
      memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
          .map(l -> ", " + Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024 / 1024 + " GiB RAM").findFirst().orElse("");
    } catch (IOException | RuntimeException e) {
      // not Linux: the JVM's view below is enough
    }
    return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + ")" + memory + ", "
        + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version");
  }
}
