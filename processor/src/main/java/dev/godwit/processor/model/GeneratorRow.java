package dev.godwit.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * The row a table generator ({@code @TableGenerator}, {@code GenerationType.TABLE}) needs in its
 * table before the first insert: Hibernate's schema export puts {@code (segment, value)} into
 * {@code (segmentColumn, valueColumn)} of {@code table}. The table itself is an ordinary
 * {@link Table} of the schema. One row per table and segment.
 *
 * <p>{@code increment} is the generator's allocation size (the largest, when generators share the
 * row), which never reaches the database but decides how far past the ids a row must start;
 * {@code ids} are the id columns the row fills, sorted, as a {@link Sequence}'s: empty only in a
 * snapshot written before Godwit recorded them (format 10), unknown.
 */
public record GeneratorRow(String table, String segmentColumn, String valueColumn, String segment, long value,
    int increment, List<IdColumn> ids) {

  /** Hibernate's default allocation size, assumed for a row of a snapshot that did not record it. */
  public static final int DEFAULT_INCREMENT = 50;

  public GeneratorRow {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(segmentColumn, "segmentColumn");
    Objects.requireNonNull(valueColumn, "valueColumn");
    Objects.requireNonNull(segment, "segment");
    ids = ids.stream().distinct().sorted().toList();
  }

  public GeneratorRow(String table, String segmentColumn, String valueColumn, String segment, long value) {
    this(table, segmentColumn, valueColumn, segment, value, DEFAULT_INCREMENT, List.of());
  }

  /** What identifies the row: its table and segment. */
  public String key() {
    return key(table, segment);
  }

  public static String key(String table, String segment) {
    return table + "\u0000" + segment;
  }

  /**
   * How far past the largest id the stored value must be so that Hibernate 6.6 never hands out an
   * id up to it: the row holds the last value used; Hibernate reads {@code value + 1} and hands out
   * the block {@code value + 2 - increment .. value + 1} (pooled optimizer), or {@code value + 1}
   * alone (allocation size 1, no optimizer). So the row must hold at least {@code max(id) + increment - 1}.
   */
  public long pastLargestId() {
    return Math.max(increment, 1) - 1L;
  }

  /**
   * The table Hibernate creates for the generator: the value column (bigint, nullable) before the
   * segment column (varchar(255), the primary key), in its DDL order.
   */
  public Table tableLayout() {
    return new Table(table, List.of(new Column(valueColumn, ColumnType.of(TypeKind.BIGINT), true, false),
        new Column(segmentColumn, ColumnType.varchar(255), false, false)), List.of(segmentColumn),
        List.of(), List.of(), List.of());
  }

  /** Whether the database holds the same: table, columns, segment and start value (not the ids nor the increment). */
  public boolean sameRow(GeneratorRow other) {
    return table.equals(other.table) && segmentColumn.equals(other.segmentColumn)
        && valueColumn.equals(other.valueColumn) && segment.equals(other.segment) && value == other.value;
  }

  public GeneratorRow withTable(String newTable) {
    return new GeneratorRow(newTable, segmentColumn, valueColumn, segment, value, increment, ids);
  }

  public GeneratorRow withIds(List<IdColumn> newIds) {
    return new GeneratorRow(table, segmentColumn, valueColumn, segment, value, increment, newIds);
  }

  public GeneratorRow withIncrement(int newIncrement) {
    return new GeneratorRow(table, segmentColumn, valueColumn, segment, value, newIncrement, ids);
  }
}
