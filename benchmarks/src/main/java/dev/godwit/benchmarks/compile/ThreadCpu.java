package dev.godwit.benchmarks.compile;

/**
 * Where a compile's CPU time went, from {@link ThreadCpuAgent}'s report: javac's main thread (the
 * compiler and every annotation processor), the JIT compiler threads, the garbage collector's
 * threads, and the rest. The JIT's share varies by a second from one run of the same compile to the
 * next, so the main thread's time compares tools with far less noise than the process's.
 */
record ThreadCpu(double mainSeconds, double jitSeconds, double gcSeconds, double otherSeconds) {
  /** Linux's {@code USER_HZ}, the unit of {@code /proc/<pid>/task/<tid>/stat}'s times ({@code getconf CLK_TCK}). */
  private static final double TICKS_PER_SECOND = 100;

  static ThreadCpu parse(String report) {
    double main = 0;
    double jit = 0;
    double gc = 0;
    double other = 0;
    boolean sawMain = false;
    for (String line : report.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.split("\t");
      if (fields.length != 4) {
        throw new IllegalArgumentException("not a thread CPU line: '" + line + "'");
      }
      double seconds = (Long.parseLong(fields[2]) + Long.parseLong(fields[3])) / TICKS_PER_SECOND;
      String name = fields[1];
      if (fields[0].equals("main")) {
        main += seconds;
        sawMain = true;
      } else if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
        jit += seconds;
      } else if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
        gc += seconds;
      } else {
        other += seconds;
      }
    }
    if (!sawMain) {
      throw new IllegalArgumentException("the thread CPU report names no main thread:\n" + report);
    }
    return new ThreadCpu(main, jit, gc, other);
  }
}
