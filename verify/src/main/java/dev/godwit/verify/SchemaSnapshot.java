package dev.godwit.verify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A database schema as a sorted set of facts. Each object is filed under a key that does not
 * depend on names the database may pick ({@code customer.email}, {@code customer unique (email)}),
 * with its properties and, for constraints and indexes, its name.
 *
 * <p>{@link #read(DataSource)} reads one from a live database (H2, PostgreSQL, MySQL, MariaDB),
 * {@link #differences} compares two.
 */
public final class SchemaSnapshot {
  static final String TABLE = "table ";
  static final String VIEW = "view ";
  static final String ROWS = " rows";
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

  /**
   * One schema object: where it is, what it is like (aspect to value, in a fixed order), and its
   * name (null when the key names it).
   */
  public record Item(String key, Map<String, String> properties, String name) {
    @Override
    public String toString() {
      return describe(name == null ? Set.of() : Set.of(name.toLowerCase(Locale.ROOT)));
    }

    /** Its properties, and its name if it is one of {@code chosenNames} (lower case); "present" if none. */
    String describe(Set<String> chosenNames) {
      List<String> parts = new ArrayList<>();
      properties.forEach((aspect, value) -> parts.add(aspect + " " + value));
      if (hasNameFrom(chosenNames)) {
        parts.add("name " + name);
      }
      return parts.isEmpty() ? "present" : String.join(", ", parts);
    }

    boolean hasNameFrom(Set<String> chosenNames) {
      return name != null && chosenNames.contains(name.toLowerCase(Locale.ROOT));
    }
  }

  private final SortedMap<String, Item> items;

  private SchemaSnapshot(SortedMap<String, Item> items) {
    this.items = Collections.unmodifiableSortedMap(items);
  }

  /** The schema with nothing in it, as a database is before its first migration. */
  public static SchemaSnapshot empty() {
    return new SchemaSnapshot(new TreeMap<>());
  }

  /**
   * The current schema of {@code dataSource}: tables, columns, keys and indexes from JDBC metadata,
   * native column types, check constraints and sequences from the engine's catalog. Flyway's
   * history table is left out.
   */
  public static SchemaSnapshot read(DataSource dataSource) {
    return SchemaReader.read(dataSource, Set.of());
  }

  /**
   * {@link #read(DataSource)}, also comparing the rows of {@code rowTables}: give it the
   * {@link #rowTables()} of the schema Hibernate created ({@link #readFresh}), so a table
   * generator's missing start row is a difference.
   */
  public static SchemaSnapshot read(DataSource dataSource, Set<String> rowTables) {
    return SchemaReader.read(dataSource, Set.copyOf(rowTables));
  }

  /**
   * The schema of a database nothing has used yet, such as the one Hibernate's schema export just
   * created: every row in it is schema (the rows of table generators and sequence tables).
   */
  public static SchemaSnapshot readFresh(DataSource dataSource) {
    return SchemaReader.read(dataSource, null);
  }

  /** The tables whose rows this schema holds. */
  public Set<String> rowTables() {
    Set<String> tables = new TreeSet<>();
    items.keySet().stream().filter(key -> key.endsWith(ROWS)).forEach(key -> tables.add(key.substring(0, key.length() - ROWS.length())));
    return tables;
  }

  /** Every object, by key. */
  public SortedMap<String, Item> items() {
    return items;
  }

  /** This schema without the objects {@code leaveOut} selects. */
  public SchemaSnapshot without(java.util.function.Predicate<Item> leaveOut) {
    SortedMap<String, Item> kept = new TreeMap<>(items);
    kept.values().removeIf(leaveOut);
    return new SchemaSnapshot(kept);
  }

  /** This schema with each object replaced by what {@code change} gives for it (under the same key). */
  public SchemaSnapshot map(java.util.function.UnaryOperator<Item> change) {
    SortedMap<String, Item> changed = new TreeMap<>();
    items.forEach((key, item) -> changed.put(key, change.apply(item)));
    return new SchemaSnapshot(changed);
  }

  /** The names of the tables. */
  public Set<String> tables() {
    Set<String> tables = new TreeSet<>();
    items.keySet().stream().filter(key -> key.startsWith(TABLE)).forEach(key -> tables.add(key.substring(TABLE.length())));
    return tables;
  }

  /**
   * Every way {@code actual} differs from {@code expected}, one line each. Names are compared only
   * where Hibernate chose them, that is where they occur in its DDL; the others were picked by the
   * database and may differ.
   */
  public static List<String> differences(SchemaSnapshot expected, SchemaSnapshot actual, String hibernateDdl) {
    Set<String> chosenNames = identifiers(hibernateDdl);
    List<String> differences = new ArrayList<>();
    for (Item want : expected.items.values()) {
      Item have = actual.items.get(want.key());
      if (have == null) {
        differences.add("missing " + want.key() + ": expected " + want.describe(chosenNames));
        continue;
      }
      List<String> aspects = new ArrayList<>();
      Set<String> names = new LinkedHashSet<>(want.properties().keySet());
      names.addAll(have.properties().keySet());
      for (String aspect : names) {
        String wanted = want.properties().get(aspect);
        String had = have.properties().get(aspect);
        if (!Objects.equals(wanted, had)) {
          aspects.add(aspect + " expected " + wanted + " but was " + had);
        }
      }
      if (want.hasNameFrom(chosenNames) && !Objects.equals(want.name(), have.name())) {
        aspects.add("name expected " + want.name() + " but was " + have.name());
      }
      if (!aspects.isEmpty()) {
        differences.add(want.key() + ": " + String.join("; ", aspects));
      }
    }
    for (Item have : actual.items.values()) {
      if (!expected.items.containsKey(have.key())) {
        differences.add("unexpected " + have.key() + ": " + have.describe(chosenNames));
      }
    }
    return differences;
  }

  private static Set<String> identifiers(String ddl) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = IDENTIFIER.matcher(ddl);
    while (matcher.find()) {
      names.add(matcher.group().toLowerCase(Locale.ROOT));
    }
    return names;
  }

  /** Collects items; a second object under the same key gets a numbered key. */
  public static final class Builder {
    private final SortedMap<String, Item> items = new TreeMap<>();

    /** Adds an object; {@code properties} alternate aspect and value. */
    public Builder add(String key, String name, String... properties) {
      Map<String, String> aspects = new LinkedHashMap<>();
      for (int i = 0; i < properties.length; i += 2) {
        aspects.put(properties[i], properties[i + 1]);
      }
      String unique = key;
      for (int i = 2; items.containsKey(unique); i++) {
        unique = key + " #" + i;
      }
      items.put(unique, new Item(unique, Collections.unmodifiableMap(aspects), name));
      return this;
    }

    public SchemaSnapshot build() {
      return new SchemaSnapshot(items);
    }
  }
}
