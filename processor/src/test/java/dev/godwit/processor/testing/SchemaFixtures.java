package dev.godwit.processor.testing;

import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.IdColumn;
import dev.godwit.processor.model.Index;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.model.Sequence;
import dev.godwit.processor.model.Table;
import dev.godwit.processor.model.TypeKind;
import dev.godwit.processor.model.UniqueKey;
import java.util.ArrayList;
import java.util.List;

/** Small builders for schema fixtures, so a test reads as the schema it describes. */
public final class SchemaFixtures {
  private SchemaFixtures() {}

  public static Column id() {
    return new Column("id", ColumnType.of(TypeKind.BIGINT), false, true);
  }

  public static Column bigint(String name) {
    return new Column(name, ColumnType.of(TypeKind.BIGINT), true, false);
  }

  public static Column integer(String name) {
    return new Column(name, ColumnType.of(TypeKind.INTEGER), true, false);
  }

  public static Column varchar(String name, int length) {
    return new Column(name, ColumnType.varchar(length), true, false);
  }

  public static Column numeric(String name, int precision, int scale) {
    return new Column(name, ColumnType.numeric(precision, scale), true, false);
  }

  public static Column notNull(Column column) {
    return column.withNullable(false);
  }

  public static Sequence sequence(String name) {
    return new Sequence(name, 1, 50);
  }

  /** A sequence with allocation size 50 that fills the {@code id} column of {@code tables}. */
  public static Sequence sequence(String name, String... tables) {
    return new Sequence(name, 1, 50, java.util.Arrays.stream(tables).map(t -> new IdColumn(t, "id")).toList());
  }

  public static Schema schema(Table... tables) {
    return new Schema(List.of(tables), List.of());
  }

  public static Schema schema(List<Table> tables, List<Sequence> sequences) {
    return new Schema(tables, sequences);
  }

  public static TableBuilder table(String name) {
    return new TableBuilder(name);
  }

  /** A table with an {@code id} primary key unless columns say otherwise. */
  public static final class TableBuilder {
    private final String name;
    private final List<Column> columns = new ArrayList<>();
    private final List<UniqueKey> uniques = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<dev.godwit.processor.model.Check> checks = new ArrayList<>();
    private java.util.Optional<String> comment = java.util.Optional.empty();
    private List<String> primaryKey = List.of("id");

    private TableBuilder(String name) {
      this.name = name;
      columns.add(id());
    }

    /** The id is filled from a sequence, not an identity column. */
    public TableBuilder idFromSequence() {
      columns.set(0, new Column("id", ColumnType.of(TypeKind.BIGINT), false, false));
      return this;
    }

    public TableBuilder column(Column column) {
      columns.add(column);
      return this;
    }

    public TableBuilder unique(String keyName, String... cols) {
      uniques.add(new UniqueKey(keyName, List.of(cols), false));
      return this;
    }

    public TableBuilder index(String indexName, String... cols) {
      indexes.add(new Index(indexName, List.of(cols), false));
      return this;
    }

    public TableBuilder foreignKey(String keyName, String column, String referencedTable) {
      foreignKeys.add(new ForeignKey(keyName, List.of(column), referencedTable, List.of("id")));
      return this;
    }

    /** A foreign key to {@code referencedTable}'s id whose deletes take {@code onDelete} (Hibernate's {@code @OnDelete}). */
    public TableBuilder foreignKey(String keyName, String column, String referencedTable,
        dev.godwit.processor.model.OnDelete onDelete) {
      foreignKeys.add(new ForeignKey(keyName, List.of(column), referencedTable, List.of("id"), onDelete));
      return this;
    }

    /** A check on {@code column} (null: on the table), named {@code checkName} (null: unnamed). */
    public TableBuilder check(String checkName, String column, String condition) {
      checks.add(new dev.godwit.processor.model.Check(java.util.Optional.ofNullable(checkName),
          java.util.Optional.ofNullable(column), condition));
      return this;
    }

    public TableBuilder comment(String text) {
      comment = java.util.Optional.of(text);
      return this;
    }

    public TableBuilder primaryKey(String... cols) {
      primaryKey = List.of(cols);
      return this;
    }

    public Table build() {
      return new Table(name, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment);
    }
  }
}
