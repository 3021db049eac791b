package dev.godwit.processor.jpa;

import dev.godwit.processor.model.Schema;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * What the entities say: the schema they imply, the hints on them, where each table and column
 * comes from (for diagnostics), and the problems found while reading them.
 *
 * @param origins {@code "table"} or {@code "table.column"} (database names) -> source element
 * @param entities {@code "table"} -> entity class name, for migration headers
 */
public record EntityModel(
    Schema schema,
    List<RenameHint> renames,
    List<BackfillHint> backfills,
    Map<String, Element> origins,
    Map<String, String> entities,
    List<Problem> problems) {

  /**
   * {@code @Renamed}: {@code column} is empty for a table rename; {@code expandContract} when it asks
   * for {@code strategy = EXPAND_CONTRACT}.
   */
  public record RenameHint(Element element, String table, Optional<String> column, String from, boolean expandContract) {
    public RenameHint(Element element, String table, Optional<String> column, String from) {
      this(element, table, column, from, false);
    }
  }

  /** {@code @Backfill}: {@code reverse} is its {@code reverse} expression, empty when not given. */
  public record BackfillHint(Element element, String table, String column, String expression, String reverse) {
    public BackfillHint(Element element, String table, String column, String expression) {
      this(element, table, column, expression, "");
    }
  }

  /** The same model with another schema (the same tables, with the dialects' names). */
  public EntityModel withSchema(Schema newSchema) {
    return new EntityModel(newSchema, renames, backfills, origins, entities, problems);
  }

  public Optional<Element> origin(String table, String column) {
    return Optional.ofNullable(origins.get(table + "." + column)).or(() -> origin(table));
  }

  public Optional<Element> origin(String table) {
    return Optional.ofNullable(origins.get(table));
  }
}
