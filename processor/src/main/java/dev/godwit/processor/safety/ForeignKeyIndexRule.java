package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.Finding.Severity.WARNING;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddForeignKey;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.Identifiers;
import dev.godwit.processor.model.Index;
import dev.godwit.processor.model.Table;
import dev.godwit.processor.model.UniqueKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL, unlike MySQL and H2, creates no index for a foreign key: every delete or key update
 * of a referenced row then scans the referencing table, under a lock. Godwit never adds the index
 * itself (the schema must stay what Hibernate builds from the entities); it shows the
 * {@code @Index} to declare.
 */
final class ForeignKeyIndexRule implements SafetyRule {
  private static final String POSTGRESQL = "postgresql";

  @Override
  public List<Finding> check(Change change, RuleContext context) {
    if (!(change instanceof AddForeignKey add) || context.dialects().stream().noneMatch(d -> d.name().equals(POSTGRESQL))) {
      return List.of();
    }
    Optional<Table> table = context.after().table(add.table());
    if (table.isEmpty() || covered(table.get(), add.key())) {
      return List.of();
    }
    ForeignKey key = add.key();
    String columns = String.join(", ", key.columns());
    // an index name is one identifier, in the table's schema: from the table's own name
    String index = "ix_" + Identifiers.bare(Identifiers.local(add.table())) + "_" + String.join("_", key.columns());
    return List.of(new Finding(WARNING, Code.FOREIGN_KEY_WITHOUT_INDEX, add.table(), Optional.of(key.columns().get(0)),
        Finding.Hint.NONE, add.table() + "." + key.name(), List.of(POSTGRESQL),
        "foreign key " + key.name() + " " + add.table() + "(" + columns + ") has no index on PostgreSQL, which does not"
            + " create one: every delete or key update in " + key.referencedTable() + " scans all of " + add.table()
            + ", and joins from " + key.referencedTable() + " scan it too. Declare the index on the entity: @Table(indexes"
            + " = @Index(name = \"" + index + "\", columnList = \"" + columns + "\")), or acknowledge it: "
            + Advice.acknowledge(add.table() + "." + key.name(), Code.FOREIGN_KEY_WITHOUT_INDEX)));
  }

  /** Whether an index, unique key or the primary key starts with the key's columns, in any order. */
  static boolean covered(Table table, ForeignKey key) {
    List<List<String>> leading = new ArrayList<>();
    leading.add(table.primaryKey());
    table.uniqueKeys().stream().map(UniqueKey::columns).forEach(leading::add);
    table.indexes().stream().map(Index::columns)
        .map(cols -> cols.stream().map(c -> c.contains(" ") ? c.substring(0, c.indexOf(' ')) : c).toList())
        .forEach(leading::add);
    int n = key.columns().size();
    return leading.stream().anyMatch(cols -> cols.size() >= n
        && new HashSet<>(cols.subList(0, n)).equals(new HashSet<>(key.columns())));
  }
}
