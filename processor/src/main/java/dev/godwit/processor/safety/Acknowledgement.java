package dev.godwit.processor.safety;

import static dev.godwit.processor.model.Identifiers.bare;

import java.util.Objects;

/**
 * One entry of {@code @AllowDestructive}: a table ({@code "customer"}) or a column
 * ({@code "customer.email"}) by database name, and the reason given.
 */
public record Acknowledgement(String target, String reason) {

  public Acknowledgement {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(reason, "reason");
  }

  /** Whether this entry names exactly the table ({@code column == null}) or the column. */
  public boolean covers(String table, String column) {
    String name = column == null ? bare(table) : bare(table) + "." + bare(column);
    return target.equalsIgnoreCase(name);
  }
}
