package dev.godwit.processor.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The steps of a PostgreSQL migration that runs outside a transaction, made so that the migration
 * can be run again after it failed midway (a {@code VALIDATE} meeting a breaking row, a lock never
 * granted): its earlier steps stay applied, and a second run must pass over them. PostgreSQL's own
 * {@code IF NOT EXISTS} / {@code IF EXISTS} where it has them (add column, create table, index and
 * sequence, drop column, constraint, table, index and sequence); a constraint added in place is first
 * dropped if an earlier run left it (the diff adds only constraints the schema lacks, so one of that
 * name is such a leftover), before the change's first step, so a unique key's index can be built
 * again; a rename (of a column, table, constraint, index or sequence) runs only while the old name is
 * still there; a table generator's row is inserted only if its segment has none. A migration run once does what it
 * did before, and a transactional migration is never rewritten: PostgreSQL rolls it back whole.
 */
final class PostgresRerunnable {
  private static final Pattern ALTER = Pattern.compile("^alter table (\\S+) (.*)$", Pattern.DOTALL);
  private static final Pattern ADD_CONSTRAINT = Pattern.compile("^\\s*add constraint (\\S+) (?!.* not valid$)", Pattern.DOTALL);
  private static final Pattern RENAME_COLUMN = Pattern.compile("^rename column (\\S+) to \\S+$");
  private static final Pattern RENAME_TABLE = Pattern.compile("^rename to \\S+$");
  private static final Pattern RENAME_CONSTRAINT = Pattern.compile("^rename constraint (\\S+) to \\S+$");
  /** {@code alter sequence|index <name> rename to <new>}: runs while the old name is still there. */
  private static final Pattern RENAME_RELATION = Pattern.compile("^alter (?:sequence|index) (\\S+) rename to \\S+$");

  /** A table generator's new row: {@code insert into <table> (<segment>, <value>) values ('<segment>', <value>)}. */
  private static final Pattern GENERATOR_ROW = Pattern.compile(
      "^insert into (\\S+) \\((\\S+), (\\S+)\\) values \\(('(?:[^']|'')*'), (.+)\\)$", Pattern.DOTALL);

  private final PostgresDialect dialect;

  PostgresRerunnable(PostgresDialect dialect) {
    this.dialect = dialect;
  }

  /** The steps of one change, each re-runnable, with the leftover constraints it adds dropped first. */
  List<String> of(List<String> steps) {
    List<String> cleanups = new ArrayList<>();
    List<String> rewritten = new ArrayList<>();
    for (String step : steps) {
      boolean retried = PostgresSafeForms.isRetried(step);
      String sql = retried ? unwrap(step) : step;
      Matcher alter = ALTER.matcher(sql);
      if (alter.matches()) {
        String table = alter.group(1);
        String action = alter.group(2);
        Matcher constraint = ADD_CONSTRAINT.matcher(action);
        if (constraint.find()) {
          cleanups.add(dropLeftover(table, constraint.group(1)));
        } else if (RENAME_COLUMN.matcher(action).matches()) {
          Matcher column = RENAME_COLUMN.matcher(action);
          column.matches();
          rewritten.add(guarded("select from pg_attribute where attrelid = to_regclass(" + literal(table) + ")"
              + " and attname = " + literal(stored(column.group(1))) + " and not attisdropped", step));
          continue;
        } else if (RENAME_TABLE.matcher(action).matches()) {
          rewritten.add(guarded("select where to_regclass(" + literal(table) + ") is not null", step));
          continue;
        } else if (RENAME_CONSTRAINT.matcher(action).matches()) {
          Matcher renamed = RENAME_CONSTRAINT.matcher(action);
          renamed.matches();
          rewritten.add(guarded("select from pg_constraint where conrelid = to_regclass(" + literal(table) + ")"
              + " and conname = " + literal(stored(renamed.group(1))), step));
          continue;
        }
      }
      Matcher relation = RENAME_RELATION.matcher(sql);
      if (relation.matches()) {
        rewritten.add(guarded("select where to_regclass(" + literal(relation.group(1)) + ") is not null", step));
        continue;
      }
      Matcher row = GENERATOR_ROW.matcher(sql);
      if (row.matches()) {
        // a second row for the segment would make Hibernate's generator read two
        rewritten.add("insert into " + row.group(1) + " (" + row.group(2) + ", " + row.group(3) + ") select " + row.group(4)
            + ", " + row.group(5) + " where not exists (select from " + row.group(1) + " where " + row.group(2) + " = "
            + row.group(4) + ")");
        continue;
      }
      String again = ifExists(sql);
      rewritten.add(retried ? PostgresSafeForms.retried(again) : again);
    }
    List<String> all = new ArrayList<>(cleanups);
    all.addAll(rewritten);
    return all;
  }

  private static String ifExists(String sql) {
    return sql
        .replaceFirst("^(alter table \\S+ add column )(?!if not exists )", "$1if not exists ")
        .replaceFirst("^(alter table \\S+ drop column )(?!if exists )", "$1if exists ")
        .replaceFirst("^(alter table \\S+ drop constraint )(?!if exists )", "$1if exists ")
        .replaceFirst("^(create (?:unique )?index )(?!concurrently |if not exists )", "$1if not exists ")
        .replaceFirst("^(create (?:table|sequence) )(?!if not exists )", "$1if not exists ")
        .replaceFirst("^(drop (?:table|sequence|index) )(?!if exists |concurrently )", "$1if exists ");
  }

  /** The cleanup {@link PostgresSafeForms} writes before a {@code NOT VALID} constraint. */
  private String dropLeftover(String table, String constraint) {
    return "do $godwit$\n"
        + "begin\n"
        + "  -- left by an earlier run of this migration that failed\n"
        + "  if exists (select from pg_constraint where conrelid = to_regclass(" + literal(table) + ")\n"
        + "      and conname = " + literal(stored(constraint)) + ") then\n"
        + "    " + PostgresSafeForms.retried("alter table " + table + " drop constraint " + constraint) + ";\n"
        + "  end if;\n"
        + "end $godwit$";
  }

  /** {@code step} (a retried call or a plain statement) run only while {@code query} finds a row. */
  private static String guarded(String query, String step) {
    String call = PostgresSafeForms.isRetried(step) ? step : "execute " + literal(step);
    return "do $godwit$\n"
        + "begin\n"
        + "  -- not yet done by an earlier run of this migration that failed\n"
        + "  if exists (" + query + ") then\n"
        + "    " + call + ";\n"
        + "  end if;\n"
        + "end $godwit$";
  }

  /** The statement inside a retried call. */
  private static String unwrap(String step) {
    String argument = step.substring(("call " + PostgresSafeForms.RETRY + "(").length(), step.length() - 1);
    if (argument.startsWith("'")) {
      return argument.substring(1, argument.length() - 1).replace("''", "'");
    }
    String tag = argument.substring(0, argument.indexOf('$', 1) + 1);
    return argument.substring(tag.length(), argument.length() - tag.length());
  }

  /** The name PostgreSQL stores for an identifier as the SQL writes it. */
  private String stored(String identifier) {
    return identifier.startsWith("\"")
        ? identifier.substring(1, identifier.length() - 1).replace("\"\"", "\"")
        : identifier.toLowerCase(Locale.ROOT);
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
