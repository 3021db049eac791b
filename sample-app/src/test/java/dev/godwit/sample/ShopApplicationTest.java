package dev.godwit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The application starts on its default embedded H2: Flyway applies V1..V5, Hibernate validates. */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class ShopApplicationTest {

  @Autowired
  Flyway flyway;

  @Test
  void migratesValidatesAndReports(CapturedOutput output) {
    assertThat(flyway.info().applied()).extracting(i -> i.getVersion().getVersion())
        .containsExactly("1", "2", "3", "4", "5");
    assertThat(output.getOut())
        .contains("V5   create purchase order")
        .contains("Hibernate validated the schema")
        .containsPattern("Ada Lovelace\\s+GOLD\\s+2 orders\\s+88.90");
  }
}
