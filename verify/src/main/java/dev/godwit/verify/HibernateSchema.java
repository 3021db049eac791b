package dev.godwit.verify;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * What Hibernate ORM itself does with a set of entity classes: create their schema in an empty
 * database ({@code hbm2ddl create}) or validate a database against them ({@code hbm2ddl validate}).
 * Configured as Godwit expects the application to be: SQL keywords quoted
 * ({@code hibernate.auto_quote_keyword=true}) and the chosen {@link Naming}. Immutable; each
 * {@code with}-method returns a copy.
 */
public final class HibernateSchema {
  private final List<Class<?>> entities;
  private final ClassLoader classLoader;
  private final Map<String, Object> settings;

  private HibernateSchema(List<Class<?>> entities, ClassLoader classLoader, Map<String, Object> settings) {
    this.entities = List.copyOf(entities);
    this.classLoader = classLoader;
    this.settings = settings;
  }

  /**
   * The schema of {@code entities} (entities, mapped superclasses and embeddables), with JPA naming
   * and the dialect Hibernate resolves from the connection.
   */
  public static HibernateSchema of(List<Class<?>> entities) {
    if (entities.isEmpty()) {
      throw new IllegalArgumentException("no entity classes given");
    }
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put(AvailableSettings.KEYWORD_AUTO_QUOTING_ENABLED, "true");
    settings.put(AvailableSettings.PHYSICAL_NAMING_STRATEGY, Naming.JPA.physicalStrategy());
    settings.put(AvailableSettings.IMPLICIT_NAMING_STRATEGY, Naming.JPA.implicitStrategy());
    return new HibernateSchema(entities, entities.get(0).getClassLoader(), settings);
  }

  /** The same schema under another naming strategy. */
  public HibernateSchema withNaming(Naming naming) {
    return withSetting(AvailableSettings.PHYSICAL_NAMING_STRATEGY, naming.physicalStrategy())
        .withSetting(AvailableSettings.IMPLICIT_NAMING_STRATEGY, naming.implicitStrategy());
  }

  /** The same schema for a given Hibernate dialect class, as the application configures it. */
  public HibernateSchema withDialect(String dialectClassName) {
    return withSetting(AvailableSettings.DIALECT, dialectClassName);
  }

  /** The same schema with one more Hibernate setting ({@code hibernate.*}). */
  public HibernateSchema withSetting(String name, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(settings);
    copy.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
    return new HibernateSchema(entities, classLoader, copy);
  }

  /** The same schema with the entity classes loaded from {@code loader} (when it is not theirs). */
  public HibernateSchema withClassLoader(ClassLoader loader) {
    return new HibernateSchema(entities, Objects.requireNonNull(loader), settings);
  }

  /**
   * Creates the schema in the empty database and returns the DDL Hibernate ran, with the schemas
   * of {@code @Table(schema = ...)} and the like ({@code create schema}, where the dialect has them). It starts a real
   * SessionFactory, as an application does, because only that orders the columns of composite and
   * collection-table keys the way the application's Hibernate creates them.
   */
  public String create(DataSource dataSource) {
    StringWriter script = new StringWriter();
    Map<String, Object> actions = Map.of(
        AvailableSettings.JAKARTA_HBM2DDL_DATABASE_ACTION, "create",
        AvailableSettings.JAKARTA_HBM2DDL_SCRIPTS_ACTION, "create",
        AvailableSettings.JAKARTA_HBM2DDL_SCRIPTS_CREATE_TARGET, script,
        // @Table(schema = ...) and the like: the schemas are created first, as Godwit's migrations do
        AvailableSettings.JAKARTA_HBM2DDL_CREATE_SCHEMAS, "true",
        AvailableSettings.HBM2DDL_HALT_ON_ERROR, "true");
    BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(classLoader).build();
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap)
        .applySettings(settings)
        .applySettings(actions)
        .applySetting(AvailableSettings.DATASOURCE, dataSource)
        .build();
    try {
      MetadataSources sources = sources(registry);
      sources.buildMetadata().buildSessionFactory().close();
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
    return script.toString();
  }

  /**
   * A SessionFactory over {@code dataSource} configured as the application's (naming, dialect,
   * settings), with no schema action: to check that the application works on a migrated database,
   * e.g. that it can persist entities whose ids come from a generator. The caller closes it.
   */
  public SessionFactory openSessionFactory(DataSource dataSource) {
    BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(classLoader).build();
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap)
        .applySettings(settings)
        .applySetting(AvailableSettings.HBM2DDL_AUTO, "none")
        .applySetting(AvailableSettings.DATASOURCE, dataSource)
        .build();
    try {
      MetadataSources sources = sources(registry);
      return sources.buildMetadata().buildSessionFactory();
    } catch (RuntimeException e) {
      StandardServiceRegistryBuilder.destroy(registry);
      throw e;
    }
  }

  /**
   * The entity classes, and their packages that have a {@code package-info} (generators, type
   * registrations and other Hibernate annotations declared on a package), as an application's scan
   * registers them.
   */
  private MetadataSources sources(StandardServiceRegistry registry) {
    MetadataSources sources = new MetadataSources(registry);
    entities.stream().map(Class::getPackageName).distinct().sorted().filter(this::hasPackageInfo)
        .forEach(sources::addPackage);
    entities.forEach(sources::addAnnotatedClass);
    return sources;
  }

  private boolean hasPackageInfo(String packageName) {
    try {
      Class.forName(packageName.isEmpty() ? "package-info" : packageName + ".package-info", false, classLoader);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** Hibernate's schema validation; throws {@code SchemaManagementException} at the first problem. */
  public void validate(DataSource dataSource) {
    run(dataSource, Map.of(AvailableSettings.HBM2DDL_AUTO, "validate"));
  }

  /** Runs the schema tool the way a session factory does at start-up, with the given actions. */
  private void run(DataSource dataSource, Map<String, Object> actions) {
    withMetadata(dataSource, (metadata, registry) -> {
      Map<String, Object> all = new HashMap<>(registry.requireService(ConfigurationService.class).getSettings());
      all.putAll(actions);
      SchemaManagementToolCoordinator.process(metadata, registry, all, dropAction -> {});
    });
  }

  private void withMetadata(DataSource dataSource, BiConsumer<Metadata, StandardServiceRegistry> action) {
    BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder()
        .applyClassLoader(classLoader)
        .build();
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap)
        .applySettings(settings)
        .applySetting(AvailableSettings.DATASOURCE, dataSource)
        .build();
    try {
      MetadataSources sources = sources(registry);
      action.accept(sources.buildMetadata(), registry);
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }
}
