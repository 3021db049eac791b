package dev.godwit.sample.shop;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.springframework.boot.CommandLineRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Prints the migrations Flyway applied, stocks the shop on first start and prints a sales report. */
@Component
class ShopReport implements CommandLineRunner {
  private final Flyway flyway;
  private final CustomerRepository customers;
  private final ProductRepository products;
  private final PurchaseOrderRepository orders;

  ShopReport(Flyway flyway, CustomerRepository customers, ProductRepository products, PurchaseOrderRepository orders) {
    this.flyway = flyway;
    this.customers = customers;
    this.products = products;
    this.orders = orders;
  }

  @Override
  @Transactional
  public void run(String... args) {
    System.out.println("Godwit migrations applied by Flyway (" + flyway.getConfiguration().getLocations()[0] + "):");
    for (MigrationInfo info : flyway.info().applied()) {
      System.out.printf("  V%-3s %-40s %s%n", info.getVersion(), info.getDescription(), info.getState());
    }
    System.out.println("Hibernate validated the schema against the entities (ddl-auto=validate).");
    if (customers.count() == 0) {
      stock();
    }
    System.out.println("Sales by customer:");
    for (Object[] row : orders.totalsByCustomer()) {
      System.out.printf("  %-18s %-7s %2d orders %10s%n", row[0], row[1], row[2], row[3]);
    }
  }

  private void stock() {
    Customer ada = customers.save(new Customer("ada@example.com", "Ada Lovelace", Instant.parse("2026-01-05T10:00:00Z")));
    Customer alan = customers.save(new Customer("alan@example.com", "Alan Turing", Instant.parse("2026-02-11T09:30:00Z")));
    ada.setLoyaltyTier(LoyaltyTier.GOLD);
    alan.setPhone("+44 20 7946 0000");
    Product kettle = products.save(new Product("KET-001", "Kettle", new BigDecimal("39.90"), 12));
    Product teapot = products.save(new Product("TEA-002", "Teapot", new BigDecimal("24.50"), 30));
    LocalDateTime now = LocalDateTime.of(2026, 11, 1, 12, 0);
    orders.saveAll(List.of(
        new PurchaseOrder(ada, kettle, 1, now),
        new PurchaseOrder(ada, teapot, 2, now.plusDays(1)),
        new PurchaseOrder(alan, teapot, 1, now.plusDays(2))));
  }
}
