package dev.godwit.benchmarks.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {
  private static final String REPORT = """
      -\tjavac\t1\t0
      main\tjavac\t580\t31
      -\tGC Thread#0\t20\t7
      -\tG1 Refine#0\t3\t1
      -\tVM Thread\t2\t0
      -\tC2 CompilerThre\t640\t12
      -\tC1 CompilerThre\t230\t9
      -\tC2 CompilerThre\t101\t3
      """;

  @Test
  void sortsTheThreadsByWhatTheyDo() {
    ThreadCpu cpu = ThreadCpu.parse(REPORT);
    assertThat(cpu.mainSeconds()).isCloseTo(6.11, Offset.offset(1e-9));
    assertThat(cpu.jitSeconds()).isCloseTo(9.95, Offset.offset(1e-9));
    assertThat(cpu.gcSeconds()).isCloseTo(0.31, Offset.offset(1e-9));
    assertThat(cpu.otherSeconds()).isCloseTo(0.03, Offset.offset(1e-9));
  }

  @Test
  void aReportWithoutTheMainThreadOrWithAGarbledLineIsAnError() {
    assertThatThrownBy(() -> ThreadCpu.parse(REPORT.replace("main\t", "-\t"))).hasMessageContaining("no main thread");
    assertThatThrownBy(() -> ThreadCpu.parse(REPORT + "garbled\n")).hasMessageContaining("not a thread CPU line");
  }
}
