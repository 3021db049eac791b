package dev.godwit.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Proves, in a test, that the migrations Godwit wrote build exactly the schema Hibernate ORM builds
 * for the same entities, on a real engine:
 *
 * <pre>{@code
 * GodwitVerification.forEntities(Customer.class, Product.class)
 *     .naming(Naming.SNAKE_CASE)
 *     .migrations("classpath:db/migration/postgresql")
 *     .assertMatches(() -> newEmptyPostgresDatabase());
 * }</pre>
 *
 * <p>Flyway applies the migrations to one empty database; Hibernate creates its schema
 * ({@code hbm2ddl create}) in a second empty database of the same engine; the two are compared
 * structurally (tables; columns with type, length, precision, scale and nullability; primary,
 * foreign and unique keys and indexes by columns; check constraints; sequences; constraint names
 * where Hibernate chose them, not where the database did), and Hibernate's own {@code validate}
 * runs on the migrated database. Every schema of the database is compared, not only the
 * connection's current one: objects of another schema ({@code @Table(schema = "billing")}) are
 * named {@code billing.invoice} in the differences (on MySQL and MariaDB, where Hibernate drops the
 * schema, only the connected database is). Immutable: each method returns a changed copy.
 */
public final class GodwitVerification {
  private final HibernateSchema hibernate;
  private final List<String> locations;
  private final String target;
  private final ClassLoader classLoader;
  private final List<String> pendingContracts;
  private final List<PendingColumn> pendingColumns;

  /** A column expand whose contract is pending, with the column that replaces the old one. */
  private record PendingColumn(String table, String oldColumn, String newColumn) {}

  private GodwitVerification(HibernateSchema hibernate, List<String> locations, String target, ClassLoader classLoader) {
    this(hibernate, locations, target, classLoader, List.of(), List.of());
  }

  private GodwitVerification(HibernateSchema hibernate, List<String> locations, String target, ClassLoader classLoader,
      List<String> pendingContracts, List<PendingColumn> pendingColumns) {
    this.hibernate = hibernate;
    this.locations = locations;
    this.target = target;
    this.classLoader = classLoader;
    this.pendingContracts = pendingContracts;
    this.pendingColumns = pendingColumns;
  }

  /** A verification of the schema these entities (and their mapped superclasses and embeddables) imply. */
  public static GodwitVerification forEntities(Class<?>... entities) {
    return forEntities(Arrays.asList(entities));
  }

  /** A verification of the schema these entities (and their mapped superclasses and embeddables) imply. */
  public static GodwitVerification forEntities(List<Class<?>> entities) {
    HibernateSchema hibernate = HibernateSchema.of(entities);
    return new GodwitVerification(hibernate, List.of(), null, entities.get(0).getClassLoader());
  }

  /** The naming Godwit was configured with ({@code -Agodwit.naming}); JPA's by default. */
  public GodwitVerification naming(Naming naming) {
    return with(hibernate.withNaming(naming));
  }

  /** The Hibernate dialect the application uses; by default Hibernate resolves one from the connection. */
  public GodwitVerification dialect(String dialectClassName) {
    return with(hibernate.withDialect(dialectClassName));
  }

  /** Any other Hibernate setting the application uses that shapes the schema. */
  public GodwitVerification setting(String name, Object value) {
    return with(hibernate.withSetting(name, value));
  }

  /** The class loader of the entities and of {@code classpath:} migration locations, when not the entities' own. */
  public GodwitVerification classLoader(ClassLoader loader) {
    return new GodwitVerification(hibernate.withClassLoader(loader), locations, target, Objects.requireNonNull(loader),
        pendingContracts, pendingColumns);
  }

  /** Flyway locations of the migrations for this engine, e.g. {@code classpath:db/migration/postgresql}. */
  public GodwitVerification migrations(String... flywayLocations) {
    if (flywayLocations.length == 0) {
      throw new IllegalArgumentException("no migration location given");
    }
    return new GodwitVerification(hibernate, List.of(flywayLocations), target, classLoader, pendingContracts, pendingColumns);
  }

  /** Applies the migrations only up to this version (Flyway's {@code target}); all by default. */
  public GodwitVerification upTo(String version) {
    return new GodwitVerification(hibernate, locations, Objects.requireNonNull(version), classLoader, pendingContracts, pendingColumns);
  }

  /**
   * The old column of an expand/contract whose contract step is not applied yet
   * ({@code @Renamed(strategy = EXPAND_CONTRACT)}): the migrated database still holds it beside
   * the column the entity maps. The comparison passes over it if it is nullable, as it must be for
   * inserts of the new release (which does not write it) to work; a NOT NULL one is still reported.
   * A table of another schema than the connection's is named as the differences name it
   * ({@code billing.invoice}).
   */
  public GodwitVerification pendingContract(String table, String oldColumn) {
    List<String> pending = new ArrayList<>(pendingContracts);
    pending.add(table + "." + oldColumn);
    return new GodwitVerification(hibernate, locations, target, classLoader, List.copyOf(pending), pendingColumns);
  }

  /**
   * {@link #pendingContract(String, String)} of an expand whose old column had indexes, unique keys or
   * a default: until the contract the database also holds the old column's indexes and unique keys
   * (passed over: those of the table with {@code oldColumn} among their columns), holds each index
   * and unique key over {@code newColumn} under its interim name {@code gwx_<name>} where the old
   * key still has that name (accepted in place of the name Hibernate chose, and only that name), and
   * gives {@code newColumn} no default yet, where Hibernate's has one (the contract moves it; any
   * other default is still reported).
   */
  public GodwitVerification pendingContract(String table, String oldColumn, String newColumn) {
    List<PendingColumn> columns = new ArrayList<>(pendingColumns);
    columns.add(new PendingColumn(table, oldColumn, Objects.requireNonNull(newColumn)));
    GodwitVerification pending = pendingContract(table, oldColumn);
    return new GodwitVerification(hibernate, locations, target, classLoader, pending.pendingContracts, List.copyOf(columns));
  }

  /**
   * The old name of a table expand/contract whose contract step is not applied yet
   * ({@code @Renamed(strategy = EXPAND_CONTRACT)} on an entity): the migrated database still holds
   * a view with that name over the renamed table, for the instances of the previous release. The
   * comparison passes over that view; any other view is reported ({@code unexpected view ...}).
   */
  public GodwitVerification pendingContract(String oldTable) {
    List<String> pending = new ArrayList<>(pendingContracts);
    pending.add(SchemaSnapshot.VIEW + oldTable);
    return new GodwitVerification(hibernate, locations, target, classLoader, List.copyOf(pending), pendingColumns);
  }

  /**
   * Migrates one new empty database, lets Hibernate create its schema in another, and compares them.
   * {@code emptyDatabases} must give a new, empty database of the same engine on each call.
   */
  public VerificationReport verify(Supplier<DataSource> emptyDatabases) {
    if (locations.isEmpty()) {
      throw new IllegalStateException("say where the migrations are: migrations(\"classpath:db/migration/<dialect>\")");
    }
    DataSource migrated = emptyDatabases.get();
    List<String> applied = new ArrayList<>();
    try {
      // Godwit's concurrent index builds would wait forever for Flyway's transactional advisory lock
      FluentConfiguration configuration = Flyway.configure(classLoader).dataSource(migrated)
          .locations(locations.toArray(String[]::new))
          .configuration(java.util.Map.of("flyway.postgresql.transactional.lock", "false"));
      if (target != null) {
        configuration.target(target);
      }
      configuration.load().migrate().migrations.forEach(m -> applied.add("V" + m.version + " " + m.description));
    } catch (RuntimeException e) {
      return VerificationReport.failed(applied, "Flyway could not apply the migrations in " + locations + ": "
          + VerificationReport.messages(e));
    }
    DataSource reference = emptyDatabases.get();
    if (reference == migrated) {
      throw new IllegalArgumentException("the database supplier gave the same database twice; "
          + "it must give a new, empty one on each call");
    }
    return compare(migrated, reference, applied);
  }

  /** {@link #verify} as an assertion: throws {@link SchemaMismatchError} listing every difference. */
  public VerificationReport assertMatches(Supplier<DataSource> emptyDatabases) {
    return verify(emptyDatabases).orThrow();
  }

  /**
   * Compares a database that is already migrated (by any means, e.g. undo scripts) with the schema
   * Hibernate creates in {@code emptyDatabase}, of the same engine. No migrations are applied.
   */
  public VerificationReport compare(DataSource migratedDatabase, DataSource emptyDatabase) {
    return compare(migratedDatabase, emptyDatabase, List.of());
  }

  private VerificationReport compare(DataSource migrated, DataSource reference, List<String> applied) {
    String ddl;
    SchemaSnapshot expected;
    try {
      ddl = hibernate.create(reference);
      expected = SchemaSnapshot.readFresh(reference);
    } catch (RuntimeException e) {
      throw new IllegalStateException("Hibernate could not create the reference schema: "
          + VerificationReport.messages(e), e);
    }
    if (expected.tables().isEmpty()) {
      // a reader that saw nothing would find no difference either
      throw new IllegalStateException("no table in the schema Hibernate created; its DDL was:\n" + ddl);
    }
    List<String> differences = new ArrayList<>(SchemaSnapshot.differences(expected,
        SchemaSnapshot.read(migrated, expected.rowTables()).without(this::keptForContract)
            .map(item -> asAfterContract(item, expected)), ddl));
    try {
      hibernate.validate(migrated);
    } catch (RuntimeException e) {
      differences.add("Hibernate's schema validation failed: " + VerificationReport.messages(e));
    }
    return new VerificationReport(applied, ddl, differences);
  }

  private GodwitVerification with(HibernateSchema changed) {
    return new GodwitVerification(changed, locations, target, classLoader, pendingContracts, pendingColumns);
  }

  /**
   * A nullable old column, or the view with the old table name, of a pending contract; an index or
   * unique key over the old column of a pending column contract.
   */
  private boolean keptForContract(SchemaSnapshot.Item item) {
    return pendingContracts.stream().anyMatch(c -> c.equalsIgnoreCase(item.key()))
        && (item.key().startsWith(SchemaSnapshot.VIEW) || "yes".equals(item.properties().get("nullable")))
        || pendingColumns.stream().anyMatch(p -> PendingKeys.columns(item.key(), p.table()).stream()
            .anyMatch(p.oldColumn()::equalsIgnoreCase));
  }

  /**
   * {@code item} as the contract will leave it, where the expand left it otherwise on purpose: a key
   * over a new column under the interim name of the name Hibernate chose gets that name; the new
   * column without a default gets Hibernate's.
   */
  private SchemaSnapshot.Item asAfterContract(SchemaSnapshot.Item item, SchemaSnapshot expected) {
    SchemaSnapshot.Item want = expected.items().get(item.key());
    if (want == null) {
      return item;
    }
    for (PendingColumn p : pendingColumns) {
      if (item.name() != null && want.name() != null
          && PendingKeys.columns(item.key(), p.table()).stream().anyMatch(p.newColumn()::equalsIgnoreCase)
          && item.name().equalsIgnoreCase(PendingKeys.interimName(want.name()))) {
        return new SchemaSnapshot.Item(item.key(), item.properties(), want.name());
      }
      // no default: JDBC's COLUMN_DEF is null, or the text NULL on MariaDB
      if (item.key().equalsIgnoreCase(p.table() + "." + p.newColumn())
          && ("-".equals(item.properties().get("default")) || "NULL".equalsIgnoreCase(item.properties().get("default")))
          && want.properties().containsKey("default")) {
        java.util.Map<String, String> properties = new java.util.LinkedHashMap<>(item.properties());
        properties.put("default", want.properties().get("default"));
        return new SchemaSnapshot.Item(item.key(), java.util.Collections.unmodifiableMap(properties), item.name());
      }
    }
    return item;
  }
}
