package dev.godwit.benchmarks.stages;

import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.Index;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.model.Sequence;
import dev.godwit.processor.model.Table;
import dev.godwit.processor.model.TypeKind;
import dev.godwit.processor.model.UniqueKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A schema of N tables shaped like the synthetic entity models (an id, 3 to 12 columns of mixed
 * types, up to two foreign keys, some unique keys and indexes, a sequence for a third of the
 * tables), built directly as model records so the pure stages can be measured without javac.
 */
public final class SyntheticSchema {
  private static final List<ColumnType> TYPES = List.of(
      ColumnType.varchar(100), ColumnType.varchar(255), ColumnType.varchar(32), ColumnType.of(TypeKind.INTEGER),
      ColumnType.of(TypeKind.BIGINT), ColumnType.numeric(19, 2), ColumnType.of(TypeKind.BOOLEAN),
      ColumnType.of(TypeKind.DATE), ColumnType.temporal(TypeKind.TIMESTAMP, 6),
      ColumnType.temporal(TypeKind.TIMESTAMP_UTC, 6), ColumnType.of(TypeKind.UUID),
      ColumnType.enumerated(TypeKind.ENUM_STRING, 255, List.of("ACTIVE", "SUSPENDED", "CLOSED")));

  private SyntheticSchema() {}

  public static Schema of(int tables, long seed) {
    Random random = new Random(seed);
    List<Table> result = new ArrayList<>();
    List<Sequence> sequences = new ArrayList<>();
    for (int t = 0; t < tables; t++) {
      String name = name(t);
      List<Column> columns = new ArrayList<>();
      boolean identity = random.nextBoolean();
      columns.add(new Column("id", ColumnType.of(TypeKind.BIGINT), false, identity));
      if (!identity && random.nextBoolean()) {
        sequences.add(new Sequence(name + "_seq", 1, 50));
      }
      columns.add(new Column("name", ColumnType.varchar(100), false, false));
      int count = 3 + random.nextInt(10);
      for (int c = 0; c < count; c++) {
        columns.add(new Column(String.format(Locale.ROOT, "column_%02d", c), TYPES.get(random.nextInt(TYPES.size())),
            random.nextInt(4) != 0, false));
      }
      List<ForeignKey> foreignKeys = new ArrayList<>();
      for (int f = random.nextInt(3); f > 0 && tables > 1; f--) {
        String target = name(random.nextInt(tables));
        String column = target + "_id";
        if (target.equals(name) || columns.stream().anyMatch(c -> c.name().equals(column))) {
          continue;
        }
        columns.add(new Column(column, ColumnType.of(TypeKind.BIGINT), random.nextBoolean(), false));
        foreignKeys.add(new ForeignKey("FK" + Long.toString(random.nextLong() & Long.MAX_VALUE, 35), List.of(column),
            target, List.of("id")));
      }
      List<UniqueKey> uniques = random.nextInt(4) == 0
          ? List.of(new UniqueKey("UK" + Long.toString(random.nextLong() & Long.MAX_VALUE, 35), List.of("column_00"), true))
          : List.of();
      List<Index> indexes = random.nextBoolean()
          ? List.of(new Index("IDX" + Long.toString(random.nextLong() & Long.MAX_VALUE, 35), List.of("name"), false))
          : List.of();
      result.add(new Table(name, columns, List.of("id"), uniques, indexes, foreignKeys));
    }
    return new Schema(result, sequences);
  }

  /** The same schema with the {@code name} column of the middle table 50 characters longer. */
  public static Schema withOneColumnWidened(Schema schema) {
    List<Table> tables = new ArrayList<>(schema.tables());
    Table table = tables.get(tables.size() / 2);
    List<Column> columns = table.columns().stream()
        .map(c -> c.name().equals("name") ? new Column(c.name(), ColumnType.varchar(c.type().length() + 50), c.nullable(),
            c.identity()) : c)
        .toList();
    tables.set(tables.size() / 2, new Table(table.name(), columns, table.primaryKey(), table.uniqueKeys(),
        table.indexes(), table.foreignKeys()));
    return new Schema(tables, schema.sequences());
  }

  private static String name(int index) {
    return String.format(Locale.ROOT, "table_%05d", index);
  }
}
