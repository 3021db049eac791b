package dev.godwit.processor.model;

import java.util.Objects;

/**
 * The row a table generator ({@code @TableGenerator}, {@code GenerationType.TABLE}) needs in its
 * table before the first insert: Hibernate's schema export puts {@code (segment, value)} into
 * {@code (segmentColumn, valueColumn)} of {@code table}. The table itself is an ordinary
 * {@link Table} of the schema. One row per table and segment.
 */
public record GeneratorRow(String table, String segmentColumn, String valueColumn, String segment, long value) {

  public GeneratorRow {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(segmentColumn, "segmentColumn");
    Objects.requireNonNull(valueColumn, "valueColumn");
    Objects.requireNonNull(segment, "segment");
  }

  /** What identifies the row: its table and segment. */
  public String key() {
    return key(table, segment);
  }

  public static String key(String table, String segment) {
    return table + "\u0000" + segment;
  }

  /**
   * The table Hibernate creates for the generator: the value column (bigint, nullable) before the
   * segment column (varchar(255), the primary key), in its DDL order.
   */
  public Table tableLayout() {
    return new Table(table, java.util.List.of(new Column(valueColumn, ColumnType.of(TypeKind.BIGINT), true, false),
        new Column(segmentColumn, ColumnType.varchar(255), false, false)), java.util.List.of(segmentColumn),
        java.util.List.of(), java.util.List.of(), java.util.List.of());
  }

  public GeneratorRow withTable(String newTable) {
    return new GeneratorRow(newTable, segmentColumn, valueColumn, segment, value);
  }
}
