package dev.godwit.benchmarks.compile;

import java.util.List;

/** A way of compiling the model: plain javac or javac running one annotation processor. */
enum Tool {
  JAVAC("javac -proc:none", null),
  FLOOR("do-nothing processor", "dev.godwit.benchmarks.floor.WalkingProcessor"),
  GODWIT("Godwit", "dev.godwit.processor.GodwitProcessor"),
  METAMODEL("hibernate-jpamodelgen", "org.hibernate.processor.HibernateProcessor");

  final String label;
  private final String processor;

  Tool(String label, String processor) {
    this.label = label;
    this.processor = processor;
  }

  /**
   * The processor options. Every processor gets the same processor path and is named explicitly,
   * so javac runs exactly that one and does no service lookup.
   */
  List<String> options(Workspace workspace, String processorPath) {
    if (processor == null) {
      return List.of("-proc:none");
    }
    List<String> common = List.of("-processorpath", processorPath, "-processor", processor);
    if (this != GODWIT) {
      return common;
    }
    return concat(common, List.of(
        "-Agodwit.snapshot=" + workspace.snapshot(),
        "-Agodwit.output=" + workspace.migrations(),
        "-Agodwit.naming=snake_case"));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
