package dev.godwit.processor.plan;

import static dev.godwit.processor.model.Identifiers.bare;

import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.DropTable;
import dev.godwit.processor.diff.Change.RenameTable;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.Identifiers;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.model.Table;
import dev.godwit.processor.model.UniqueKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A Mermaid {@code erDiagram} of the tables a migration touches, as they are after it (GitHub
 * renders it in the review report); tables it drops are listed under the diagram.
 */
final class ErDiagram {
  private ErDiagram() {}

  static String of(List<Change> changes, Schema before, Schema after) {
    return of(changes, before, after, true);
  }

  /**
   * {@code schemas}: whether tables are named with their schema; not where the report is for MySQL
   * alone, which keeps none.
   */
  static String of(List<Change> changes, Schema before, Schema after, boolean schemas) {
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
      Map<String, String> ids = ids(touched, after, schemas);
      for (String name : touched) {
        Table table = after.table(name).orElseThrow();
        md.append("    ").append(quoted(ids.get(name))).append(" {\n");
        for (Column column : table.columns()) {
          md.append("        ").append(column.type().kind().name().toLowerCase(Locale.ROOT)).append(' ')
              .append(attribute(column.name())).append(keys(table, column.name())).append(" \"")
              .append(column.type().describe().replace("\"", "'")).append(column.nullable() ? "" : " not null")
              .append("\"\n");
        }
        md.append("    }\n");
        for (ForeignKey key : table.foreignKeys()) {
          boolean optional = key.columns().stream().anyMatch(c -> table.column(c).map(Column::nullable).orElse(true));
          relations.add("    " + quoted(ids.get(name)) + " }o--" + (optional ? "o|" : "||") + " "
              + quoted(ids.get(key.referencedTable())) + " : \"" + bare(key.name()).replace("\"", "'") + "\"\n");
        }
      }
      relations.forEach(md::append);
      md.append("```\n");
    }
    if (!dropped.isEmpty()) {
      md.append("\nDropped: ").append(String.join(", ", dropped.stream()
          .map(d -> "`" + (schemas ? bare(d) : bare(Identifiers.local(d))) + "`").toList())).append(".\n");
    }
    return md.toString();
  }

  /**
   * The Mermaid entity of each table the diagram shows (the touched ones and those their keys
   * reference): the table's name as it reads ({@code billing.invoice}), quoted. No alias
   * ({@code id["label"]}): Mermaid reads those from 10.5 on only, a quoted name with a dot in every
   * release since 9. Names that would read the same ({@code "a%b"} and {@code a_b}, or names differing
   * in case only) are told apart by a number.
   */
  static Map<String, String> ids(Set<String> touched, Schema after) {
    return ids(touched, after, true);
  }

  static Map<String, String> ids(Set<String> touched, Schema after, boolean schemas) {
    Set<String> shown = new TreeSet<>(touched);
    touched.forEach(t -> after.table(t).ifPresent(table -> table.foreignKeys().forEach(k -> shown.add(k.referencedTable()))));
    Map<String, String> ids = new TreeMap<>();
    Set<String> used = new HashSet<>();
    for (String name : shown) {
      String base = label(schemas ? name : Identifiers.local(name));
      String id = base;
      for (int i = 2; !used.add(id.toLowerCase(Locale.ROOT)); i++) {
        id = base + "_" + i;
      }
      ids.put(name, id);
    }
    return ids;
  }

  /**
   * An entity in double quotes. Mermaid's erDiagram lexer matches its keywords case-insensitively and
   * by prefix before it tries a bare name ({@code user} lexes as {@code u}, a parent cardinality, in
   * older releases; {@code topic} as {@code to}, {@code classes} as {@code class}, {@code one_time}
   * as {@code one}), but a quoted entity name before all of them, in every release.
   */
  private static String quoted(String id) {
    return "\"" + id + "\"";
  }

  /**
   * The table's name as the diagram shows it ({@code billing.invoice}); a quoted name may hold
   * anything but {@code "}, {@code %}, a backslash and line breaks.
   */
  private static String label(String name) {
    String label = Identifiers.schema(name).map(s -> bare(s) + ".").orElse("") + bare(Identifiers.local(name));
    return label.replaceAll("[\"%\\\\\\r\\n\\u000B\\u0008]", "_");
  }

  /**
   * An attribute (column) name as letters, digits and underscores; {@code PK}, {@code FK} and {@code UK},
   * which Mermaid reads as key markers in any case, get an underscore.
   */
  private static String attribute(String name) {
    String id = entity(name);
    return id.equalsIgnoreCase("PK") || id.equalsIgnoreCase("FK") || id.equalsIgnoreCase("UK") ? id + "_" : id;
  }

  /** A name as letters, digits and underscores, not starting with a digit. */
  private static String entity(String name) {
    String id = bare(name).replaceAll("[^A-Za-z0-9_]", "_");
    return id.isEmpty() || Character.isDigit(id.charAt(0)) ? "_" + id : id;
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
