package dev.godwit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.engines.Engine;
import dev.godwit.engines.Engines;
import dev.godwit.engines.H2Engine;
import dev.godwit.engines.MariaDbEngine;
import dev.godwit.engines.PostgresEngine;
import dev.godwit.sample.shop.Customer;
import dev.godwit.sample.shop.Product;
import dev.godwit.sample.shop.PurchaseOrder;
import dev.godwit.verify.GodwitVerification;
import dev.godwit.verify.Naming;
import dev.godwit.verify.VerificationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an application's own test looks like with {@code godwit-verify}: the committed migrations of
 * each engine build exactly the schema Hibernate creates for the application's entities, configured
 * as the application configures Hibernate (snake_case names; on MariaDB the MySQL mapping).
 */
@ExtendWith(Engines.class)
class GodwitVerificationOnEnginesTest {
  private static final GodwitVerification SHOP = GodwitVerification
      .forEntities(Customer.class, Product.class, PurchaseOrder.class)
      .naming(Naming.SNAKE_CASE);

  @Test
  void h2(H2Engine engine) {
    verify(engine, SHOP.migrations("classpath:db/migration/h2"));
  }

  @Test
  void postgresql(PostgresEngine engine) {
    verify(engine, SHOP.migrations("classpath:db/migration/postgresql"));
  }

  @Test
  void mariadb(MariaDbEngine engine) {
    verify(engine, SHOP.migrations("classpath:db/migration/mysql").dialect(MariaDbAsMySqlDialect.class.getName()));
  }

  private static void verify(Engine engine, GodwitVerification verification) {
    VerificationReport report = verification.assertMatches(() -> engine.newDatabase().dataSource());
    assertThat(report.appliedMigrations()).hasSize(5);
  }
}
