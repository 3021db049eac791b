package dev.godwit.processor.diff;

import dev.godwit.processor.model.Column;
import java.util.List;
import java.util.Objects;

/**
 * A table that moves to a new name over two releases: the expand step renames it and creates an
 * updatable view with the old name over it (where the dialect can), so instances of the previous
 * release keep reading and writing the old name; the contract step drops the view. Database names.
 *
 * @param from the table's name before the expand, the view's name until the contract
 * @param to the table's name now
 * @param columns the columns the view shows: the table's columns before the expand, which the
 *     expand leaves as they are
 */
public record TableExpansion(String from, String to, List<Column> columns) implements Expanded {

  public TableExpansion {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    columns = List.copyOf(columns);
  }

  @Override
  public String table() {
    return to;
  }

  /** {@code table from -> to}, for messages. */
  @Override
  public String describe() {
    return "table " + from + " -> " + to;
  }

  /** The column names the view lists, in the table's order. */
  public List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }
}
