package dev.godwit.processor.diff;

import dev.godwit.processor.model.Check;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.IdColumn;
import dev.godwit.processor.model.Identifiers;
import dev.godwit.processor.model.GeneratorRow;
import dev.godwit.processor.model.Index;
import dev.godwit.processor.model.Sequence;
import dev.godwit.processor.model.Table;
import dev.godwit.processor.model.UniqueKey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One schema change, named verb + noun. Every change knows its phase (which fixes the order of a
 * migration), the table it touches, how to describe itself and how to undo itself.
 */
public sealed interface Change {

  /** The order in which changes run: drops of dependents first, additions of dependents last. */
  enum Phase {
    CREATE_SCHEMA,
    DELETE_ROW,
    DROP_FOREIGN_KEY,
    DROP_INDEX,
    RENAME_TABLE,
    RENAME_COLUMN,
    CREATE_SEQUENCE,
    CREATE_TABLE,
    ADD_COLUMN,
    ALTER_COLUMN,
    INSERT_ROW,
    DROP_COLUMN,
    DROP_TABLE,
    DROP_SEQUENCE,
    ADD_INDEX,
    ADD_FOREIGN_KEY,
    DROP_SCHEMA
  }

  Phase phase();

  /** The table this change touches (for sequences, the sequence name). */
  String subject();

  /** Name of the constraint, index or column within the subject, used to order within a phase. */
  String detail();

  /** The change that undoes this one. */
  Change reverse();

  /** One line for humans, e.g. {@code add column customer.email varchar(255)}. */
  String describe();

  /** Words for the migration's file name, e.g. {@code add_customer_email}. */
  String slug();

  /** Whether this change alone says what a migration does (constraints of new tables do not). */
  default boolean primary() {
    return true;
  }

  /**
   * Creates a schema ({@code @Table(schema = ...)} and the like) unless it exists, before the first
   * table or sequence in it. Where the dialect keeps no schemas (MySQL) it is nothing.
   */
  record CreateSchema(String schema) implements Change {
    public Phase phase() { return Phase.CREATE_SCHEMA; }
    public String subject() { return schema; }
    public String detail() { return ""; }
    public Change reverse() { return new DropSchema(schema); }
    public boolean primary() { return false; }
    public String describe() { return "create schema " + schema; }
    public String slug() { return "create_schema_" + schema; }
  }

  /**
   * Drops a schema the migration it undoes created, once its tables are gone, and only if it is
   * empty. The diff never drops a schema the entities stop using: it may hold objects Godwit does
   * not manage, and leaving it empty changes nothing Hibernate checks.
   */
  record DropSchema(String schema) implements Change {
    public Phase phase() { return Phase.DROP_SCHEMA; }
    public String subject() { return schema; }
    public String detail() { return ""; }
    public Change reverse() { return new CreateSchema(schema); }
    public boolean primary() { return false; }
    public String describe() { return "drop schema " + schema + " if empty"; }
    public String slug() { return "drop_schema_" + schema; }
  }

  record CreateTable(Table table) implements Change {
    public Phase phase() { return Phase.CREATE_TABLE; }
    public String subject() { return table.name(); }
    public String detail() { return ""; }
    public Change reverse() { return new DropTable(table); }
    public String describe() { return "create table " + table.name(); }
    public String slug() { return "create_" + table.name(); }

    // written out: see Column.equals
    @Override
    public boolean equals(Object other) {
      return other instanceof CreateTable that && Objects.equals(table, that.table);
    }

    @Override
    public int hashCode() {
      return Objects.hash(table);
    }
  }

  record DropTable(Table table) implements Change {
    public Phase phase() { return Phase.DROP_TABLE; }
    public String subject() { return table.name(); }
    public String detail() { return ""; }
    public Change reverse() { return new CreateTable(table); }
    public String describe() { return "drop table " + table.name(); }
    public String slug() { return "drop_" + table.name(); }
  }

  /**
   * Renames a table. {@code columns} are its columns when it is renamed (those of the schema before
   * in both directions), for the constraints a database names after the table (PostgreSQL's checks).
   */
  record RenameTable(String from, String to, List<Column> columns) implements Change {
    public RenameTable {
      columns = List.copyOf(columns);
    }
    public Phase phase() { return Phase.RENAME_TABLE; }
    public String subject() { return from; }
    public String detail() { return to; }
    public Change reverse() { return new RenameTable(to, from, columns); }
    public String describe() {
      return (Identifiers.local(from).equals(Identifiers.local(to)) ? "move table " : "rename table ") + from + " to " + to;
    }
    public String slug() {
      return (Identifiers.local(from).equals(Identifiers.local(to)) ? "move_" : "rename_") + from + "_to_" + to;
    }
  }

  /** Adds a column; a NOT NULL column with a backfill is added nullable, filled, then tightened. */
  record AddColumn(String table, Column column, Optional<String> backfill) implements Change {
    public Phase phase() { return Phase.ADD_COLUMN; }
    public String subject() { return table; }
    public String detail() { return column.name(); }
    public Change reverse() { return new DropColumn(table, column); }
    public String describe() {
      return "add column " + table + "." + column.name() + " " + column.describeType()
          + (column.nullable() ? "" : " not null")
          + backfill.map(b -> " (backfill: " + b + ")").orElse("");
    }
    public String slug() { return "add_" + table + "_" + column.name(); }

    // written out: see Column.equals
    @Override
    public boolean equals(Object other) {
      return other instanceof AddColumn that && Objects.equals(table, that.table) && Objects.equals(column, that.column) && Objects.equals(backfill, that.backfill);
    }

    @Override
    public int hashCode() {
      return Objects.hash(table, column, backfill);
    }
  }

  record DropColumn(String table, Column column) implements Change {
    public Phase phase() { return Phase.DROP_COLUMN; }
    public String subject() { return table; }
    public String detail() { return column.name(); }
    public Change reverse() { return new AddColumn(table, column, Optional.empty()); }
    public String describe() { return "drop column " + table + "." + column.name(); }
    public String slug() { return "drop_" + table + "_" + column.name(); }

    // written out: see Column.equals
    @Override
    public boolean equals(Object other) {
      return other instanceof DropColumn that && Objects.equals(table, that.table) && Objects.equals(column, that.column);
    }

    @Override
    public int hashCode() {
      return Objects.hash(table, column);
    }
  }

  /**
   * Renames a column. {@code column} is the column when it is renamed (its type of the schema before
   * in both directions), for a check constraint a database names after the column.
   */
  record RenameColumn(String table, String from, String to, Column column) implements Change {
    /**
     * Whether only the quoting changes ({@code review_id} to {@code `review_id`}): a no-op where the
     * database stores both alike, a rename where it folds unquoted names (H2 to upper case).
     */
    public boolean quotingOnly() {
      return Identifiers.bare(from).equals(Identifiers.bare(to));
    }
    public Phase phase() { return Phase.RENAME_COLUMN; }
    public String subject() { return table; }
    public String detail() { return from; }
    public Change reverse() { return new RenameColumn(table, to, from, column.withName(from)); }
    public String describe() { return "rename column " + table + "." + from + " to " + to; }
    public String slug() { return "rename_" + table + "_" + from + "_to_" + to; }
  }

  /**
   * Changes a column's type and/or nullability. {@code using} converts existing values when the
   * type changes (from {@code @Backfill}) or fills NULLs before NOT NULL is set.
   */
  record AlterColumn(String table, Column from, Column to, Optional<String> using)
      implements Change {
    public Phase phase() { return Phase.ALTER_COLUMN; }
    public String subject() { return table; }
    public String detail() { return to.name(); }
    public Change reverse() { return new AlterColumn(table, to, from, Optional.empty()); }
    public boolean typeChanged() {
      return !from.type().equals(to.type()) || !from.definition().equals(to.definition());
    }
    public boolean nullabilityChanged() { return from.nullable() != to.nullable(); }
    /**
     * Whether the column becomes an identity or stops being one (an id switched to or from
     * {@code GenerationType.IDENTITY}): an identity added to a populated table starts past its ids.
     */
    public boolean identityChanged() { return from.identity() != to.identity(); }
    /**
     * Whether existing values are converted to a new type by an expression: MySQL and H2 do it
     * through a new column that replaces this one, so its keys and indexes are dropped first and
     * added again after.
     */
    public boolean converts() { return typeChanged() && using.isPresent(); }
    public String describe() {
      StringBuilder text = new StringBuilder("alter column " + table + "." + to.name());
      if (typeChanged()) {
        text.append(" type ").append(from.describeType()).append(" -> ").append(to.describeType());
      }
      if (nullabilityChanged()) {
        text.append(to.nullable() ? " drop not null" : " set not null");
      }
      if (identityChanged()) {
        text.append(to.identity() ? " add identity past the ids" : " drop identity");
      }
      using.ifPresent(u -> text.append(" (using: ").append(u).append(")"));
      return text.toString();
    }
    public String slug() { return "alter_" + table + "_" + to.name(); }

    // written out: see Column.equals
    @Override
    public boolean equals(Object other) {
      return other instanceof AlterColumn that && Objects.equals(table, that.table) && Objects.equals(from, that.from)
          && Objects.equals(to, that.to) && Objects.equals(using, that.using);
    }

    @Override
    public int hashCode() {
      return Objects.hash(table, from, to, using);
    }
  }

  /**
   * Replaces a table's primary key. It runs first among the column alterations (detail is empty),
   * after new columns exist and before old ones are dropped.
   */
  record AlterPrimaryKey(String table, List<String> from, List<String> to) implements Change {
    public AlterPrimaryKey {
      from = List.copyOf(from);
      to = List.copyOf(to);
    }
    public Phase phase() { return Phase.ALTER_COLUMN; }
    public String subject() { return table; }
    public String detail() { return ""; }
    public Change reverse() { return new AlterPrimaryKey(table, to, from); }
    public String describe() { return "alter primary key of " + table + " " + from + " -> " + to; }
    public String slug() { return "alter_" + table + "_primary_key"; }
  }

  /** Adds a unique key; {@code reliant} as for {@link CreateIndex}. */
  record AddUnique(String table, UniqueKey key, ReliantKeys reliant) implements Change {
    public AddUnique {
      java.util.Objects.requireNonNull(reliant, "reliant");
    }
    public AddUnique(String table, UniqueKey key) {
      this(table, key, ReliantKeys.NONE);
    }
    public Phase phase() { return Phase.ADD_INDEX; }
    public String subject() { return table; }
    public String detail() { return key.name(); }
    public Change reverse() { return new DropUnique(table, key, reliant); }
    public String describe() { return "add unique " + key.name() + " on " + table + key.columns(); }
    public String slug() { return "add_unique_" + table + "_" + String.join("_", key.columns()); }
  }

  /** Drops a unique key; {@code reliant} as for {@link DropIndex}. */
  record DropUnique(String table, UniqueKey key, ReliantKeys reliant) implements Change {
    public DropUnique {
      java.util.Objects.requireNonNull(reliant, "reliant");
    }
    public DropUnique(String table, UniqueKey key) {
      this(table, key, ReliantKeys.NONE);
    }
    public Phase phase() { return Phase.DROP_INDEX; }
    public String subject() { return table; }
    public String detail() { return key.name(); }
    public Change reverse() { return new AddUnique(table, key, reliant); }
    public String describe() { return "drop unique " + key.name() + " on " + table; }
    public String slug() { return "drop_unique_" + table + "_" + String.join("_", key.columns()); }
  }

  /**
   * Creates an index. {@code reliant} are the table's foreign keys, kept by the migration, whose own
   * index this one replaces on engines that index foreign keys themselves (MySQL, H2).
   */
  record CreateIndex(String table, Index index, ReliantKeys reliant) implements Change {
    public CreateIndex {
      java.util.Objects.requireNonNull(reliant, "reliant");
    }
    public CreateIndex(String table, Index index) {
      this(table, index, ReliantKeys.NONE);
    }
    public Phase phase() { return Phase.ADD_INDEX; }
    public String subject() { return table; }
    public String detail() { return index.name(); }
    public Change reverse() { return new DropIndex(table, index, reliant); }
    public String describe() { return "create index " + index.name() + " on " + table + index.columns(); }
    public String slug() { return "index_" + table + "_" + index.name(); }
  }

  /**
   * Renames an index, or a unique key ({@code constraint}) with its index: the contract step of an
   * expand/contract gives a key over the new column, created under an interim name while the old
   * column's key held its own, that name ({@link ExpansionKeys}).
   */
  record RenameInterimKey(String table, String from, String to, boolean constraint) implements Change {
    public Phase phase() { return Phase.ADD_INDEX; }
    public String subject() { return table; }
    public String detail() { return to; }
    public Change reverse() { return new RenameInterimKey(table, to, from, constraint); }
    public String describe() { return "rename " + (constraint ? "unique " : "index ") + from + " to " + to + " on " + table; }
    public String slug() { return "rename_index_" + to; }
  }

  /**
   * Drops an index. {@code reliant} are the table's foreign keys, kept by the migration, that have
   * no other index to use once this one is gone; MySQL and H2 refuse the drop until they have one.
   */
  record DropIndex(String table, Index index, ReliantKeys reliant) implements Change {
    public DropIndex {
      java.util.Objects.requireNonNull(reliant, "reliant");
    }
    public DropIndex(String table, Index index) {
      this(table, index, ReliantKeys.NONE);
    }
    public Phase phase() { return Phase.DROP_INDEX; }
    public String subject() { return table; }
    public String detail() { return index.name(); }
    public Change reverse() { return new CreateIndex(table, index, reliant); }
    public String describe() { return "drop index " + index.name() + " on " + table; }
    public String slug() { return "drop_index_" + index.name(); }
  }

  record AddForeignKey(String table, ForeignKey key, boolean ofNewTable) implements Change {
    public Phase phase() { return Phase.ADD_FOREIGN_KEY; }
    public String subject() { return table; }
    public String detail() { return key.name(); }
    public Change reverse() { return new DropForeignKey(table, key, ofNewTable); }
    public boolean primary() { return !ofNewTable; }
    public String describe() {
      return "add foreign key " + key.name() + " " + table + key.columns() + " -> "
          + key.referencedTable() + key.referencedColumns();
    }
    public String slug() { return "add_fk_" + table + "_" + String.join("_", key.columns()); }

    // written out: see Column.equals
    @Override
    public boolean equals(Object other) {
      return other instanceof AddForeignKey that && Objects.equals(table, that.table) && Objects.equals(key, that.key) && ofNewTable == that.ofNewTable;
    }

    @Override
    public int hashCode() {
      return Objects.hash(table, key, ofNewTable);
    }
  }

  record DropForeignKey(String table, ForeignKey key, boolean ofDroppedTable) implements Change {
    public Phase phase() { return Phase.DROP_FOREIGN_KEY; }
    public String subject() { return table; }
    public String detail() { return key.name(); }
    public Change reverse() { return new AddForeignKey(table, key, ofDroppedTable); }
    public boolean primary() { return !ofDroppedTable; }
    public String describe() { return "drop foreign key " + key.name() + " on " + table; }
    public String slug() { return "drop_fk_" + table + "_" + String.join("_", key.columns()); }
  }

  /**
   * Creates a sequence. {@code continues} are the id columns of existing tables it takes over
   * (named as they are when it runs): it is moved past the ids already in them, so that it never
   * hands out one of them again.
   */
  record CreateSequence(Sequence sequence, List<IdColumn> continues) implements Change {
    public CreateSequence {
      continues = List.copyOf(continues);
    }
    public CreateSequence(Sequence sequence) {
      this(sequence, List.of());
    }
    public Phase phase() { return Phase.CREATE_SEQUENCE; }
    public String subject() { return sequence.name(); }
    public String detail() { return ""; }
    public Change reverse() { return new DropSequence(sequence, continues); }
    public boolean primary() { return !continues.isEmpty(); }
    public String describe() {
      return "create sequence " + sequence.name() + " start " + sequence.start() + " increment " + sequence.increment()
          + (continues.isEmpty() ? "" : " past the ids in " + continues.stream().map(IdColumn::toString)
              .collect(java.util.stream.Collectors.joining(", ")));
    }
    public String slug() { return "create_sequence_" + sequence.name(); }

    // written out: see Column.equals
    @Override
    public boolean equals(Object other) {
      return other instanceof CreateSequence that && Objects.equals(sequence, that.sequence) && Objects.equals(continues, that.continues);
    }

    @Override
    public int hashCode() {
      return Objects.hash(sequence, continues);
    }
  }

  /**
   * Changes a sequence's start or allocation size in place, keeping its current value (dropping
   * and creating it again would restart the ids and collide with existing rows). {@code kept} are the
   * id columns it fills of tables that existed before (named as after the migration), which
   * instances of the previous release may still write.
   */
  record AlterSequence(Sequence from, Sequence to, List<IdColumn> kept) implements Change {
    public AlterSequence {
      kept = List.copyOf(kept);
    }
    public AlterSequence(Sequence from, Sequence to) {
      this(from, to, List.of());
    }
    public Phase phase() { return Phase.CREATE_SEQUENCE; }
    public String subject() { return to.name(); }
    public String detail() { return ""; }
    public Change reverse() { return new AlterSequence(to, from, kept); }
    public boolean primary() { return false; }
    public String describe() {
      return "alter sequence " + to.name() + " start " + from.start() + " -> " + to.start() + " increment "
          + from.increment() + " -> " + to.increment();
    }
    public String slug() { return "alter_sequence_" + to.name(); }
  }

  /**
   * Renames a sequence, keeping its current value: the ids it fills follow a renamed entity or a
   * changed {@code sequenceName}. {@code from} is the sequence before, with its settings. {@code kept}
   * are the id columns it filled of tables that stay (named as after the migration, through renames
   * of their tables and columns), which instances of the previous release still write.
   */
  record RenameSequence(Sequence from, String to, List<IdColumn> kept) implements Change {
    public RenameSequence {
      kept = List.copyOf(kept);
    }
    public RenameSequence(Sequence from, String to) {
      this(from, to, List.of());
    }
    public Phase phase() { return Phase.RENAME_TABLE; }
    public String subject() { return from.name(); }
    public String detail() { return to; }
    public Change reverse() { return new RenameSequence(from.withName(to), from.name(), kept); }
    public String describe() { return "rename sequence " + from.name() + " to " + to; }
    public String slug() { return "rename_sequence_" + from.name() + "_to_" + to; }
  }

  /**
   * Moves an existing sequence past the ids in {@code continues}, id columns of existing tables it
   * takes over (it never moves back). Undoing it does the same: harmless, as the ids stay.
   */
  record AdvanceSequence(Sequence sequence, List<IdColumn> continues) implements Change {
    public AdvanceSequence {
      continues = List.copyOf(continues);
    }
    public Phase phase() { return Phase.CREATE_SEQUENCE; }
    public String subject() { return sequence.name(); }
    public String detail() { return "advance"; }
    public Change reverse() { return this; }
    public String describe() {
      return "advance sequence " + sequence.name() + " past the ids in " + continues.stream().map(IdColumn::toString)
          .collect(java.util.stream.Collectors.joining(", "));
    }
    public String slug() { return "advance_sequence_" + sequence.name(); }
  }

  /**
   * Drops a sequence. {@code continues} are the id columns of tables that stay (named as they are
   * when it runs), which the sequence created again by the undo must continue.
   */
  record DropSequence(Sequence sequence, List<IdColumn> continues) implements Change {
    public DropSequence {
      continues = List.copyOf(continues);
    }
    public DropSequence(Sequence sequence) {
      this(sequence, List.of());
    }
    public Phase phase() { return Phase.DROP_SEQUENCE; }
    public String subject() { return sequence.name(); }
    public String detail() { return ""; }
    public Change reverse() { return new CreateSequence(sequence, continues); }
    public boolean primary() { return false; }
    public String describe() { return "drop sequence " + sequence.name(); }
    public String slug() { return "drop_sequence_" + sequence.name(); }
  }

  /** Sets, changes or removes a column's default ({@code @ColumnDefault}). */
  record AlterColumnDefault(String table, String column, Optional<String> from, Optional<String> to)
      implements Change {
    public Phase phase() { return Phase.ALTER_COLUMN; }
    public String subject() { return table; }
    public String detail() { return column; }
    public Change reverse() { return new AlterColumnDefault(table, column, to, from); }
    public String describe() {
      return "alter column " + table + "." + column + to.map(d -> " set default " + d).orElse(" drop default");
    }
    public String slug() { return "alter_" + table + "_" + column + "_default"; }
  }

  /**
   * Sets, changes or removes a column's comment ({@code @Comment}). {@code column} is the column
   * as it is when the comment changes (MySQL restates the whole column), holding the new comment.
   */
  record CommentColumn(String table, Column column, Optional<String> from) implements Change {
    public Phase phase() { return Phase.ALTER_COLUMN; }
    public String subject() { return table; }
    public String detail() { return column.name(); }
    public Change reverse() { return new CommentColumn(table, column.withComment(from), column.comment()); }
    public String describe() {
      return "comment on column " + table + "." + column.name() + " " + column.comment().map(c -> "'" + c + "'").orElse("removed");
    }
    public String slug() { return "comment_" + table + "_" + column.name(); }
  }

  /** Sets, changes or removes a table's comment ({@code @Comment} on the entity). */
  record CommentTable(String table, Optional<String> from, Optional<String> to) implements Change {
    public Phase phase() { return Phase.ALTER_COLUMN; }
    public String subject() { return table; }
    public String detail() { return ""; }
    public Change reverse() { return new CommentTable(table, to, from); }
    public String describe() { return "comment on table " + table + " " + to.map(c -> "'" + c + "'").orElse("removed"); }
    public String slug() { return "comment_" + table; }
  }

  record AddCheck(String table, Check check) implements Change {
    public Phase phase() { return Phase.ADD_INDEX; }
    public String subject() { return table; }
    public String detail() { return check.column().orElse("") + " " + check.condition(); }
    public Change reverse() { return new DropCheck(table, check); }
    public String describe() { return "add " + check.describe() + " on " + table + check.column().map(c -> "." + c).orElse(""); }
    public String slug() { return "add_check_" + table + check.column().map(c -> "_" + c).orElse(""); }
  }

  record DropCheck(String table, Check check) implements Change {
    public Phase phase() { return Phase.DROP_INDEX; }
    public String subject() { return table; }
    public String detail() { return check.column().orElse("") + " " + check.condition(); }
    public Change reverse() { return new AddCheck(table, check); }
    public String describe() { return "drop " + check.describe() + " on " + table + check.column().map(c -> "." + c).orElse(""); }
    public String slug() { return "drop_check_" + table + check.column().map(c -> "_" + c).orElse(""); }
  }

  /**
   * Inserts the row a table generator starts from. It runs after the table and its columns exist,
   * with the names after renames. {@code continues} are the id columns of existing tables the row
   * fills (named as they are when it runs): it starts past the ids already in them
   * ({@link GeneratorRow#pastLargestId()}), never below its own value, so that Hibernate never
   * hands out one of them again.
   */
  record InsertGeneratorRow(GeneratorRow row, List<IdColumn> continues) implements Change {
    public InsertGeneratorRow {
      continues = List.copyOf(continues);
    }
    public InsertGeneratorRow(GeneratorRow row) {
      this(row, List.of());
    }
    public Phase phase() { return Phase.INSERT_ROW; }
    public String subject() { return row.table(); }
    public String detail() { return row.segment(); }
    public Change reverse() { return new DeleteGeneratorRow(row, continues); }
    public boolean primary() { return !continues.isEmpty(); }
    public String describe() {
      return "insert generator row " + row.table() + " '" + row.segment() + "' = " + row.value()
          + (continues.isEmpty() ? "" : " or past the ids in " + ids(continues));
    }
    public String slug() { return "insert_" + row.table() + "_" + row.segment(); }
  }

  /**
   * Deletes the row of a generator that is gone. It runs first, with the names before renames; a
   * table dropped later in the same migration gets it back from the undo's insert. {@code continues}
   * are the id columns the row filled, named as before: the undo inserts it again at the end, when
   * they are so named again, past the ids written meanwhile. {@code kept} are those of tables that
   * stay, named as after the migration (through renames of their tables and columns), which instances
   * of the previous release still write.
   */
  record DeleteGeneratorRow(GeneratorRow row, List<IdColumn> continues, List<IdColumn> kept) implements Change {
    public DeleteGeneratorRow {
      continues = List.copyOf(continues);
      kept = List.copyOf(kept);
    }
    public DeleteGeneratorRow(GeneratorRow row, List<IdColumn> continues) {
      this(row, continues, List.of());
    }
    public DeleteGeneratorRow(GeneratorRow row) {
      this(row, List.of());
    }
    public Phase phase() { return Phase.DELETE_ROW; }
    public String subject() { return row.table(); }
    public String detail() { return row.segment(); }
    public Change reverse() { return new InsertGeneratorRow(row, continues); }
    public boolean primary() { return false; }
    public String describe() { return "delete generator row " + row.table() + " '" + row.segment() + "'"; }
    public String slug() { return "delete_" + row.table() + "_" + row.segment(); }
  }

  /**
   * Moves an existing generator row past the ids in {@code continues}, id columns of existing
   * tables it takes over (it never moves back). Undoing it does the same: harmless, as the ids stay.
   */
  record AdvanceGeneratorRow(GeneratorRow row, List<IdColumn> continues) implements Change {
    public AdvanceGeneratorRow {
      continues = List.copyOf(continues);
    }
    public Phase phase() { return Phase.INSERT_ROW; }
    public String subject() { return row.table(); }
    public String detail() { return row.segment(); }
    public Change reverse() { return this; }
    public String describe() {
      return "advance generator row " + row.table() + " '" + row.segment() + "' past the ids in " + ids(continues);
    }
    public String slug() { return "advance_" + row.table() + "_" + row.segment(); }
  }

  /**
   * A kept generator row's allocation size changes. Hibernate stores the last value it used and hands
   * out the block of the allocation size below the next one: a larger size would reach back into the
   * block already handed out, so a used row (past its initial value) grows by the difference; a
   * smaller one writes nothing.
   */
  record ResizeGeneratorRow(GeneratorRow from, GeneratorRow to) implements Change {
    public Phase phase() { return Phase.INSERT_ROW; }
    public String subject() { return to.table(); }
    public String detail() { return to.segment(); }
    public Change reverse() { return new ResizeGeneratorRow(to, from); }
    public boolean primary() { return false; }
    public String describe() {
      return "resize generator row " + to.table() + " '" + to.segment() + "' allocation size " + from.increment() + " -> "
          + to.increment();
    }
    public String slug() { return "resize_" + to.table() + "_" + to.segment(); }
  }

  /**
   * A generator row that stays stops filling {@code released}, id columns of tables that stay
   * (named as they are after the migration). Nothing changes in the database; the undo, which gives
   * those ids back to the row, first moves it past the ids written meanwhile by their new generator.
   */
  record ReleaseGeneratorRow(GeneratorRow row, List<IdColumn> released) implements Change {
    public ReleaseGeneratorRow {
      released = List.copyOf(released);
    }
    public Phase phase() { return Phase.INSERT_ROW; }
    public String subject() { return row.table(); }
    public String detail() { return row.segment(); }
    public Change reverse() { return new AdvanceGeneratorRow(row, released); }
    public boolean primary() { return false; }
    public String describe() {
      return "generator row " + row.table() + " '" + row.segment() + "' no longer fills " + ids(released);
    }
    public String slug() { return "release_" + row.table() + "_" + row.segment(); }
  }

  /**
   * A sequence that stays stops filling {@code released}, id columns of tables that stay (named as
   * they are after the migration). Nothing changes in the database; the undo, which gives those ids
   * back to the sequence, first moves it past the ids written meanwhile by their new generator.
   */
  record ReleaseSequence(Sequence sequence, List<IdColumn> released) implements Change {
    public ReleaseSequence {
      released = List.copyOf(released);
    }
    public Phase phase() { return Phase.CREATE_SEQUENCE; }
    public String subject() { return sequence.name(); }
    public String detail() { return "release"; }
    public Change reverse() { return new AdvanceSequence(sequence, released); }
    public boolean primary() { return false; }
    public String describe() { return "sequence " + sequence.name() + " no longer fills " + ids(released); }
    public String slug() { return "release_sequence_" + sequence.name(); }
  }

  private static String ids(List<IdColumn> ids) {
    return ids.stream().map(IdColumn::toString).collect(java.util.stream.Collectors.joining(", "));
  }

  /**
   * The expand step of an expand/contract: adds the new column next to the old one, keeps the two
   * in sync (a trigger where the dialect has one), fills the new column for existing rows and
   * makes the old one nullable, so instances of the previous and of this release both work.
   */
  record ExpandColumn(Expansion expansion) implements Change {
    public Phase phase() { return Phase.ADD_COLUMN; }
    public String subject() { return expansion.table(); }
    public String detail() { return expansion.now().name(); }
    public Change reverse() { return new RevertExpandColumn(expansion); }
    public String describe() {
      return "expand column " + expansion.describe() + expansion.forward().map(f -> " (backfill: " + f + ")").orElse("")
          + ", the old column kept in sync until the contract";
    }
    public String slug() { return "expand_" + expansion.table() + "_" + expansion.old().name() + "_to_" + expansion.now().name(); }
  }

  /** The undo of {@link ExpandColumn}: drops the sync and the new column; the old one holds every value. */
  record RevertExpandColumn(Expansion expansion) implements Change {
    public Phase phase() { return Phase.DROP_COLUMN; }
    public String subject() { return expansion.table(); }
    public String detail() { return expansion.now().name(); }
    public Change reverse() { return new ExpandColumn(expansion); }
    public String describe() {
      return "revert expand of column " + expansion.describe() + ": drop the sync and " + expansion.table() + "."
          + expansion.now().name();
    }
    public String slug() { return "revert_expand_" + expansion.table() + "_" + expansion.now().name(); }
  }

  /** The contract step of an expand/contract: drops the sync and the old column. */
  record ContractColumn(Expansion expansion) implements Change {
    public Phase phase() { return Phase.DROP_COLUMN; }
    public String subject() { return expansion.table(); }
    public String detail() { return expansion.old().name(); }
    public Change reverse() { return new RestoreColumn(expansion); }
    public String describe() {
      return "contract column " + expansion.describe() + ": drop the sync and " + expansion.table() + "."
          + expansion.old().name();
    }
    public String slug() { return "contract_" + expansion.table() + "_" + expansion.old().name(); }
  }

  /** The undo of {@link ContractColumn}: adds the old column again, filled from the new one and kept in sync. */
  record RestoreColumn(Expansion expansion) implements Change {
    public Phase phase() { return Phase.ADD_COLUMN; }
    public String subject() { return expansion.table(); }
    public String detail() { return expansion.old().name(); }
    public Change reverse() { return new ContractColumn(expansion); }
    public String describe() {
      return "restore column " + expansion.table() + "." + expansion.old().name() + " from " + expansion.table() + "."
          + expansion.now().name() + ", kept in sync until the contract";
    }
    public String slug() { return "restore_" + expansion.table() + "_" + expansion.old().name(); }
  }

  /**
   * The expand step of a table's expand/contract: renames the table and, where the dialect can,
   * creates an updatable view with the old name over it in the same step, so instances of the
   * previous release keep reading and writing the old name while this release uses the new one.
   */
  record ExpandTable(TableExpansion expansion) implements Change {
    public Phase phase() { return Phase.RENAME_TABLE; }
    public String subject() { return expansion.from(); }
    public String detail() { return expansion.to(); }
    public Change reverse() { return new RevertExpandTable(expansion); }
    public String describe() {
      return "expand table " + expansion.from() + " to " + expansion.to() + ", the old name kept as a view until the contract";
    }
    public String slug() { return "expand_" + expansion.from() + "_to_" + expansion.to(); }
  }

  /** The undo of {@link ExpandTable}: drops the view and gives the table its old name back. */
  record RevertExpandTable(TableExpansion expansion) implements Change {
    public Phase phase() { return Phase.RENAME_TABLE; }
    public String subject() { return expansion.to(); }
    public String detail() { return expansion.from(); }
    public Change reverse() { return new ExpandTable(expansion); }
    public String describe() {
      return "revert expand of table " + expansion.from() + " to " + expansion.to() + ": drop the view and rename the"
          + " table back";
    }
    public String slug() { return "revert_expand_" + expansion.to(); }
  }

  /** The contract step of a table's expand/contract: drops the view with the old name. */
  record ContractTable(TableExpansion expansion) implements Change {
    public Phase phase() { return Phase.DROP_TABLE; }
    public String subject() { return expansion.to(); }
    public String detail() { return expansion.from(); }
    public Change reverse() { return new RestoreTable(expansion); }
    public String describe() { return "contract table " + expansion.from() + " -> " + expansion.to() + ": drop the view " + expansion.from(); }
    public String slug() { return "contract_" + expansion.from(); }
  }

  /** The undo of {@link ContractTable}: the view with the old name again. */
  record RestoreTable(TableExpansion expansion) implements Change {
    public Phase phase() { return Phase.CREATE_TABLE; }
    public String subject() { return expansion.to(); }
    public String detail() { return expansion.from(); }
    public Change reverse() { return new ContractTable(expansion); }
    public String describe() { return "restore view " + expansion.from() + " over table " + expansion.to() + " until the contract"; }
    public String slug() { return "restore_" + expansion.from(); }
  }

  /**
   * A key kept as it is whose name changes with a table's name during an expand (Hibernate hashes
   * the table name into it): renamed in place rather than dropped and added, so the table is never
   * without it. {@code table} is the table the statement runs on (its name by then); each name is
   * the one the key has under {@code fromTable} and {@code toTable} (databases derive some names from
   * the table: PostgreSQL's {@code <table>_<column>_key}).
   */
  sealed interface RenameKey extends Change permits RenameUnique, RenameIndex, RenameForeignKey {
    String table();
    String fromName();
    String toName();
    default Phase phase() { return Phase.RENAME_COLUMN; } // after the table renames: the tables have their new names
    default String subject() { return table(); }
    default String detail() { return toName(); }
    default boolean primary() { return false; }
    default String slug() { return "rename_" + fromName() + "_to_" + toName(); }
  }

  /** Renames a unique key (see {@link RenameKey}). */
  record RenameUnique(String table, String fromTable, UniqueKey from, String toTable, UniqueKey to) implements RenameKey {
    public String fromName() { return from.name(); }
    public String toName() { return to.name(); }
    public Change reverse() { return new RenameUnique(table, toTable, to, fromTable, from); }
    public String describe() { return "rename unique key " + from.name() + " of " + table + " to " + to.name(); }
  }

  /** Renames an index (see {@link RenameKey}). */
  record RenameIndex(String table, Index from, Index to) implements RenameKey {
    public String fromName() { return from.name(); }
    public String toName() { return to.name(); }
    public Change reverse() { return new RenameIndex(table, to, from); }
    public String describe() { return "rename index " + from.name() + " of " + table + " to " + to.name(); }
  }

  /**
   * Renames a foreign key (see {@link RenameKey}). {@code ownIndex}: no other index of the table
   * starts with its columns, so MySQL's InnoDB made one named after the key, which is renamed with it.
   */
  record RenameForeignKey(String table, ForeignKey from, ForeignKey to, boolean ownIndex) implements RenameKey {
    public String fromName() { return from.name(); }
    public String toName() { return to.name(); }
    public Change reverse() { return new RenameForeignKey(table, to, from, ownIndex); }
    public String describe() { return "rename foreign key " + from.name() + " of " + table + " to " + to.name(); }
  }
}
