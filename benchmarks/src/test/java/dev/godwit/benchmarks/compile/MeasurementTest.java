package dev.godwit.benchmarks.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MeasurementTest {
  private static final String TIME = """
      \tCommand being timed: "javac -d out @files.txt"
      \tUser time (seconds): 2.48
      \tSystem time (seconds): 0.31
      \tPercent of CPU this job got: 43%
      \tElapsed (wall clock) time (h:mm:ss or m:ss): 0:06.42
      \tMaximum resident set size (kbytes): 126332
      \tExit status: 0
      """;
  private static final String GC = """
      [0.003s][info][gc] Using G1
      [1.066s][info][gc] GC(0) Pause Young (Normal) (G1 Preventive Collection) 7M->5M(16M) 3.683ms
      [1.648s][info][gc] GC(2) Pause Remark 6M->6M(28M) 1.437ms
      [6.063s][info][gc] GC(9) Pause Young (Normal) (G1 Evacuation Pause) 23M->11M(56M) 12.449ms
      [7.359s][info][gc,heap,exit] Heap
      [7.359s][info][gc,heap,exit]  garbage-first heap   total 57344K, used 28379K [0x0000000687400000, 0x0000000800000000)
      [7.359s][info][gc,heap,exit]  Metaspace       used 10977K, committed 11136K, reserved 1114112K
      """;

  @Test
  void cpuIsUserPlusSystemAndPeakHeapIsTheLargestOccupancySeen() {
    Measurement m = Measurement.parse(6.5, TIME, GC);
    assertThat(m.wallSeconds()).isEqualTo(6.5);
    assertThat(m.cpuSeconds()).isCloseTo(2.79, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(m.peakRssMb()).isCloseTo(123.37, org.assertj.core.data.Offset.offset(0.01));
    assertThat(m.peakHeapMb()).isCloseTo(27.71, org.assertj.core.data.Offset.offset(0.01)); // at exit, above 23M
    assertThat(Measurement.parse(1, TIME, GC.replace("used 28379K", "used 1024K")).peakHeapMb()).isEqualTo(23);
  }

  @Test
  void aReportWithoutItsFiguresIsAnError() {
    assertThatThrownBy(() -> Measurement.parse(1, "Command terminated by signal 9", GC))
        .hasMessageContaining("User time");
    assertThatThrownBy(() -> Measurement.parse(1, TIME, "[0.003s][info][gc] Using G1"))
        .hasMessageContaining("no heap summary at exit");
  }
}
