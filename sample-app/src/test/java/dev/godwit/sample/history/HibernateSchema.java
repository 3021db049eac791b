package dev.godwit.sample.history;

import dev.godwit.engines.Engine;
import dev.godwit.sample.history.EntityVersions.EntityVersion;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;
import org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy;

/**
 * What Hibernate ORM itself does with the entities of one version, configured like the sample
 * application (Spring Boot's snake_case naming, keywords quoted): create their schema
 * ({@code hbm2ddl create}) or validate a database against them ({@code hbm2ddl validate}).
 */
final class HibernateSchema {
  private HibernateSchema() {}

  /** Creates the schema of {@code version} in the empty database and returns the DDL Hibernate ran. */
  static String create(Engine engine, DataSource dataSource, EntityVersion version) {
    StringWriter script = new StringWriter();
    run(engine, dataSource, version, Map.of(
        AvailableSettings.JAKARTA_HBM2DDL_DATABASE_ACTION, "create",
        AvailableSettings.JAKARTA_HBM2DDL_SCRIPTS_ACTION, "create",
        AvailableSettings.JAKARTA_HBM2DDL_SCRIPTS_CREATE_TARGET, script,
        AvailableSettings.HBM2DDL_HALT_ON_ERROR, "true"));
    return script.toString();
  }

  /** Hibernate's schema validation; throws {@code SchemaManagementException} at the first problem. */
  static void validate(Engine engine, DataSource dataSource, EntityVersion version) {
    run(engine, dataSource, version, Map.of(AvailableSettings.HBM2DDL_AUTO, "validate"));
  }

  /** Runs the schema tool the way a session factory does at start-up, with the given actions. */
  private static void run(Engine engine, DataSource dataSource, EntityVersion version, Map<String, Object> actions) {
    withMetadata(engine, dataSource, version, (metadata, registry) -> {
      Map<String, Object> settings = new HashMap<>(registry.requireService(ConfigurationService.class).getSettings());
      settings.putAll(actions);
      SchemaManagementToolCoordinator.process(metadata, registry, settings, dropAction -> {});
    });
  }

  private static void withMetadata(Engine engine, DataSource dataSource, EntityVersion version,
      BiConsumer<Metadata, StandardServiceRegistry> action) {
    BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder()
        .applyClassLoader(version.loader())
        .build();
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap)
        .applySetting(AvailableSettings.DIALECT, engine.hibernateDialect())
        .applySetting(AvailableSettings.PHYSICAL_NAMING_STRATEGY, CamelCaseToUnderscoresNamingStrategy.class.getName())
        .applySetting(AvailableSettings.IMPLICIT_NAMING_STRATEGY, SpringImplicitNamingStrategy.class.getName())
        .applySetting(AvailableSettings.KEYWORD_AUTO_QUOTING_ENABLED, "true")
        .applySetting(AvailableSettings.DATASOURCE, dataSource)
        .build();
    try {
      MetadataSources sources = new MetadataSources(registry);
      version.classes().forEach(sources::addAnnotatedClass);
      action.accept(sources.buildMetadata(), registry);
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }
}
