package dev.godwit.sample;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Godwit's {@code mysql} migrations are written for Hibernate's MySQLDialect, which is also what
 * runs them on MariaDB: Spring Boot's {@code {vendor}} for MariaDB is {@code mariadb}, so this maps
 * it to the {@code mysql} folder and keeps Hibernate on the MySQL mapping.
 */
@Configuration(proxyBeanMethods = false)
class GodwitDatabaseSupport {

  @Bean
  FlywayConfigurationCustomizer godwitMigrationFolder(DataSource dataSource) {
    return configuration -> {
      if (isMariaDb(dataSource)) {
        configuration.locations("classpath:db/migration/mysql");
      }
    };
  }

  @Bean
  HibernatePropertiesCustomizer godwitMariaDbDialect(DataSource dataSource) {
    return properties -> {
      if (isMariaDb(dataSource)) {
        properties.put("hibernate.dialect", MariaDbAsMySqlDialect.class.getName());
      }
    };
  }

  static boolean isMariaDb(DataSource dataSource) {
    try {
      String url = JdbcUtils.extractDatabaseMetaData(dataSource, metaData -> metaData.getURL());
      return DatabaseDriver.fromJdbcUrl(url) == DatabaseDriver.MARIADB;
    } catch (MetaDataAccessException e) {
      throw new IllegalStateException("cannot read the database URL", e);
    }
  }
}
