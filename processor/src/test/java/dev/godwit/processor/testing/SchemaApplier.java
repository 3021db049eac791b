package dev.godwit.processor.testing;

import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddColumn;
import dev.godwit.processor.diff.Change.AddForeignKey;
import dev.godwit.processor.diff.Change.AddUnique;
import dev.godwit.processor.diff.Change.AlterColumn;
import dev.godwit.processor.diff.Change.CreateIndex;
import dev.godwit.processor.diff.Change.CreateSequence;
import dev.godwit.processor.diff.Change.CreateTable;
import dev.godwit.processor.diff.Change.DropColumn;
import dev.godwit.processor.diff.Change.DropForeignKey;
import dev.godwit.processor.diff.Change.DropIndex;
import dev.godwit.processor.diff.Change.DropSequence;
import dev.godwit.processor.diff.Change.DropTable;
import dev.godwit.processor.diff.Change.DropUnique;
import dev.godwit.processor.diff.Change.RenameColumn;
import dev.godwit.processor.diff.Change.RenameTable;
import dev.godwit.processor.model.Check;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.GeneratorRow;
import dev.godwit.processor.model.Index;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.model.Sequence;
import dev.godwit.processor.model.Table;
import dev.godwit.processor.model.UniqueKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import dev.godwit.processor.diff.Expansion;
import dev.godwit.processor.diff.ExpansionKeys;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Applies changes to a schema the way a database would, one at a time and strictly: a change that
 * a database would refuse (creating what exists, dropping what does not) throws. Lets tests check
 * that {@code apply(before, up) == after} and {@code apply(after, down) == before}.
 */
public final class SchemaApplier {
  private final Map<String, Table> tables = new LinkedHashMap<>();
  private final Map<String, Sequence> sequences = new LinkedHashMap<>();
  /** Generator rows by table, then segment; the columns are the table's at insert time. */
  private final Map<String, GeneratorRow> rows = new LinkedHashMap<>();
  /**
   * The keys over old columns of the contracts among the changes: the database holds them, the
   * entities do not, so dropping or restoring them leaves the entities' schema as it is.
   */
  private final java.util.Set<Object> oldKeys = new java.util.HashSet<>();

  private SchemaApplier(Schema schema) {
    schema.tables().forEach(t -> tables.put(t.name(), t));
    schema.sequences().forEach(s -> sequences.put(s.name(), stored(s)));
    schema.generatorRows().forEach(r -> rows.put(r.key(), stored(r)));
  }

  /** The schema after {@code changes}, with columns sorted by name (a database appends them). */
  public static Schema apply(Schema schema, List<Change> changes) {
    SchemaApplier applier = new SchemaApplier(schema);
    for (Change change : changes) {
      Expansion contracted = change instanceof Change.ContractColumn c ? c.expansion()
          : change instanceof Change.RestoreColumn c ? c.expansion() : null;
      if (contracted != null) {
        applier.oldKeys.addAll(contracted.keys().oldUniques());
        applier.oldKeys.addAll(contracted.keys().oldIndexes());
      }
    }
    for (Change change : changes) {
      try {
        applier.apply(change);
      } catch (IllegalStateException e) {
        throw new IllegalStateException("cannot apply '" + change.describe() + "': " + e.getMessage(), e);
      }
    }
    return normalized(new Schema(List.copyOf(applier.tables.values()), List.copyOf(applier.sequences.values()),
        List.copyOf(applier.rows.values())));
  }

  /** The same schema with each table's columns sorted by name, for comparisons. */
  public static Schema normalized(Schema schema) {
    return new Schema(schema.tables().stream().map(t -> new Table(t.name(),
        t.columns().stream().sorted(Comparator.comparing(Column::name)).toList(), t.primaryKey(),
        t.uniqueKeys(), t.indexes(), t.foreignKeys())).toList(), schema.sequences().stream().map(SchemaApplier::stored)
        .toList(), schema.generatorRows().stream().map(SchemaApplier::stored).toList());
  }

  /** A generator row as the database holds it: without the ids it fills and the allocation size. */
  private static GeneratorRow stored(GeneratorRow row) {
    return new GeneratorRow(row.table(), row.segmentColumn(), row.valueColumn(), row.segment(), row.value());
  }

  /** A sequence as the database holds it: the id columns it fills are the schema's knowledge, not the database's. */
  private static Sequence stored(Sequence sequence) {
    return sequence.withIds(List.of());
  }

  /** Reading the largest id of each column needs the column. */
  private void requireIds(List<dev.godwit.processor.model.IdColumn> ids) {
    ids.forEach(id -> require(table(id.table()).column(id.column()).isPresent(), "no id column " + id));
  }

  private void apply(Change change) {
    if (change instanceof CreateTable c) {
      require(!tables.containsKey(c.table().name()), "table exists");
      Table t = c.table();
      tables.put(t.name(), keep(t, t.columns(), t.primaryKey(), t.uniqueKeys(), t.indexes(), List.of()));
    } else if (change instanceof DropTable c) {
      require(tables.remove(c.table().name()) != null, "no such table");
      rows.values().removeIf(r -> r.table().equals(c.table().name()));
      tables.values().forEach(t -> require(t.foreignKeys().stream()
          .noneMatch(fk -> fk.referencedTable().equals(c.table().name())), "still referenced by " + t.name()));
    } else if (change instanceof RenameTable c) {
      Table t = table(c.from());
      require(!tables.containsKey(c.to()), "target name exists");
      tables.remove(c.from());
      tables.put(c.to(), t.withName(c.to()));
      for (GeneratorRow row : List.copyOf(rows.values())) {
        if (row.table().equals(c.from())) {
          rows.remove(row.key());
          rows.put(row.withTable(c.to()).key(), row.withTable(c.to()));
        }
      }
      for (Table other : List.copyOf(tables.values())) {
        tables.put(other.name(), withForeignKeys(other, fk -> fk.referencedTable().equals(c.from())
            ? new ForeignKey(fk.name(), fk.columns(), c.to(), fk.referencedColumns()) : fk));
      }
    } else if (change instanceof AddColumn c) {
      Table t = table(c.table());
      require(t.column(c.column().name()).isEmpty(), "column exists");
      List<Column> columns = new ArrayList<>(t.columns());
      columns.add(c.column());
      put(t, columns);
    } else if (change instanceof DropColumn c) {
      Table t = table(c.table());
      require(t.column(c.column().name()).isPresent(), "no such column");
      require(t.column(c.column().name()).get().equals(c.column()), "column differs: " + t.column(c.column().name()).get());
      put(t, t.columns().stream().filter(col -> !col.name().equals(c.column().name())).toList());
    } else if (change instanceof RenameColumn c) {
      Table t = table(c.table());
      require(t.column(c.from()).isPresent(), "no such column");
      require(t.column(c.to()).isEmpty(), "target name exists");
      UnaryOperator<String> rename = n -> n.equals(c.from()) ? c.to() : n;
      List<Column> columns = t.columns().stream().map(col -> col.name().equals(c.from()) ? col.withName(c.to()) : col).toList();
      tables.put(t.name(), keep(t, columns, t.primaryKey().stream().map(rename).toList(),
          t.uniqueKeys().stream().map(u -> new UniqueKey(u.name(), u.columns().stream().map(rename).toList(), u.implicitName())).toList(),
          t.indexes().stream().map(i -> new Index(i.name(), i.columns().stream().map(rename).toList(), i.unique())).toList(),
          t.foreignKeys().stream().map(fk -> new ForeignKey(fk.name(), fk.columns().stream().map(rename).toList(),
              fk.referencedTable(), fk.referencedColumns())).toList()));
    } else if (change instanceof AlterColumn c) {
      Table t = table(c.table());
      require(t.column(c.from().name()).equals(java.util.Optional.of(c.from())), "column is not " + c.from());
      put(t, t.columns().stream().map(col -> col.name().equals(c.from().name()) ? c.to() : col).toList());
    } else if (change instanceof Change.RenameUnique c) {
      apply(new DropUnique(c.table(), c.from(), dev.godwit.processor.diff.ReliantKeys.NONE));
      apply(new AddUnique(c.table(), c.to(), dev.godwit.processor.diff.ReliantKeys.NONE));
    } else if (change instanceof Change.RenameIndex c) {
      apply(new DropIndex(c.table(), c.from(), dev.godwit.processor.diff.ReliantKeys.NONE));
      apply(new CreateIndex(c.table(), c.to(), dev.godwit.processor.diff.ReliantKeys.NONE));
    } else if (change instanceof Change.RenameForeignKey c) {
      apply(new DropForeignKey(c.table(), c.from(), false));
      apply(new AddForeignKey(c.table(), c.to(), false));
    } else if (change instanceof Change.ExpandTable c) {
      // the schema the entities map: the table under its new name (the view is no table)
      apply(new RenameTable(c.expansion().from(), c.expansion().to(), c.expansion().columns()));
    } else if (change instanceof Change.RevertExpandTable c) {
      apply(new RenameTable(c.expansion().to(), c.expansion().from(), c.expansion().columns()));
    } else if (change instanceof Change.ContractTable || change instanceof Change.RestoreTable) {
      Change.ContractTable contract = change instanceof Change.ContractTable t ? t
          : new Change.ContractTable(((Change.RestoreTable) change).expansion());
      require(tables.containsKey(contract.expansion().to()), "no table " + contract.expansion().to());
    } else if (change instanceof Change.ExpandColumn c) {
      // the schema the entities map: the new column takes the old one's place, which the database
      // keeps beside it until the contract, and so for the keys over them
      Table t = table(c.expansion().table());
      ExpansionKeys keys = c.expansion().keys();
      keys.oldUniques().forEach(k -> require(t.uniqueKeys().contains(k), "no unique " + k));
      keys.oldIndexes().forEach(i -> require(t.indexes().contains(i), "no index " + i));
      tables.put(t.name(), keep(t, t.columns(), t.primaryKey(),
          t.uniqueKeys().stream().filter(k -> !keys.oldUniques().contains(k)).toList(),
          t.indexes().stream().filter(i -> !keys.oldIndexes().contains(i)).toList(), t.foreignKeys()));
      replace(c.expansion().table(), c.expansion().old(), c.expansion().now());
    } else if (change instanceof Change.RevertExpandColumn c) {
      replace(c.expansion().table(), c.expansion().now(), c.expansion().old());
      Table t = table(c.expansion().table());
      List<UniqueKey> uniques = new ArrayList<>(t.uniqueKeys());
      uniques.addAll(c.expansion().keys().oldUniques());
      List<Index> indexes = new ArrayList<>(t.indexes());
      indexes.addAll(c.expansion().keys().oldIndexes());
      tables.put(t.name(), keep(t, t.columns(), t.primaryKey(), uniques, indexes, t.foreignKeys()));
    } else if (change instanceof Change.RenameInterimKey c) {
      // the entities' key has its own name all along; the interim one is the database's
      Table t = table(c.table());
      String own = entityName(c.to()).equals(c.to()) ? c.to() : c.from();
      require(t.uniqueKeys().stream().anyMatch(k -> k.name().equals(own)) || t.indexes().stream().anyMatch(i -> i.name().equals(own)),
          "no key " + own);
    } else if (change instanceof AddUnique c && oldKeys.contains(c.key())
        || change instanceof DropUnique d && oldKeys.contains(d.key())
        || change instanceof CreateIndex i && oldKeys.contains(i.index())
        || change instanceof DropIndex j && oldKeys.contains(j.index())) {
      return; // a key over the old column of a contract
    } else if (change instanceof Change.ContractColumn c) {
      require(table(c.expansion().table()).column(c.expansion().now().name()).isPresent(), "no column " + c.expansion().now());
    } else if (change instanceof Change.RestoreColumn c) {
      require(table(c.expansion().table()).column(c.expansion().now().name()).isPresent(), "no column " + c.expansion().now());
    } else if (change instanceof Change.AlterPrimaryKey c) {
      Table t = table(c.table());
      require(t.primaryKey().equals(c.from()), "primary key is not " + c.from());
      c.to().forEach(col -> require(t.column(col).isPresent(), "no column " + col));
      tables.put(t.name(), keep(t, t.columns(), c.to(), t.uniqueKeys(), t.indexes(), t.foreignKeys()));
    } else if (change instanceof AddUnique a) {
      AddUnique c = new AddUnique(a.table(), entityKey(a.key()), a.reliant());
      Table t = table(c.table());
      require(t.uniqueKeys().stream().noneMatch(u -> u.name().equals(c.key().name())), "unique exists");
      c.key().columns().forEach(col -> require(t.column(col).isPresent(), "no column " + col));
      List<UniqueKey> keys = new ArrayList<>(t.uniqueKeys());
      keys.add(c.key());
      tables.put(t.name(), keep(t, t.columns(), t.primaryKey(), keys, t.indexes(), t.foreignKeys()));
    } else if (change instanceof DropUnique d) {
      DropUnique c = new DropUnique(d.table(), entityKey(d.key()), d.reliant());
      Table t = table(c.table());
      require(t.uniqueKeys().stream().anyMatch(u -> u.name().equals(c.key().name())), "no such unique");
      tables.put(t.name(), keep(t, t.columns(), t.primaryKey(),
          t.uniqueKeys().stream().filter(u -> !u.name().equals(c.key().name())).toList(), t.indexes(), t.foreignKeys()));
    } else if (change instanceof CreateIndex a) {
      CreateIndex c = new CreateIndex(a.table(), entityIndex(a.index()), a.reliant());
      Table t = table(c.table());
      require(t.indexes().stream().noneMatch(i -> i.name().equals(c.index().name())), "index exists");
      List<Index> indexes = new ArrayList<>(t.indexes());
      indexes.add(c.index());
      tables.put(t.name(), keep(t, t.columns(), t.primaryKey(), t.uniqueKeys(), indexes, t.foreignKeys()));
    } else if (change instanceof DropIndex d) {
      DropIndex c = new DropIndex(d.table(), entityIndex(d.index()), d.reliant());
      Table t = table(c.table());
      require(t.indexes().stream().anyMatch(i -> i.name().equals(c.index().name())), "no such index");
      tables.put(t.name(), keep(t, t.columns(), t.primaryKey(), t.uniqueKeys(),
          t.indexes().stream().filter(i -> !i.name().equals(c.index().name())).toList(), t.foreignKeys()));
    } else if (change instanceof AddForeignKey c) {
      Table t = table(c.table());
      require(t.foreignKeys().stream().noneMatch(fk -> fk.name().equals(c.key().name())), "foreign key exists");
      require(tables.containsKey(c.key().referencedTable()), "no referenced table " + c.key().referencedTable());
      c.key().columns().forEach(col -> require(t.column(col).isPresent(), "no column " + col));
      List<ForeignKey> keys = new ArrayList<>(t.foreignKeys());
      keys.add(c.key());
      tables.put(t.name(), keep(t, t.columns(), t.primaryKey(), t.uniqueKeys(), t.indexes(), keys));
    } else if (change instanceof DropForeignKey c) {
      Table t = table(c.table());
      require(t.foreignKeys().stream().anyMatch(fk -> fk.name().equals(c.key().name())), "no such foreign key");
      tables.put(t.name(), withForeignKeys(t, fk -> fk.name().equals(c.key().name()) ? null : fk));
    } else if (change instanceof CreateSequence c) {
      require(sequences.put(c.sequence().name(), stored(c.sequence())) == null, "sequence exists");
      requireIds(c.continues());
    } else if (change instanceof DropSequence c) {
      require(sequences.remove(c.sequence().name()) != null, "no such sequence");
    } else if (change instanceof Change.RenameSequence c) {
      require(stored(c.from()).equals(sequences.remove(c.from().name())), "no such sequence as renamed");
      require(sequences.put(c.to(), stored(c.from().withName(c.to()))) == null, "sequence exists");
    } else if (change instanceof Change.AdvanceSequence c) {
      require(sequences.containsKey(c.sequence().name()), "no such sequence");
      requireIds(c.continues());
    } else if (change instanceof Change.AlterColumnDefault c) {
      Table t = table(c.table());
      Column column = t.column(c.column()).orElseThrow(() -> new IllegalStateException("no such column"));
      require(column.defaultValue().equals(c.from()), "default is not " + c.from());
      put(t, t.columns().stream().map(col -> col.name().equals(c.column()) ? col.withDefaultValue(c.to()) : col).toList());
    } else if (change instanceof Change.CommentColumn c) {
      Table t = table(c.table());
      Column column = t.column(c.column().name()).orElseThrow(() -> new IllegalStateException("no such column"));
      require(column.comment().equals(c.from()), "comment is not " + c.from());
      put(t, t.columns().stream().map(col -> col.name().equals(c.column().name()) ? col.withComment(c.column().comment()) : col)
          .toList());
    } else if (change instanceof Change.CommentTable c) {
      Table t = table(c.table());
      require(t.comment().equals(c.from()), "table comment is not " + c.from());
      tables.put(t.name(), t.withChecks(t.checks(), c.to()));
    } else if (change instanceof Change.AddCheck c) {
      Table t = table(c.table());
      require(!t.checks().contains(c.check()), "check exists");
      c.check().column().ifPresent(col -> require(t.column(col).isPresent(), "no column " + col));
      List<Check> checks = new ArrayList<>(t.checks());
      checks.add(c.check());
      tables.put(t.name(), t.withChecks(checks, t.comment()));
    } else if (change instanceof Change.DropCheck c) {
      Table t = table(c.table());
      require(t.checks().contains(c.check()), "no such check");
      tables.put(t.name(), t.withChecks(t.checks().stream().filter(k -> !k.equals(c.check())).toList(), t.comment()));
    } else if (change instanceof Change.AlterSequence c) {
      require(stored(c.from()).equals(sequences.get(c.from().name())), "no such sequence as altered");
      sequences.put(c.to().name(), stored(c.to()));
    } else if (change instanceof Change.InsertGeneratorRow c) {
      Table t = table(c.row().table());
      require(t.column(c.row().segmentColumn()).isPresent() && t.column(c.row().valueColumn()).isPresent(),
          "no such columns " + c.row().segmentColumn() + ", " + c.row().valueColumn());
      requireIds(c.continues());
      require(rows.put(c.row().key(), stored(c.row())) == null, "row exists");
    } else if (change instanceof Change.AdvanceGeneratorRow c) {
      require(rows.containsKey(c.row().key()), "no such row");
      requireIds(c.continues());
    } else if (change instanceof Change.ResizeGeneratorRow c) {
      require(rows.containsKey(c.to().key()), "no such row");
    } else if (change instanceof Change.ReleaseGeneratorRow c) {
      require(rows.containsKey(c.row().key()), "no such row");
      requireIds(c.released());
    } else if (change instanceof Change.ReleaseSequence c) {
      require(sequences.containsKey(c.sequence().name()), "no such sequence");
      requireIds(c.released());
    } else if (change instanceof Change.DeleteGeneratorRow c) {
      table(c.row().table());
      require(rows.remove(c.row().key()) != null, "no such row");
    } else {
      throw new IllegalArgumentException("unknown change " + change);
    }
  }

  /** The entities' name of a key the database has under its interim name ({@link ExpansionKeys#interimName}). */
  private static String entityName(String name) {
    return name.startsWith("gwx_") ? name.substring(4) : name;
  }

  private static UniqueKey entityKey(UniqueKey key) {
    return key.name().startsWith("gwx_") ? new UniqueKey(entityName(key.name()), key.columns(), false) : key;
  }

  private static Index entityIndex(Index index) {
    return new Index(entityName(index.name()), index.columns(), index.unique());
  }

  private void replace(String table, Column from, Column to) {
    Table t = table(table);
    require(t.column(from.name()).equals(java.util.Optional.of(from)), "column is not " + from);
    require(t.column(to.name()).isEmpty(), "target name exists");
    put(t, t.columns().stream().map(col -> col.name().equals(from.name()) ? to : col).toList());
  }

  /** The table with other columns and constraints, keeping its checks and comment. */
  private static Table keep(Table t, List<Column> columns, List<String> primaryKey, List<UniqueKey> uniqueKeys,
      List<Index> indexes, List<ForeignKey> foreignKeys) {
    return new Table(t.name(), columns, primaryKey, uniqueKeys, indexes, foreignKeys, t.checks(), t.comment());
  }

  private Table table(String name) {
    Table t = tables.get(name);
    require(t != null, "no table " + name);
    return t;
  }

  private void put(Table t, List<Column> columns) {
    tables.put(t.name(), keep(t, columns, t.primaryKey(), t.uniqueKeys(), t.indexes(), t.foreignKeys()));
  }

  private static Table withForeignKeys(Table t, UnaryOperator<ForeignKey> map) {
    List<ForeignKey> keys = t.foreignKeys().stream().map(map).filter(java.util.Objects::nonNull).toList();
    return keep(t, t.columns(), t.primaryKey(), t.uniqueKeys(), t.indexes(), keys);
  }

  private static void require(boolean condition, String problem) {
    if (!condition) {
      throw new IllegalStateException(problem);
    }
  }
}
