package dev.godwit.verify;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of a {@link GodwitVerification}: the migrations Flyway applied, the DDL Hibernate ran
 * for the reference schema, and every difference of the migrated schema from it, one line each
 * ({@code missing ...}, {@code unexpected ...}, or an object and the aspects that differ, as
 * "expected (Hibernate) but was (migrations)").
 */
public record VerificationReport(List<String> appliedMigrations, String hibernateDdl, List<String> differences) {

  public VerificationReport {
    appliedMigrations = List.copyOf(appliedMigrations);
    differences = List.copyOf(differences);
  }

  static VerificationReport failed(List<String> applied, String problem) {
    return new VerificationReport(applied, "", List.of(problem));
  }

  /** True when the migrated schema is Hibernate's and Hibernate validates it. */
  public boolean matches() {
    return differences.isEmpty();
  }

  /** This report when it matches; otherwise throws {@link SchemaMismatchError} with the differences. */
  public VerificationReport orThrow() {
    if (!matches()) {
      throw new SchemaMismatchError(this);
    }
    return this;
  }

  @Override
  public String toString() {
    String migrations = appliedMigrations.isEmpty() ? "" : " after " + String.join(", ", appliedMigrations);
    if (matches()) {
      return "the migrated schema" + migrations + " is the schema Hibernate creates";
    }
    return "the migrated schema" + migrations + " differs from the schema Hibernate creates"
        + " (expected: Hibernate's, was: the migrations'):\n  - " + String.join("\n  - ", differences);
  }

  /** The messages of an exception and its causes, without repeats. */
  static String messages(Throwable error) {
    List<String> messages = new ArrayList<>();
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null && !messages.contains(cause.getMessage())) {
        messages.add(cause.getMessage());
      }
    }
    return String.join(" <- ", messages);
  }
}
