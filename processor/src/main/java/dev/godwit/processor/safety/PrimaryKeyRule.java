package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.Finding.Severity.ERROR;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AlterPrimaryKey;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.Table;
import dev.godwit.processor.model.UniqueKey;
import java.util.List;
import java.util.Optional;

/**
 * Adding or replacing a primary key builds (on MySQL: clusters the table around) a unique index
 * under a lock, fails if the new key columns hold duplicates or NULLs, and breaks foreign keys
 * that reference the old key. The message gives the two-release path: the new key columns made
 * unique and NOT NULL first (built online, and failing before anything depends on them), the
 * switch in the next release; when the schema before already is that first release, it says so.
 */
final class PrimaryKeyRule implements SafetyRule {
  @Override
  public List<Finding> check(Change change, RuleContext context) {
    if (!(change instanceof AlterPrimaryKey alter)) {
      return List.of();
    }
    String table = alter.table();
    Optional<Table> before = context.before().table(table);
    List<ForeignKey> referencing = alter.from().isEmpty() ? List.of() : context.before().tables().stream()
        .flatMap(t -> t.foreignKeys().stream().filter(k -> k.referencedTable().equals(table)
            && k.referencedColumns().equals(alter.from())).map(k -> new ForeignKey(t.name() + "." + k.name(), k.columns(),
            k.referencedTable(), k.referencedColumns(), k.onDelete())))
        .toList();
    String breaks = referencing.isEmpty() ? "" : " (" + String.join(", ", referencing.stream().map(ForeignKey::name).toList()) + ")";
    return List.of(Finding.onTable(ERROR, Code.PRIMARY_KEY_CHANGE, table, context.dialectNames(),
        "changing the primary key of " + table + " from " + alter.from() + " to " + alter.to() + ": "
            + RuleContext.howEach(context.dialects(), change) + ". It fails if the new key has duplicates or NULLs,"
            + " and breaks foreign keys that reference the old key" + breaks + ". " + path(alter, before, referencing)
            + Advice.acknowledge(table, Code.PRIMARY_KEY_CHANGE)));
  }

  /** The two-release alternative, or why none is left, ending where the acknowledgement follows. */
  private static String path(AlterPrimaryKey alter, Optional<Table> before, List<ForeignKey> referencing) {
    List<String> to = alter.to();
    if (to.isEmpty()) {
      return "Dropping a key has no safer form. If that is intended, acknowledge it: ";
    }
    Optional<String> prepared = before.flatMap(t -> prepared(t, to));
    if (prepared.isPresent() && referencing.isEmpty()) {
      return "The previous release already made " + to + " unique (" + prepared.get() + ") and NOT NULL, so the switch"
          + " cannot fail on duplicates or NULLs, and no foreign key references the old key: what is left is the work"
          + " described above. Acknowledge it: ";
    }
    String columns = String.join(", ", to);
    String unique = to.size() == 1
        ? "@Column(unique = true, nullable = false) on the field of " + to.get(0)
        : "@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"
            + String.join(", ", to.stream().map(c -> "\"" + c + "\"").toList()) + "})) and @Column(nullable = false) on the"
            + " fields of " + columns;
    return "The safe path takes two releases. First release: keep the key" + (alter.from().isEmpty() ? " as it is" : " on "
        + alter.from()) + " and declare " + unique + "; Godwit builds that unique index online where the server can (a"
        + " concurrent build on PostgreSQL, INPLACE on MySQL) and it fails then, before anything depends on the new key,"
        + " if rows share a value (find them first: SELECT " + columns + ", count(*) FROM " + alter.table() + " GROUP BY "
        + columns + " HAVING count(*) > 1)"
        + (referencing.isEmpty() ? "" : "; in the same release point the foreign keys that reference the old key at "
            + to + " (@JoinColumn(referencedColumnName = \"" + to.get(0) + "\")" + (to.size() > 1 ? ", one per column" : "")
            + ")")
        + ". Next release: move @Id to " + to + ", and acknowledge the switch, which still takes the lock above: ";
  }

  /** The unique key of {@code table} on exactly {@code columns}, if they are all NOT NULL too. */
  private static Optional<String> prepared(Table table, List<String> columns) {
    boolean notNull = columns.stream().allMatch(c -> table.column(c).map(col -> !col.nullable()).orElse(false));
    if (!notNull) {
      return Optional.empty();
    }
    return table.uniqueKeys().stream().filter(k -> new java.util.HashSet<>(k.columns()).equals(new java.util.HashSet<>(columns)))
        .map(UniqueKey::name).findFirst()
        .or(() -> table.indexes().stream().filter(i -> i.unique() && new java.util.HashSet<>(i.columns()).equals(
            new java.util.HashSet<>(columns))).map(dev.godwit.processor.model.Index::name).findFirst());
  }
}
