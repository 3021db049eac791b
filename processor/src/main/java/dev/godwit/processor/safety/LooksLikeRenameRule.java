package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.Finding.Severity.ERROR;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddColumn;
import dev.godwit.processor.diff.Change.CreateTable;
import dev.godwit.processor.diff.Change.DropColumn;
import dev.godwit.processor.diff.Change.DropTable;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A column dropped and another added in the same table with the same type and nullability (or a
 * table dropped and another created with the same columns) is most often a rename that lacks
 * {@code @Renamed}: run as planned, it deletes the data. The error asks, on the new attribute or
 * entity, and shows the annotation to add.
 */
final class LooksLikeRenameRule implements SafetyRule {
  @Override
  public List<Finding> check(Change change, RuleContext context) {
    return check(change, context, Drops.of(context.changes()));
  }

  /** Indexes the migration's drops once, so each added column or created table looks up its candidates. */
  @Override
  public SafetyRule in(RuleContext migration) {
    Drops drops = Drops.of(migration.changes());
    return (change, context) -> check(change, context, drops);
  }

  /** The dropped columns by table and the dropped tables by shape, each in plan order. */
  private record Drops(Map<String, List<Column>> columns, Map<String, List<String>> tables) {
    static Drops of(List<Change> changes) {
      Map<String, List<Column>> columns = new HashMap<>();
      Map<String, List<String>> tables = new HashMap<>();
      for (Change change : changes) {
        if (change instanceof DropColumn drop) {
          columns.computeIfAbsent(drop.table(), t -> new ArrayList<>()).add(drop.column());
        } else if (change instanceof DropTable drop) {
          tables.computeIfAbsent(shape(drop.table()), t -> new ArrayList<>()).add(drop.table().name());
        }
      }
      return new Drops(columns, tables);
    }
  }

  private static List<Finding> check(Change change, RuleContext context, Drops drops) {
    if (change instanceof AddColumn add) {
      List<String> dropped = drops.columns().getOrDefault(add.table(), List.of()).stream()
          .filter(column -> sameShape(column, add.column())).map(Column::name).toList();
      if (dropped.isEmpty()) {
        return List.of();
      }
      String column = add.column().name();
      String target = add.table() + "." + column;
      return List.of(Finding.onColumn(ERROR, Code.LOOKS_LIKE_RENAME, add.table(), column, context.dialectNames(),
          "did you rename " + String.join(" or ", dropped) + " to " + column + "? As planned, " + add.table() + "."
              + dropped.get(0) + " is dropped with its data and " + column + " is added empty. If it is a rename, put"
              + " @Renamed(from = \"" + dropped.get(0) + "\") on this attribute; if not, acknowledge it: "
              + Advice.acknowledge(target, Code.LOOKS_LIKE_RENAME)));
    }
    if (change instanceof CreateTable create) {
      List<String> dropped = drops.tables().getOrDefault(shape(create.table()), List.of());
      if (dropped.isEmpty()) {
        return List.of();
      }
      String table = create.table().name();
      return List.of(Finding.onTable(ERROR, Code.LOOKS_LIKE_RENAME, table, context.dialectNames(),
          "did you rename table " + String.join(" or ", dropped) + " to " + table + "? As planned, " + dropped.get(0)
              + " is dropped with all its rows and " + table + " is created empty. If it is a rename, put"
              + " @Renamed(from = \"" + dropped.get(0) + "\") on this entity; if not, acknowledge it: "
              + Advice.acknowledge(table, Code.LOOKS_LIKE_RENAME)));
    }
    return List.of();
  }

  private static boolean sameShape(Column dropped, Column added) {
    return dropped.type().equals(added.type()) && dropped.nullable() == added.nullable()
        && dropped.identity() == added.identity();
  }

  private static String shape(Table table) {
    return table.columns().stream().map(c -> c.name() + " " + c.type().describe() + " " + c.nullable())
        .collect(Collectors.joining(", "));
  }
}
