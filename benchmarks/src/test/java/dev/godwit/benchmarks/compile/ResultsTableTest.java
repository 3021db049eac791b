package dev.godwit.benchmarks.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsTableTest {

  @Test
  void ratiosAreTakenWithinEachRepetitionThenTheirMedian() {
    List<Sample> samples = new ArrayList<>();
    // the machine slows down between repetitions; within each, Godwit costs 4 % over the floor
    double[] load = {1.0, 3.0, 1.5};
    for (int rep = 0; rep < load.length; rep++) {
      samples.add(sample(rep, Tool.JAVAC, 8 * load[rep], 100));
      samples.add(sample(rep, Tool.FLOOR, 10 * load[rep], 120));
      samples.add(sample(rep, Tool.GODWIT, 10.4 * load[rep], 125));
      samples.add(sample(rep, Tool.METAMODEL, 20 * load[rep], 250));
    }
    ResultsTable table = new ResultsTable(samples);

    assertThat(table.markdown())
        .contains("| 1,000 | no change | Godwit | 15.60 | 7.80 | 125 | 63 | 1.30 | 1.04 | 1.04 | 1.25 |")
        .contains("| 1,000 | no change | hibernate-jpamodelgen | 30.00 | 15.00 | 250 | 125 | 2.50 | 2.00 | 2.00 | 2.50 |");
    assertThat(table.targets())
        .contains("- N = 1,000, Godwit no-change wall ÷ floor: 1.040 (target ≤ 1.05): met")
        .contains("- N = 1,000, Godwit no change peak RSS ÷ javac: 1.250 (target ≤ 1.10): **missed**");
  }

  @Test
  void cpuByThreadIsTabledWhenMeasuredWithTheMainThreadAgainstTheFloors() {
    List<Sample> samples = new ArrayList<>();
    double[] jit = {3.0, 6.0, 4.0};
    for (int rep = 0; rep < jit.length; rep++) {
      samples.add(threads(rep, Tool.FLOOR, new ThreadCpu(5.0, jit[rep], 0.5, 0.1)));
      samples.add(threads(rep, Tool.GODWIT, new ThreadCpu(5.2, jit[rep] + 1, 0.6, 0.1)));
    }
    assertThat(new ResultsTable(samples).markdown())
        .contains("| N | situation | tool | main s | JIT s | GC s | other s | main ÷ floor's main |")
        .contains("| 1,000 | no change | Godwit | 5.20 | 5.00 | 0.60 | 0.10 | 1.04 |");
    List<Sample> without = List.of(sample(0, Tool.FLOOR, 10, 100), sample(0, Tool.GODWIT, 11, 100));
    assertThat(new ResultsTable(without).markdown()).doesNotContain("main s");
  }

  @Test
  void wellBelowTheMetamodelGeneratorMeansAtMostThreeQuartersOfItsOverhead() {
    assertThat(firstGeneration(1.3, 1.6).targets()).contains("Godwit 1.30, hibernate-jpamodelgen 1.60")
        .contains("at most 3/4 of its overhead): met");
    assertThat(firstGeneration(1.5, 1.6).targets()).contains("below, not well below: **missed**");
    assertThat(firstGeneration(1.7, 1.6).targets()).contains("of its overhead): **missed**");
  }

  private static ResultsTable firstGeneration(double godwit, double metamodel) {
    return new ResultsTable(List.of(
        new Sample(100, Situation.FIRST, 0, Tool.JAVAC, new Measurement(2, 3, 100, 50)),
        new Sample(100, Situation.FIRST, 0, Tool.GODWIT, new Measurement(2 * godwit, 3, 100, 50)),
        new Sample(100, Situation.FIRST, 0, Tool.METAMODEL, new Measurement(2 * metamodel, 3, 100, 50))));
  }

  private static Sample threads(int rep, Tool tool, ThreadCpu cpu) {
    return new Sample(1000, Situation.NO_CHANGE, rep, tool, new Measurement(10, 10, 100, 50).withThreads(cpu));
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertThat(ResultsTable.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
    assertThat(ResultsTable.median(new double[] {5, 1, 3})).isEqualTo(3);
  }

  private static Sample sample(int rep, Tool tool, double wall, double rss) {
    return new Sample(1000, Situation.NO_CHANGE, rep, tool, new Measurement(wall, wall / 2, rss, rss / 2));
  }
}
