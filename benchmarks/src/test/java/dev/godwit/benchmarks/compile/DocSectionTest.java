package dev.godwit.benchmarks.compile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocSectionTest {

  @Test
  void aSectionIsAppendedOnceAndThenReplacedInPlace() {
    String doc = "# Benchmarks\n\nIntro.\n";
    String first = DocSection.replace(doc, "latest", "table 1");
    assertThat(first).isEqualTo("# Benchmarks\n\nIntro.\n\n<!-- compile-bench:latest:start -->\ntable 1\n"
        + "<!-- compile-bench:latest:end -->\n");
    String edited = first + "\nText after.\n";
    assertThat(DocSection.replace(edited, "latest", "table 2\n"))
        .isEqualTo(edited.replace("table 1", "table 2"));
    assertThat(DocSection.replace(edited, "before", "old")).startsWith(edited).contains("compile-bench:before:start");
  }
}
