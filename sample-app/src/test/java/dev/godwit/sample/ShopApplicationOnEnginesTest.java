package dev.godwit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.engines.Database;
import dev.godwit.engines.Engines;
import dev.godwit.engines.MariaDbEngine;
import dev.godwit.engines.PostgresEngine;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application given a PostgreSQL or MariaDB JDBC URL: Flyway applies that engine's folder
 * (MariaDB's {@code mariadb} vendor mapped to {@code mysql}) and Hibernate validates the schema.
 */
@ExtendWith({Engines.class, OutputCaptureExtension.class})
class ShopApplicationOnEnginesTest {

  @Test
  void runsOnPostgres(PostgresEngine engine, CapturedOutput output) throws Exception {
    runOn(engine.newDatabase(), "classpath:db/migration/postgresql", output);
  }

  @Test
  void runsOnMariaDb(MariaDbEngine engine, CapturedOutput output) throws Exception {
    runOn(engine.newDatabase(), "classpath:db/migration/mysql", output);
  }

  private static void runOn(Database database, String expectedLocation, CapturedOutput output) throws Exception {
    String url;
    String user;
    try (Connection connection = database.dataSource().getConnection()) {
      DatabaseMetaData metaData = connection.getMetaData();
      url = metaData.getURL();
      user = metaData.getUserName();
    }
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ShopApplication.class)
        .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
            "--spring.datasource.password=" + (url.startsWith("jdbc:postgresql") ? "postgres" : ""))) {
      Flyway flyway = context.getBean(Flyway.class);
      assertThat(flyway.getConfiguration().getLocations()[0].toString()).isEqualTo(expectedLocation);
      assertThat(flyway.info().applied()).hasSize(5);
    }
    assertThat(output.getOut())
        .contains("Hibernate validated the schema")
        .containsPattern("Ada Lovelace\\s+GOLD\\s+2 orders\\s+88.90");
  }
}
