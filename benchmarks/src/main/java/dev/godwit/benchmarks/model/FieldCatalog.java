package dev.godwit.benchmarks.model;

import dev.godwit.benchmarks.model.ModelPlan.BasicField;
import java.util.List;

/** Attribute names with the types and facets a real application gives them. */
final class FieldCatalog {
  /** Every entity starts with one of these, so each has a string column with a length to edit. */
  static final List<BasicField> LEADING = List.of(
      string("name", 100, false), string("title", 200, false), string("label", 80, false));

  static final List<BasicField> OTHERS = List.of(
      string("code", 32, true), string("description", 1000, true), string("notes", 2000, true),
      string("email", 255, true), string("phone", 40, true), string("reference", 64, true),
      string("city", 120, true), string("currency", 3, false),
      new BasicField("externalId", "UUID", 0, 0, 0, true, false, ""),
      new BasicField("amount", "BigDecimal", 0, 19, 2, false, false, ""),
      new BasicField("price", "BigDecimal", 0, 12, 2, true, false, ""),
      new BasicField("weight", "BigDecimal", 0, 10, 3, true, false, ""),
      new BasicField("quantity", "int", 0, 0, 0, false, false, ""),
      new BasicField("rating", "Integer", 0, 0, 0, true, false, ""),
      new BasicField("score", "Long", 0, 0, 0, true, false, ""),
      new BasicField("sortOrder", "int", 0, 0, 0, false, false, ""),
      new BasicField("active", "boolean", 0, 0, 0, false, false, ""),
      new BasicField("archived", "Boolean", 0, 0, 0, true, false, ""),
      new BasicField("ratio", "Double", 0, 0, 0, true, false, ""),
      new BasicField("startDate", "LocalDate", 0, 0, 0, true, false, ""),
      new BasicField("endDate", "LocalDate", 0, 0, 0, true, false, ""),
      new BasicField("dueDate", "LocalDate", 0, 0, 0, true, false, ""),
      new BasicField("scheduledAt", "LocalDateTime", 0, 0, 0, true, false, ""),
      new BasicField("lastSeen", "Instant", 0, 0, 0, true, false, ""),
      new BasicField("openedAt", "Instant", 0, 0, 0, false, false, ""));

  /** Enum attributes; their types live in the model's common package. */
  static final List<BasicField> ENUMS = List.of(
      new BasicField("status", "Status", 0, 0, 0, false, false, "STRING"),
      new BasicField("priority", "Priority", 0, 0, 0, true, false, ""),
      new BasicField("channel", "Channel", 0, 0, 0, true, false, "STRING"));

  private FieldCatalog() {}

  private static BasicField string(String name, int length, boolean nullable) {
    return new BasicField(name, "String", length, 0, 0, nullable, false, "");
  }
}
