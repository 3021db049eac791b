package dev.godwit.processor.safety;

import static dev.godwit.processor.model.Identifiers.bare;

import java.util.List;
import java.util.Objects;

/**
 * One entry of {@code @AllowDestructive}: what it names ({@code "customer"},
 * {@code "customer.email"} or {@code "customer.uk_customer_email"}, by database name), the finding
 * codes it is limited to (empty: whichever single finding is on what it names) and the reason.
 */
public record Acknowledgement(String target, List<String> codes, String reason) {

  public Acknowledgement {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(reason, "reason");
    codes = List.copyOf(codes);
  }

  public Acknowledgement(String target, String reason) {
    this(target, List.of(), reason);
  }

  /** Whether this entry names exactly what the finding names, and its code if it lists codes. */
  public boolean covers(Finding finding) {
    return names(finding) && (codes.isEmpty() || codes.stream().anyMatch(c -> c.equalsIgnoreCase(finding.code().id())));
  }

  /** Whether this entry names what the finding names, whatever its code. */
  boolean names(Finding finding) {
    return bareTarget(target).equalsIgnoreCase(bareTarget(finding.target()));
  }

  private static String bareTarget(String dotted) {
    int dot = dotted.indexOf('.');
    return dot < 0 ? bare(dotted.trim()) : bare(dotted.substring(0, dot).trim()) + "." + bare(dotted.substring(dot + 1).trim());
  }
}
