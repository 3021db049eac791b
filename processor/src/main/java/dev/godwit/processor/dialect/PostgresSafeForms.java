package dev.godwit.processor.dialect;

import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddColumn;
import dev.godwit.processor.diff.Change.AddForeignKey;
import dev.godwit.processor.diff.Change.AddUnique;
import dev.godwit.processor.diff.Change.AlterColumn;
import dev.godwit.processor.diff.Change.AlterPrimaryKey;
import dev.godwit.processor.diff.Change.CreateIndex;
import dev.godwit.processor.diff.Change.CreateSequence;
import dev.godwit.processor.diff.Change.CreateTable;
import dev.godwit.processor.diff.Change.DropForeignKey;
import dev.godwit.processor.diff.Change.DropIndex;
import dev.godwit.processor.diff.Change.DropSequence;
import dev.godwit.processor.diff.Change.DropTable;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.Index;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * PostgreSQL's online forms of changes to existing tables. Every step that takes a lock which
 * blocks writers runs under the migration's short {@code lock_timeout} inside a retry loop, so it
 * either gets its lock at once or steps aside for the writers queued behind it; indexes are built
 * concurrently; constraints are added {@code NOT VALID} and validated under a lock writers pass;
 * backfills commit in batches sized to take about {@value #BATCH_MILLIS} ms.
 */
final class PostgresSafeForms {
  static final int BATCH_MILLIS = 20;
  private static final Pattern LITERAL = Pattern.compile(
      "'(?:[^']|'')*'|[-+]?[0-9]+(?:\\.[0-9]+)?|true|false", Pattern.CASE_INSENSITIVE);

  private final PostgresDialect dialect;
  private final int version;
  private final LockPolicy lock;

  PostgresSafeForms(PostgresDialect dialect, int version, LockPolicy lock) {
    this.dialect = dialect;
    this.version = version;
    this.lock = lock;
  }

  /**
   * Whether the migration only creates or drops whole tables and sequences (with their keys), so
   * no lock on a table that stays in use is held across steps and one transaction is harmless.
   */
  static boolean createsOrDropsOnly(List<Change> changes) {
    return changes.stream().allMatch(c -> c instanceof CreateTable || c instanceof DropTable
        || c instanceof Change.CreateSchema || c instanceof Change.DropSchema
        || c instanceof CreateSequence || c instanceof DropSequence || c instanceof Change.AdvanceSequence
        || c instanceof Change.ReleaseSequence || c instanceof Change.AdvanceGeneratorRow
        || c instanceof Change.ReleaseGeneratorRow || c instanceof Change.ResizeGeneratorRow
        || c instanceof Change.InsertGeneratorRow || c instanceof Change.DeleteGeneratorRow
        || (c instanceof AddForeignKey fk && fk.ofNewTable()) || (c instanceof DropForeignKey fk && fk.ofDroppedTable()));
  }

  List<String> statements(Change change) {
    if (change instanceof CreateTable || change instanceof CreateSequence || change instanceof DropSequence
        || change instanceof Change.CreateSchema || change instanceof Change.DropSchema
        || change instanceof Change.AdvanceSequence || change instanceof Change.ReleaseSequence
        || change instanceof Change.AdvanceGeneratorRow || change instanceof Change.ReleaseGeneratorRow
        || change instanceof Change.ResizeGeneratorRow
        || change instanceof Change.InsertGeneratorRow || change instanceof Change.DeleteGeneratorRow) {
      return dialect.plain(change);
    } else if (change instanceof CreateIndex c) {
      return concurrently(c.table(), c.index().name(), dialect.createIndex(c.table(), c.index()));
    } else if (change instanceof DropIndex c) {
      return withoutLockTimeout(List.of("drop index concurrently if exists " + dialect.indexName(c.table(), c.index().name())));
    } else if (change instanceof AddUnique c) {
      String name = dialect.uniqueName(c.table(), c.key());
      List<String> statements = new ArrayList<>(concurrently(c.table(), name,
          dialect.createIndex(c.table(), new Index(name, c.key().columns(), true))));
      statements.add(retried(alterTable(c.table()) + " add constraint " + dialect.quote(name) + " unique using index "
          + dialect.quote(name)));
      return statements;
    } else if (change instanceof AlterPrimaryKey c && !c.to().isEmpty()) {
      return alterPrimaryKey(c);
    } else if (change instanceof AddForeignKey c) {
      return addForeignKey(c);
    } else if (change instanceof Change.AddCheck c) {
      // a check (@Check) on an existing table: NOT VALID under a brief lock, then validated while writes continue
      if (dialect.plain(change).isEmpty()) {
        return List.of();
      }
      String name = dialect.userCheckName(c.table(), c.check());
      List<String> statements = new ArrayList<>(addNotValid(c.table(), name, dialect.plain(change).get(0)));
      statements.add(validate(c.table(), name));
      return statements;
    } else if (change instanceof AddColumn c) {
      return addColumn(c);
    } else if (change instanceof AlterColumn c) {
      return alterColumn(c);
    }
    return dialect.plain(change).stream().map(PostgresSafeForms::retried).toList();
  }

  /**
   * A unique index on the new key built concurrently, then the key swapped to it in one brief
   * statement (the old key dropped and {@code ADD CONSTRAINT ... PRIMARY KEY USING INDEX}, which
   * renames the index to the key's name), so the table is never without a key. The key columns are
   * NOT NULL by then (the column changes come first and use the validated-check form), so attaching
   * the index does not scan.
   */
  private List<String> alterPrimaryKey(AlterPrimaryKey change) {
    String table = change.table();
    String index = dialect.primaryKeyIndexName(table, change.to());
    List<String> statements = new ArrayList<>(concurrently(table, index,
        dialect.createIndex(table, new Index(index, change.to(), true))));
    String attach = "add constraint " + dialect.quote(dialect.primaryKeyName(table)) + " primary key using index "
        + dialect.quote(index);
    statements.add(retried(alterTable(table) + (change.from().isEmpty() ? " " : " drop constraint "
        + dialect.quote(dialect.primaryKeyName(table)) + ", ") + attach));
    return statements;
  }

  private List<String> addForeignKey(AddForeignKey change) {
    ForeignKey key = change.key();
    String add = alterTable(change.table()) + " add " + dialect.foreignKeyClause(change.table(), key);
    if (change.ofNewTable()) {
      return List.of(retried(add)); // the new table is empty: validation is instant
    }
    List<String> statements = new ArrayList<>(addNotValid(change.table(), key.name(), add));
    statements.add(validate(change.table(), key.name()));
    return statements;
  }

  private List<String> addColumn(AddColumn change) {
    Column column = change.column();
    List<String> statements = new ArrayList<>();
    String add = alterTable(change.table()) + " add column " + dialect.columnDefinition(change.table(), column.withNullable(true));
    if (change.backfill().isEmpty() || column.nullable()) {
      statements.add(retried(alterTable(change.table()) + " add column " + dialect.columnDefinition(change.table(), column)));
    } else if (isLiteral(change.backfill().get())) {
      // a constant default is stored in the catalog (PostgreSQL 11+): no rewrite, existing rows read it
      statements.add(retried(add + " default " + change.backfill().get() + " not null"));
      statements.add(retried(alterTable(change.table()) + " alter column " + dialect.quote(column.name()) + " drop default"));
    } else {
      statements.add(retried(add));
      statements.addAll(backfill(change.table(), column.name(), change.backfill().get()));
      statements.addAll(setNotNull(change.table(), column));
    }
    dialect.check(column).ifPresent(condition -> statements.addAll(addCheck(change.table(), column.name(), condition)));
    return statements;
  }

  private List<String> alterColumn(AlterColumn change) {
    String table = change.table();
    Column to = change.to();
    List<String> statements = new ArrayList<>();
    Optional<String> oldCheck = dialect.check(change.from());
    Optional<String> newCheck = dialect.check(to);
    boolean checkChanged = !oldCheck.equals(newCheck);
    if (checkChanged && oldCheck.isPresent()) {
      statements.add(retried(alterTable(table) + " drop constraint " + dialect.quote(dialect.checkName(table, to.name()))));
    }
    if (change.typeChanged()) {
      dialect.changeType(change).forEach(s -> statements.add(retried(s)));
    }
    if (change.nullabilityChanged()) {
      if (to.nullable()) {
        statements.add(retried(dialect.dropNotNull(table, to)));
      } else {
        change.using().filter(u -> !change.typeChanged())
            .ifPresent(u -> statements.addAll(backfill(table, to.name(), u)));
        statements.addAll(setNotNull(table, to));
      }
    }
    if (change.identityChanged()) {
      dialect.changeIdentity(change).forEach(s -> statements.add(s.startsWith("select") ? s : retried(s)));
    }
    if (checkChanged && newCheck.isPresent()) {
      statements.addAll(addCheck(table, to.name(), newCheck.get()));
    }
    return statements;
  }

  /**
   * PostgreSQL 12+ skips the table scan of {@code SET NOT NULL} when a validated check proves the
   * column has no NULLs; the check is validated under a lock writers pass, then dropped. PostgreSQL
   * 18 validates a NOT NULL constraint itself.
   */
  List<String> setNotNull(String table, Column column) {
    if (version < 12) {
      return List.of(retried(dialect.setNotNull(table, column)));
    }
    if (version >= 18) {
      // PostgreSQL 18 adds a NOT NULL constraint NOT VALID and validates it under SHARE UPDATE
      // EXCLUSIVE: one brief step instead of three; named as PostgreSQL 18 names it in CREATE TABLE
      String constraint = PostgresNames.constraintName(bare(table), List.of(bare(column.name())), "not_null");
      List<String> statements = new ArrayList<>(addNotValid(table, constraint, alterTable(table) + " add constraint "
          + dialect.quote(constraint) + " not null " + dialect.quote(column.name())));
      statements.add(validate(table, constraint));
      return statements;
    }
    String check = PostgresNames.constraintName(bare(table), List.of(bare(column.name())), "godwit_nn");
    List<String> statements = new ArrayList<>(addNotValid(table, check, alterTable(table) + " add constraint "
        + dialect.quote(check) + " check (" + dialect.quote(column.name()) + " is not null)"));
    statements.add(validate(table, check));
    statements.add(retried(dialect.setNotNull(table, column)));
    statements.add(retried(alterTable(table) + " drop constraint " + dialect.quote(check)));
    return statements;
  }

  private List<String> addCheck(String table, String column, String condition) {
    String name = dialect.checkName(table, column);
    List<String> statements = new ArrayList<>(addNotValid(table, name, alterTable(table) + " add constraint "
        + dialect.quote(name) + " check (" + condition + ")"));
    statements.add(validate(table, name));
    return statements;
  }

  /**
   * {@code add} (an {@code ALTER TABLE ... ADD CONSTRAINT}) with {@code NOT VALID}, after dropping
   * the same constraint if an earlier run of the migration left it: a {@code VALIDATE} that fails on
   * breaking rows keeps the constraint NOT VALID (and a later step's failure keeps it validated), so
   * without the drop the migration, run again once the rows are fixed, would fail at the add. The
   * diff adds only a constraint the schema did not have, so a constraint of that name on the table
   * is such a leftover. It is looked up first, so a migration that runs once takes no extra lock.
   */
  private List<String> addNotValid(String table, String constraint, String add) {
    return List.of("do $godwit$\n"
        + "begin\n"
        + "  -- left by an earlier run of this migration that failed (at its validation, or later)\n"
        + "  if exists (select from pg_constraint where conrelid = " + literal(dialect.quote(table)) + "::regclass\n"
        + "      and conname = " + literal(dialect.storedName(constraint)) + ") then\n"
        + "    " + retried(alterTable(table) + " drop constraint " + dialect.quote(constraint)) + ";\n"
        + "  end if;\n"
        + "end $godwit$", retried(add + " not valid"));
  }

  /** {@code VALIDATE CONSTRAINT} scans under SHARE UPDATE EXCLUSIVE, which writers pass. */
  private String validate(String table, String constraint) {
    return retried(alterTable(table) + " validate constraint " + dialect.quote(constraint));
  }

  /**
   * A concurrent build waits for older transactions without blocking writers, so it runs without
   * the lock timeout (which would leave an invalid index behind). A leftover of a failed run, valid
   * or not, is dropped first so that the migration can simply be run again: by its name in the
   * table's schema, where PostgreSQL keeps a table's indexes.
   */
  private List<String> concurrently(String table, String indexName, String createIndex) {
    return withoutLockTimeout(List.of(
        "drop index concurrently if exists " + dialect.indexName(table, indexName),
        createIndex.replaceFirst("index ", "index concurrently ")));
  }

  private List<String> withoutLockTimeout(List<String> statements) {
    List<String> all = new ArrayList<>();
    all.add("set lock_timeout = 0");
    all.addAll(statements);
    all.add(setLockTimeout());
    return all;
  }

  /** The migration's lock timeout ({@link LockPolicy#timeout()}). */
  String setLockTimeout() {
    return "set lock_timeout = '" + lock.timeout() + "'";
  }

  /** The session-local procedure that runs a step until it gets its lock, see {@link #retryProcedure()}. */
  static final String RETRY = "pg_temp.godwit_retry";

  /**
   * Defined once at the top of a migration that has retried steps: runs {@code step} until it gets
   * its lock; each attempt waits at most the lock timeout, then sleeps with exponential backoff and
   * jitter so that the writers queued behind it proceed. Before an attempt it looks at the locks
   * other transactions hold on the step's table (read from the step: {@code alter table}, a sync
   * trigger's {@code create} or {@code drop}) in a mode the step waits for: if one of them held it a
   * lock timeout ago and still does (a long reader, an open transaction), the attempt would queue
   * writers for the whole timeout in vain, so it waits for that transaction, not in the lock queue.
   * (A table name with a space in it is not read; its steps are attempted as they come.)
   * It lives in the session's temporary schema, so it leaves nothing in the database: Flyway runs a
   * whole script (also one outside a transaction) on one connection, and a later script of the same
   * run replaces it.
   */
  String retryProcedure() {
    String backoff = "      perform pg_sleep(least(0.05 * 2 ^ attempt, 2) * (0.5 + random()));\n";
    return "create or replace procedure " + RETRY + "(step text) language plpgsql as $godwit$\n"
        + "declare\n"
        + "  target regclass;\n"
        + "  -- the locks of other transactions that the step does not wait for\n"
        + "  passes text[] := case when step ~ '^create trigger | foreign key .* not valid' then '{AccessShareLock,RowShareLock}'\n"
        + "    when step ~ ' validate constraint ' then '{AccessShareLock,RowShareLock,RowExclusiveLock}' else '{}' end;\n"
        + "  holders text[];\n"
        + "begin\n"
        + "  begin\n"
        + "    target := to_regclass(coalesce(substring(step from '^alter table (\\S+)'),\n"
        + "      substring(step from ' before insert or update on (\\S+) for each row '),\n"
        + "      substring(step from '^drop trigger if exists \\S+ on (\\S+)')));\n"
        + "  exception when others then\n"
        + "    target := null;\n"
        + "  end;\n"
        + "  for attempt in 1.." + lock.attempts() + " loop\n"
        + "    -- a transaction holding the table since a lock timeout ago would make the attempt queue writers in vain\n"
        + "    holders := array(select virtualtransaction from pg_locks where relation = target and granted\n"
        + "      and pid <> pg_backend_pid() and mode <> all (passes));\n"
        + "    if holders <> '{}' then\n"
        + "      perform pg_sleep(" + seconds(lock.timeoutMillis()) + ");\n"
        + "      if exists (select from pg_locks where relation = target and granted and virtualtransaction = any (holders)\n"
        + "          and mode <> all (passes)) then\n"
        + "  " + backoff
        + "        continue;\n"
        + "      end if;\n"
        + "    end if;\n"
        + "    begin\n"
        + "      execute step;\n"
        + "      return;\n"
        + "    exception when lock_not_available then\n"
        + backoff
        + "    end;\n"
        + "  end loop;\n"
        + "  raise exception using errcode = 'lock_not_available',\n"
        + "    message = 'Godwit: no lock after " + lock.attempts() + " attempts; another session (a long transaction, a vacuum) holds the table: ' || step;\n"
        + "end $godwit$";
  }

  private static String seconds(int millis) {
    return java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString();
  }

  /** Whether {@code statement} is a step run through {@link #retryProcedure()}. */
  static boolean isRetried(String statement) {
    return statement.startsWith("call " + RETRY + "(");
  }

  /** {@code sql} as one call of the retry procedure, dollar-quoted so that it reads as written. */
  static String retried(String sql) {
    return "call " + RETRY + "(" + quoted(sql) + ")";
  }

  private static String quoted(String sql) {
    for (String tag : List.of("$$", "$step$", "$godwit_step$")) {
      if ((sql + tag).indexOf(tag) == sql.length()) { // the tag does not occur before its closing place
        return tag + sql + tag;
      }
    }
    return literal(sql);
  }

  /**
   * Fills {@code column} where it is NULL, a range of pages at a time ({@link #pagesCondition()}: a
   * TID range scan from PostgreSQL 14, a TID scan of the pages' line pointers before), committing
   * after each batch and sizing the next one so that it takes about {@value #BATCH_MILLIS} ms:
   * writers touching a batch wait at most that.
   * The next batch grows at most twofold: sized from one batch that happened to be quick (6 pages
   * in 3 ms), it was 40 pages taking 100-170 ms on 1,000,000 rows, the writer stall the lock
   * benchmark measured.
   * A writer's update can move a row not yet filled to a page already swept, so the sweep ends
   * with passes over the rows still NULL until none is left.
   */
  private List<String> backfill(String table, String column, String expression) {
    List<String> statements = new ArrayList<>();
    statements.add(backfillWhere(table, column, expression, dialect.quote(column) + " is null"));
    statements.addAll(vacuum(table));
    return statements;
  }

  /**
   * A backfill leaves a dead row version for every row, which starts autovacuum on the table, and
   * its SHARE UPDATE EXCLUSIVE lock makes every following step that needs a brief ACCESS EXCLUSIVE
   * lock time out: 30 attempts fail within a minute while a slow autovacuum runs on. A vacuum of
   * our own waits without a lock timeout (its lock does not hold writers up), which interrupts a
   * running autovacuum after {@code deadlock_timeout} (1 s); it removes the dead rows and refreshes
   * the statistics, so autovacuum has no reason to come back before the next steps.
   */
  List<String> vacuum(String table) {
    return withoutLockTimeout(List.of("vacuum (analyze) " + dialect.quote(table)));
  }

  /** The batches of {@link #backfill(String, String, String)} over the rows that match {@code pending} (SQL over the table's columns). */
  String backfillWhere(String table, String column, String expression, String pending) {
    String quotedTable = dialect.quote(table);
    String quotedColumn = dialect.quote(column);
    return "do $godwit$\n"
        + "declare\n"
        + "  first_page bigint := 0;\n"
        + "  pages bigint := 8;\n"
        + "  started timestamptz;\n"
        + (version < 14 ? "  -- the most rows a page holds (MaxHeapTuplesPerPage)\n"
            + "  lines int := (current_setting('block_size')::int - 24) / 28;\n" : "")
        + "begin\n"
        + "  while first_page < pg_relation_size(" + literal(quotedTable) + ") / current_setting('block_size')::bigint loop\n"
        + "    started := clock_timestamp();\n"
        + "    begin\n"
        + "      update " + quotedTable + " set " + quotedColumn + " = " + expression + "\n"
        + pagesCondition()
        + "          and " + pending + ";\n"
        + "      first_page := first_page + pages;\n"
        + "    exception when lock_not_available then\n"
        + "      perform pg_sleep(0.05);\n"
        + "    end;\n"
        + "    commit;\n"
        + "    -- at most twice as many pages as the last batch: one quick batch must not make the next one long\n"
        + "    pages := greatest(1, least(4096, pages * 2, pages * " + BATCH_MILLIS
        + " / greatest(1, extract(epoch from clock_timestamp() - started) * 1000)))::bigint;\n"
        + "  end loop;\n"
        + "  -- a row a writer updated during the sweep may have moved to a page already swept\n"
        + "  loop\n"
        + "    begin\n"
        + "      update " + quotedTable + " set " + quotedColumn + " = " + expression + "\n"
        + "        where ctid = any (array(select ctid from " + quotedTable + " where " + pending + " limit 1000));\n"
        + "      exit when not found;\n"
        + "    exception when lock_not_available then\n"
        + "      perform pg_sleep(0.05);\n"
        + "    end;\n"
        + "    commit;\n"
        + "  end loop;\n"
        + "end $godwit$";
  }

  /**
   * The rows of the batch's pages. From PostgreSQL 14 a range of TIDs, read by a TID range scan;
   * before 14 a range of TIDs is read by scanning the whole table, so each batch lists every line
   * pointer its pages can hold and is read by a TID scan, which fetches only those pages.
   */
  private String pagesCondition() {
    if (version >= 14) {
      return "        where ctid >= format('(%s,0)', first_page)::tid and ctid < format('(%s,0)', first_page + pages)::tid\n";
    }
    return "        where ctid = any (array(select format('(%s,%s)', page, line)::tid\n"
        + "          from generate_series(first_page, first_page + pages - 1) page, generate_series(1, lines) line))\n";
  }

  static boolean isLiteral(String expression) {
    return LITERAL.matcher(expression.trim()).matches();
  }

  private String alterTable(String table) {
    return "alter table " + dialect.quote(table);
  }

  private static String bare(String name) {
    return Dialect.bare(name);
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
