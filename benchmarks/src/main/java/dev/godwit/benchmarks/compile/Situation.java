package dev.godwit.benchmarks.compile;

/** The state of the project when it is compiled. */
enum Situation {
  /** No snapshot yet: Godwit writes V1 for the whole model. */
  FIRST("first generation"),
  /** The snapshot matches the entities: Godwit writes nothing. */
  NO_CHANGE("no change"),
  /** One field's length changed since the snapshot: Godwit writes V2 with one change. */
  EDIT("one-field edit");

  final String label;

  Situation(String label) {
    this.label = label;
  }
}
