package dev.godwit.processor.plan;

import static dev.godwit.processor.model.Identifiers.bare;

import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.DropTable;
import dev.godwit.processor.diff.Change.RenameTable;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.model.Table;
import dev.godwit.processor.model.UniqueKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A Mermaid {@code erDiagram} of the tables a migration touches, as they are after it (GitHub
 * renders it in the review report); tables it drops are listed under the diagram.
 */
final class ErDiagram {
  private ErDiagram() {}

  static String of(List<Change> changes, Schema before, Schema after) {
    Set<String> touched = new TreeSet<>();
    Set<String> dropped = new TreeSet<>();
    for (Change change : changes) {
      if (change instanceof DropTable drop) {
        dropped.add(drop.table().name());
      } else if (change instanceof RenameTable rename) {
        touched.add(rename.to());
      } else if (change instanceof dev.godwit.processor.diff.Change.ExpandTable expand) {
        touched.add(expand.expansion().to());
      } else if (after.table(change.subject()).isPresent()) {
        touched.add(change.subject());
      }
    }
    StringBuilder md = new StringBuilder();
    if (touched.isEmpty()) {
      md.append("No table is created or altered.\n");
    } else {
      md.append("```mermaid\nerDiagram\n");
      List<String> relations = new ArrayList<>();
      for (String name : touched) {
        Table table = after.table(name).orElseThrow();
        md.append("    ").append(entity(name)).append(" {\n");
        for (Column column : table.columns()) {
          md.append("        ").append(column.type().kind().name().toLowerCase(Locale.ROOT)).append(' ')
              .append(entity(column.name())).append(keys(table, column.name())).append(" \"")
              .append(column.type().describe().replace("\"", "'")).append(column.nullable() ? "" : " not null")
              .append("\"\n");
        }
        md.append("    }\n");
        for (ForeignKey key : table.foreignKeys()) {
          boolean optional = key.columns().stream().anyMatch(c -> table.column(c).map(Column::nullable).orElse(true));
          relations.add("    " + entity(name) + " }o--" + (optional ? "o|" : "||") + " " + entity(key.referencedTable())
              + " : \"" + bare(key.name()) + "\"\n");
        }
      }
      relations.forEach(md::append);
      md.append("```\n");
    }
    if (!dropped.isEmpty()) {
      md.append("\nDropped: ").append(String.join(", ", dropped.stream().map(d -> "`" + bare(d) + "`").toList())).append(".\n");
    }
    return md.toString();
  }

  /** Mermaid names allow letters, digits, hyphens and underscores. */
  private static String entity(String name) {
    return bare(name).replaceAll("[^A-Za-z0-9_-]", "_");
  }

  private static String keys(Table table, String column) {
    List<String> keys = new ArrayList<>();
    if (table.primaryKey().contains(column)) {
      keys.add("PK");
    }
    if (table.foreignKeys().stream().anyMatch(k -> k.columns().contains(column))) {
      keys.add("FK");
    }
    if (table.uniqueKeys().stream().map(UniqueKey::columns).anyMatch(c -> c.equals(List.of(column)))) {
      keys.add("UK");
    }
    return keys.isEmpty() ? "" : " " + String.join(", ", keys);
  }
}
