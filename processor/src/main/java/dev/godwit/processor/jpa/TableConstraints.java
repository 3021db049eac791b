package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.jpa.Mirrors.Annotation;
import dev.godwit.processor.model.Index;
import dev.godwit.processor.model.UniqueKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The indexes and unique constraints declared on a table annotation ({@code @Table},
 * {@code @JoinTable}, {@code @CollectionTable}), resolved to mapped columns, and an entity table's
 * own checks and comment (Hibernate's {@code @Check} and {@code @Comment} on the entity).
 */
final class TableConstraints {
  private final ReadContext context;

  TableConstraints(ReadContext context) {
    this.context = context;
  }

  void add(TableParts table) {
    if (table.secondaryAnnotation().isPresent()) {
      add(table, table.secondaryAnnotation().get()); // the entity's @Table, @Check and @Comment are the main table's
      return;
    }
    ColumnDetails details = new ColumnDetails(context.mirrors, context.elements);
    table.addChecks(details.checks(table.entity.type(), java.util.Optional.empty()));
    table.comment(details.comment(table.entity.type()));
    context.mirrors.jpa(table.entity.type(), "Table").ifPresent(annotation -> add(table, annotation));
  }

  void add(ConstrainedTable table, Annotation annotation) {
    for (Annotation index : annotation.annotations("indexes", context.elements)) {
      table.addIndex(index(table, index));
    }
    addUniqueConstraints(table, annotation);
  }

  /** Only the unique constraints: Hibernate 6.6 ignores the indexes of a to-one's {@code @JoinTable}. */
  void addUniqueConstraints(ConstrainedTable table, Annotation annotation) {
    {
      for (Annotation unique : annotation.annotations("uniqueConstraints", context.elements)) {
        List<String> columns = unique.strings("columnNames").stream().map(n -> resolve(table, n)).toList();
        String name = unique.string("name");
        if (name.isEmpty()) {
          // Hibernate hashes the column names as @UniqueConstraint writes them (its logical identifiers,
          // keywords quoted), not the physical ones
          List<String> written = unique.strings("columnNames").stream().map(context.quoting::logical).toList();
          table.addUniqueKey(new UniqueKey(Naming.constraintName("UK", table.name(), written), columns, true));
        } else {
          table.addUniqueKey(new UniqueKey(name, columns, false));
        }
      }
    }
  }

  private Index index(ConstrainedTable table, Annotation index) {
    List<String> columns = new ArrayList<>();
    List<String> writtenColumns = new ArrayList<>(); // Hibernate hashes the names as the columnList writes them
    for (String part : index.string("columnList").split(",")) {
      String[] words = part.trim().split("\\s+");
      String column = resolve(table, words[0]);
      writtenColumns.add(context.quoting.logical(words[0]));
      String order = words.length > 1 ? " " + words[1].toLowerCase(Locale.ROOT) : "";
      columns.add(order.equals(" asc") ? column + " asc" : column + order);
    }
    String name = index.string("name");
    boolean unique = index.bool("unique");
    return new Index(name.isEmpty() ? Naming.constraintName(unique ? "UK" : "IDX", table.name(), writtenColumns) : name,
        columns, unique);
  }

  private String resolve(ConstrainedTable table, String logical) {
    return table.resolve(logical).orElseGet(() -> {
      context.error(Code.UNSUPPORTED_MAPPING, table.description() + " names column '" + logical
          + "', which the table does not have; columns: " + String.join(", ", table.columnNames()), table.origin());
      return context.physical(logical);
    });
  }
}
