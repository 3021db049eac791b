package dev.godwit.fuzz;

/** Why an evolution failed: the step ({@code compile B}, {@code schema after V2} ...), where, and the details. */
record Failure(String step, String engine, String details) {

  /** The same kind of failure, for shrinking: same step on the same engine. */
  boolean sameKind(Failure other) {
    return other != null && step.equals(other.step) && engine.equals(other.engine);
  }

  static final class Exception extends RuntimeException {
    private final transient Failure failure;

    Exception(String step, String engine, String details) {
      super(step + " [" + engine + "]: " + details);
      this.failure = new Failure(step, engine, details);
    }

    Failure failure() {
      return failure;
    }
  }
}
