package dev.godwit.verify;

/**
 * Thrown by {@link GodwitVerification#assertMatches}: an {@link AssertionError}, so test frameworks
 * report it as a failed assertion, with every difference in its message.
 */
public final class SchemaMismatchError extends AssertionError {
  private static final long serialVersionUID = 1L;

  private final transient VerificationReport report;

  SchemaMismatchError(VerificationReport report) {
    super(report.toString());
    this.report = report;
  }

  /** The report, for assertions on single differences. */
  public VerificationReport report() {
    return report;
  }
}
