package dev.godwit.processor.diff;

import dev.godwit.processor.diff.Change.AddColumn;
import dev.godwit.processor.diff.Change.AddForeignKey;
import dev.godwit.processor.diff.Change.AddUnique;
import dev.godwit.processor.diff.Change.AlterColumn;
import dev.godwit.processor.diff.Change.CreateIndex;
import dev.godwit.processor.diff.Change.CreateTable;
import dev.godwit.processor.diff.Change.DropColumn;
import dev.godwit.processor.diff.Change.DropForeignKey;
import dev.godwit.processor.diff.Change.DropIndex;
import dev.godwit.processor.diff.Change.DropTable;
import dev.godwit.processor.diff.Change.DropUnique;
import dev.godwit.processor.diff.Change.RenameColumn;
import dev.godwit.processor.diff.Change.RenameTable;
import dev.godwit.processor.diff.Change.AddCheck;
import dev.godwit.processor.diff.Change.AlterColumnDefault;
import dev.godwit.processor.diff.Change.CommentColumn;
import dev.godwit.processor.diff.Change.CommentTable;
import dev.godwit.processor.diff.Change.DropCheck;
import dev.godwit.processor.model.Check;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.Identifiers;
import dev.godwit.processor.model.Index;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.model.Table;
import dev.godwit.processor.model.UniqueKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Computes the ordered list of changes that turns one schema into another. Pure: the same two
 * schemas and hints always give the same list. Hints must already be validated (every rename's
 * previous name exists in {@code from}).
 */
public final class SchemaDiff {

  private static final Comparator<Change> ORDER =
      Comparator.comparing(Change::phase)
          .thenComparing(Change::subject)
          .thenComparing(Change::detail);

  private SchemaDiff() {}

  public static List<Change> between(Schema from, Schema to, DiffHints hints) {
    List<Change> changes = new ArrayList<>();
    // a schema the entities stop using stays: it may hold what Godwit does not manage (see DropSchema)
    to.schemas().stream().filter(s -> !from.schemas().contains(s)).forEach(s -> changes.add(new Change.CreateSchema(s)));
    Map<String, String> newNames = new HashMap<>(); // every kept table: its old name -> its name now (renamed or not)
    Set<String> matchedOld = new HashSet<>();
    for (Table target : to.tables()) {
      String previous = hints.previousTableName(target.name());
      Optional<Table> source = from.table(previous);
      if (source.isEmpty()) {
        changes.add(new CreateTable(target));
        target.foreignKeys().forEach(fk -> changes.add(new AddForeignKey(target.name(), fk, true)));
        continue;
      }
      matchedOld.add(previous);
      newNames.put(previous, target.name());
      if (!previous.equals(target.name()) && hints.expandsTable(target.name())) {
        changes.add(new Change.ExpandTable(new TableExpansion(previous, target.name(), source.get().columns())));
      } else if (!previous.equals(target.name())) {
        changes.add(new RenameTable(previous, target.name(), source.get().columns()));
      }
    }
    for (Table source : from.tables()) {
      if (!matchedOld.contains(source.name())) {
        source.foreignKeys().forEach(fk -> changes.add(new DropForeignKey(source.name(), fk, true)));
        changes.add(new DropTable(source));
      }
    }
    for (Table target : to.tables()) {
      String previous = hints.previousTableName(target.name());
      Optional<Table> source = from.table(previous);
      if (source.isPresent() && !unchanged(source.get(), target, hints, newNames)) {
        changes.addAll(tableChanges(source.get(), target, hints, newNames));
      }
    }
    changes.addAll(SequenceChanges.between(from, to, hints, newNames));
    changes.addAll(GeneratorRowChanges.between(from, to, hints, newNames));
    for (Expanded contract : hints.contracts()) {
      if (contract instanceof TableExpansion table) {
        changes.add(new Change.ContractTable(table));
      } else {
        Expansion column = (Expansion) contract;
        changes.addAll(contractColumn(column, contractReliance(column, to.table(column.table()), changes)));
      }
    }
    changes.sort(ORDER);
    return List.copyOf(dropsBeforeRenamesOntoTheirNames(changes));
  }

  /**
   * The contract step of a column's expand/contract: the old column's indexes and unique keys are
   * dropped before it (MySQL would narrow a multi-column one instead), and the new column's keys
   * that the expand created under an interim name take their own once the old ones are gone.
   */
  private static List<Change> contractColumn(Expansion expansion, Map<String, ReliantKeys> reliant) {
    List<Change> changes = new ArrayList<>();
    String table = expansion.table();
    ExpansionKeys keys = expansion.keys();
    keys.oldUniques().forEach(k -> changes.add(new DropUnique(table, k, reliant.getOrDefault(k.name(), ReliantKeys.NONE))));
    keys.oldIndexes().forEach(i -> changes.add(new DropIndex(table, i, reliant.getOrDefault(i.name(), ReliantKeys.NONE))));
    changes.add(new Change.ContractColumn(expansion));
    keys.renamedUniques().forEach(k -> changes.add(
        new Change.RenameInterimKey(table, ExpansionKeys.interimName(k.name()), k.name(), true)));
    keys.renamedIndexes().forEach(i -> changes.add(
        new Change.RenameInterimKey(table, ExpansionKeys.interimName(i.name()), i.name(), false)));
    return changes;
  }

  /**
   * By name, the foreign keys each old key a contract drops leaves without an index
   * ({@link ReliantForeignKeys}): the table's keys that this migration keeps, against the primary
   * key, unique keys and indexes that exist before and after it (the new column's keys among them,
   * under their interim names until the contract renames them). MySQL refuses the drop otherwise
   * (error 1553), so the dialect gives such a key its own index first. {@code planned}: this
   * migration's other changes.
   */
  private static Map<String, ReliantKeys> contractReliance(Expansion expansion, Optional<Table> target, List<Change> planned) {
    if (target.isEmpty() || expansion.keys().oldUniques().isEmpty() && expansion.keys().oldIndexes().isEmpty()) {
      return Map.of();
    }
    Table table = target.get();
    Set<String> added = new HashSet<>();
    boolean primaryKeyChanges = false;
    for (Change change : planned) {
      if (!change.subject().equals(table.name())) {
        continue;
      }
      if (change instanceof AddForeignKey c) {
        added.add(c.key().name());
      } else if (change instanceof AddUnique c) {
        added.add(c.key().name());
      } else if (change instanceof CreateIndex c) {
        added.add(c.index().name());
      } else if (change instanceof Change.AlterPrimaryKey) {
        primaryKeyChanges = true;
      }
    }
    List<List<String>> keptLeaders = new ArrayList<>();
    if (!primaryKeyChanges && !table.primaryKey().isEmpty()) {
      keptLeaders.add(table.primaryKey());
    }
    table.uniqueKeys().stream().filter(u -> !added.contains(u.name())).forEach(u -> keptLeaders.add(u.columns()));
    table.indexes().stream().filter(i -> !added.contains(i.name())).forEach(i -> keptLeaders.add(i.columns()));
    List<ForeignKey> kept = table.foreignKeys().stream().filter(fk -> !added.contains(fk.name())).toList();
    return new ReliantForeignKeys(kept, keptLeaders).forDrops(
        columnsByName(expansion.keys().oldUniques(), expansion.keys().oldIndexes()));
  }

  /**
   * A rename onto a name that is being dropped (drop {@code name}, rename {@code nick} to
   * {@code name}) can only run after that drop, so such a drop moves in front of the rename.
   */
  private static List<Change> dropsBeforeRenamesOntoTheirNames(List<Change> sorted) {
    Map<List<String>, Change> renameOnto = new HashMap<>(); // (table, new column name) or (new table name) -> rename
    for (Change change : sorted) {
      if (change instanceof RenameColumn r) {
        renameOnto.putIfAbsent(List.of(r.table(), r.to()), r);
      } else if (change instanceof RenameTable r) {
        renameOnto.putIfAbsent(List.of(r.to()), r);
      } else if (change instanceof Change.ExpandTable r) {
        renameOnto.putIfAbsent(List.of(r.expansion().to()), r);
      }
    }
    if (renameOnto.isEmpty()) {
      return sorted;
    }
    List<Change> result = new ArrayList<>(sorted);
    for (Change change : sorted) {
      Change rename = change instanceof DropColumn drop ? renameOnto.get(List.of(drop.table(), drop.column().name()))
          : change instanceof DropTable drop ? renameOnto.get(List.of(drop.table().name())) : null;
      if (rename != null) {
        result.remove(change);
        result.add(result.indexOf(rename), change);
      }
    }
    return result;
  }

  /** The changes that undo {@code up}, in the order they must run. */
  public static List<Change> reverse(List<Change> up) {
    List<Change> down = new ArrayList<>(up.size());
    for (int i = up.size() - 1; i >= 0; i--) {
      down.add(up.get(i).reverse());
    }
    return List.copyOf(down);
  }

  /**
   * True when {@link #tableChanges} would find nothing: the table is equal to its snapshot, no hint
   * renames one of its columns and no table its keys reference was renamed. Most tables of an edit
   * are unchanged, and comparing the records costs far less than the full comparison.
   */
  private static boolean unchanged(Table source, Table target, DiffHints hints, Map<String, String> newNames) {
    if (!source.equals(target)) {
      return false;
    }
    String table = target.name();
    for (Column column : target.columns()) {
      if (!hints.previousColumnName(table, column.name()).equals(column.name())) {
        return false;
      }
    }
    for (ForeignKey key : target.foreignKeys()) {
      String referenced = key.referencedTable();
      if (!newNames.getOrDefault(referenced, referenced).equals(referenced)) {
        return false;
      }
    }
    return true;
  }

  private static List<Change> tableChanges(
      Table source, Table target, DiffHints hints, Map<String, String> newNames) {
    List<Change> changes = new ArrayList<>();
    String table = target.name();
    Map<String, String> previousOf = new HashMap<>();
    for (Column column : target.columns()) {
      previousOf.put(column.name(), hints.previousColumnName(table, column.name()));
    }
    Set<String> keptOld = new HashSet<>();
    Map<String, String> renamedColumns = new HashMap<>(); // old column name -> new column name
    Set<String> converted = new HashSet<>();
    List<Expansion> expansions = new ArrayList<>();
    for (Column column : target.columns()) {
      String previous = sameColumnOtherQuoting(source, previousOf.get(column.name()));
      Optional<Column> old = source.column(previous);
      Optional<String> backfill = hints.backfill(table, column.name());
      if (old.isEmpty()) {
        changes.add(new AddColumn(table, column, backfill));
        continue;
      }
      keptOld.add(previous);
      renamedColumns.put(previous, column.name());
      if (!previous.equals(column.name()) && hints.expands(table, column.name())) {
        // the old column stays until the contract step of a later release
        // @Backfill converts the old values to a new type, or fills the NULLs of a column made NOT NULL
        boolean sameType = old.get().type().equals(column.type()) && old.get().definition().equals(column.definition());
        boolean fillsNulls = old.get().nullable() && !column.nullable();
        Optional<String> conversion = sameType && !fillsNulls ? Optional.empty() : backfill;
        expansions.add(new Expansion(table, old.get(), column, conversion, hints.reverse(table, column.name())));
        continue;
      }
      if (!previous.equals(column.name())) {
        changes.add(new RenameColumn(table, previous, column.name(), old.get().withName(column.name())));
      }
      Column renamed = old.get().withName(column.name());
      if (!structure(renamed).equals(structure(column))) {
        AlterColumn alter = new AlterColumn(table, renamed, column, backfill);
        changes.add(alter);
        if (alter.converts()) {
          converted.add(column.name());
        }
      }
      if (!renamed.defaultValue().equals(column.defaultValue())) {
        changes.add(new AlterColumnDefault(table, column.name(), renamed.defaultValue(), column.defaultValue()));
      }
      if (!renamed.comment().equals(column.comment())) {
        changes.add(new CommentColumn(table, column, renamed.comment()));
      }
    }
    for (Column column : source.columns()) {
      if (!keptOld.contains(column.name())) {
        changes.add(new DropColumn(table, column));
      }
    }
    List<String> oldPrimaryKey = source.primaryKey().stream().map(c -> renamedColumns.getOrDefault(c, c)).toList();
    if (!oldPrimaryKey.equals(target.primaryKey())) {
      changes.add(new Change.AlterPrimaryKey(table, oldPrimaryKey, target.primaryKey()));
    }
    // Constraints are matched by name; drops use the names before renames, adds the names after.
    String oldTable = source.name();
    Function<ForeignKey, ForeignKey> followRenames =
        fk -> fk.withReferencedTable(newNames.getOrDefault(fk.referencedTable(), fk.referencedTable()));
    List<ForeignKey> sourceKeys = source.foreignKeys().stream().map(followRenames).toList();
    // keys and indexes over a converted column go with it (MySQL and H2 convert through a new column)
    List<ForeignKey> droppedForeignKeys = new ArrayList<>();
    List<ForeignKey> addedForeignKeys = new ArrayList<>();
    diffNamed(sourceKeys, target.foreignKeys(), ForeignKey::name, fk -> overlaps(fk.columns(), converted),
        droppedForeignKeys::add, addedForeignKeys::add);
    // a table's expand renames the keys whose names Hibernate derives from its name, instead of a drop and an add
    boolean expanded = !oldTable.equals(table) && hints.expandsTable(table);
    for (ForeignKey added : List.copyOf(addedForeignKeys)) {
      if (!expanded && !hints.expandsTable(added.referencedTable())) {
        continue;
      }
      droppedForeignKeys.stream().filter(d -> sameForeignKey(d, added)).findFirst().ifPresent(dropped -> {
        droppedForeignKeys.remove(dropped);
        addedForeignKeys.remove(added);
        // both name the referenced table as it is named by then (the undo runs before the table gets its old name back)
        changes.add(new Change.RenameForeignKey(table, dropped, added,
            ownIndex(target, added.columns())));
      });
    }
    droppedForeignKeys.forEach(fk -> changes.add(new DropForeignKey(oldTable, original(source.foreignKeys(), fk.name()), false)));
    addedForeignKeys.forEach(fk -> changes.add(new AddForeignKey(table, fk, false)));
    List<UniqueKey> droppedKeys = new ArrayList<>();
    List<UniqueKey> addedKeys = new ArrayList<>();
    List<Index> droppedIndexes = new ArrayList<>();
    List<Index> createdIndexes = new ArrayList<>();
    diffNamed(source.uniqueKeys(), target.uniqueKeys(), UniqueKey::name, u -> overlaps(u.columns(), converted),
        droppedKeys::add, addedKeys::add);
    diffNamed(source.indexes(), target.indexes(), Index::name, i -> overlaps(i.columns(), converted),
        droppedIndexes::add, createdIndexes::add);
    if (expanded) {
      for (UniqueKey added : List.copyOf(addedKeys)) {
        droppedKeys.stream().filter(d -> d.columns().equals(added.columns())).findFirst().ifPresent(dropped -> {
          droppedKeys.remove(dropped);
          addedKeys.remove(added);
          changes.add(new Change.RenameUnique(table, oldTable, dropped, table, added));
        });
      }
      for (Index added : List.copyOf(createdIndexes)) {
        droppedIndexes.stream().filter(d -> d.columns().equals(added.columns()) && d.unique() == added.unique())
            .findFirst().ifPresent(dropped -> {
              droppedIndexes.remove(dropped);
              createdIndexes.remove(added);
              changes.add(new Change.RenameIndex(table, dropped, added));
            });
      }
    }
    List<List<String>> keptLeaders = new ArrayList<>();
    if (oldPrimaryKey.equals(target.primaryKey()) && !target.primaryKey().isEmpty()) {
      keptLeaders.add(target.primaryKey());
    }
    target.uniqueKeys().stream().filter(u -> !addedKeys.contains(u)).forEach(u -> keptLeaders.add(u.columns()));
    target.indexes().stream().filter(i -> !createdIndexes.contains(i)).forEach(i -> keptLeaders.add(i.columns()));
    ReliantForeignKeys reliant = new ReliantForeignKeys(
        target.foreignKeys().stream().filter(fk -> !addedForeignKeys.contains(fk)).toList(), keptLeaders);
    List<ExpansionKeys> moved = moveKeys(expansions, droppedKeys, addedKeys, droppedIndexes, createdIndexes);
    for (int i = 0; i < expansions.size(); i++) {
      changes.add(new Change.ExpandColumn(expansions.get(i).withKeys(moved.get(i))));
    }
    Map<String, ReliantKeys> onDrop = reliant.forDrops(columnsByName(droppedKeys, droppedIndexes));
    Map<String, ReliantKeys> onCreate = reliant.forCreates(columnsByName(addedKeys, createdIndexes));
    droppedKeys.forEach(u -> changes.add(new DropUnique(oldTable, u, onDrop.get(u.name()))));
    addedKeys.forEach(u -> changes.add(new AddUnique(table, u, onCreate.get(u.name()))));
    droppedIndexes.forEach(i -> changes.add(new DropIndex(oldTable, i, onDrop.get(i.name()))));
    createdIndexes.forEach(i -> changes.add(new CreateIndex(table, i, onCreate.get(i.name()))));
    diffNamed(source.checks(), target.checks(), Check::key, c -> false,
        c -> changes.add(new DropCheck(oldTable, c)),
        c -> changes.add(new AddCheck(table, c)));
    if (!source.comment().equals(target.comment())) {
      changes.add(new CommentTable(table, source.comment(), target.comment()));
    }
    return changes;
  }

  /**
   * The keys an expand/contract of a column moves ({@link ExpansionKeys}), one entry per expansion:
   * a dropped key over an old column stays until the contract (taken out of {@code droppedKeys} and
   * {@code droppedIndexes}); an added key over a new column is created by the expand, under its
   * interim name while an old key holds its own (replaced so in {@code addedKeys} and
   * {@code createdIndexes}). A key over two expanded columns goes with the first.
   */
  private static List<ExpansionKeys> moveKeys(List<Expansion> expansions, List<UniqueKey> droppedKeys,
      List<UniqueKey> addedKeys, List<Index> droppedIndexes, List<Index> createdIndexes) {
    List<ExpansionKeys> result = new ArrayList<>();
    if (expansions.isEmpty()) {
      return result;
    }
    List<List<UniqueKey>> oldUniques = new ArrayList<>();
    List<List<Index>> oldIndexes = new ArrayList<>();
    List<List<UniqueKey>> renamedUniques = new ArrayList<>();
    List<List<Index>> renamedIndexes = new ArrayList<>();
    for (int i = 0; i < expansions.size(); i++) {
      oldUniques.add(new ArrayList<>());
      oldIndexes.add(new ArrayList<>());
      renamedUniques.add(new ArrayList<>());
      renamedIndexes.add(new ArrayList<>());
    }
    Set<String> heldNames = new HashSet<>();
    for (UniqueKey key : List.copyOf(droppedKeys)) {
      int owner = owner(expansions, key.columns(), true);
      if (owner >= 0) {
        droppedKeys.remove(key);
        oldUniques.get(owner).add(key);
        heldNames.add(key.name());
      }
    }
    for (Index index : List.copyOf(droppedIndexes)) {
      int owner = owner(expansions, index.columns(), true);
      if (owner >= 0) {
        droppedIndexes.remove(index);
        oldIndexes.get(owner).add(index);
        heldNames.add(index.name());
      }
    }
    for (int k = 0; k < addedKeys.size(); k++) {
      UniqueKey key = addedKeys.get(k);
      int owner = owner(expansions, key.columns(), false);
      if (owner >= 0 && heldNames.contains(key.name())) {
        addedKeys.set(k, ExpansionKeys.interim(key));
        renamedUniques.get(owner).add(key);
      }
    }
    for (int k = 0; k < createdIndexes.size(); k++) {
      Index index = createdIndexes.get(k);
      int owner = owner(expansions, index.columns(), false);
      if (owner >= 0 && heldNames.contains(index.name())) {
        createdIndexes.set(k, ExpansionKeys.interim(index));
        renamedIndexes.get(owner).add(index);
      }
    }
    for (int i = 0; i < expansions.size(); i++) {
      result.add(new ExpansionKeys(oldUniques.get(i), oldIndexes.get(i), renamedUniques.get(i), renamedIndexes.get(i)));
    }
    return result;
  }

  /** The first expansion whose old ({@code old}) or new column is one of {@code columns}; -1 if none. */
  private static int owner(List<Expansion> expansions, List<String> columns, boolean old) {
    for (int i = 0; i < expansions.size(); i++) {
      Expansion e = expansions.get(i);
      if (overlaps(columns, Set.of(old ? e.old().name() : e.now().name()))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * {@code name}, or the source's column of the same name quoted the other way. Hibernate quotes an
   * implicit join column when its target table's name is quoted, so renaming a referenced entity to
   * or from a keyword ({@code Review} to {@code User}) turns {@code review_id} into
   * {@code `review_id`}: the same column, renamed only where the database folds unquoted names
   * ({@link Change.RenameColumn#quotingOnly()}).
   */
  private static String sameColumnOtherQuoting(Table source, String name) {
    if (source.column(name).isPresent()) {
      return name;
    }
    String other = Identifiers.isQuoted(name) ? Identifiers.bare(name) : Identifiers.quoted(name);
    return source.column(other).isPresent() ? other : name;
  }

  private static Map<String, List<String>> columnsByName(List<UniqueKey> keys, List<Index> indexes) {
    Map<String, List<String>> columns = new HashMap<>();
    keys.forEach(u -> columns.put(u.name(), u.columns()));
    indexes.forEach(i -> columns.put(i.name(), i.columns()));
    return columns;
  }

  /** The column without what changes through its own statements (default, comment). */
  private static Column structure(Column column) {
    return column.withDefaultValue(Optional.empty()).withComment(Optional.empty());
  }

  /** The same key but for its name (the referenced table as it is named now). */
  private static boolean sameForeignKey(ForeignKey a, ForeignKey b) {
    return a.columns().equals(b.columns()) && a.referencedTable().equals(b.referencedTable())
        && a.referencedColumns().equals(b.referencedColumns()) && a.onDelete() == b.onDelete();
  }

  /**
   * Whether InnoDB gave the foreign key over {@code columns} an index of its own (named after the
   * key): no primary key, unique key or index of the table starts with those columns.
   */
  private static boolean ownIndex(Table table, List<String> columns) {
    List<List<String>> leaders = new ArrayList<>();
    leaders.add(table.primaryKey());
    table.uniqueKeys().forEach(u -> leaders.add(u.columns()));
    table.indexes().forEach(i -> leaders.add(i.columns()));
    return leaders.stream().noneMatch(l -> l.size() >= columns.size() && l.subList(0, columns.size()).equals(columns));
  }

  private static ForeignKey original(List<ForeignKey> keys, String name) {
    return keys.stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
  }

  /**
   * Anything present on one side only, different on both, or {@code rebuilt} although the same, is
   * dropped and added again.
   */
  private static <T> void diffNamed(
      List<T> before, List<T> after, Function<T, String> name, java.util.function.Predicate<T> rebuilt,
      java.util.function.Consumer<T> drop, java.util.function.Consumer<T> add) {
    Map<String, T> afterByName = after.stream().collect(Collectors.toMap(name, Function.identity()));
    Map<String, T> beforeByName = before.stream().collect(Collectors.toMap(name, Function.identity()));
    for (T old : before) {
      T now = afterByName.get(name.apply(old));
      if (!Objects.equals(old, now) || rebuilt.test(old)) {
        drop.accept(old);
      }
    }
    for (T now : after) {
      if (!Objects.equals(beforeByName.get(name.apply(now)), now) || rebuilt.test(now)) {
        add.accept(now);
      }
    }
  }

  /** Whether any of {@code columns} (an index column may carry {@code desc}) is one of {@code names}. */
  private static boolean overlaps(List<String> columns, Set<String> names) {
    return columns.stream().anyMatch(c -> names.contains(c.indexOf(' ') < 0 ? c : c.substring(0, c.indexOf(' '))));
  }
}
