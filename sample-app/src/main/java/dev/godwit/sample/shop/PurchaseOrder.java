package dev.godwit.sample.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

@Entity
@Table(indexes = @Index(name = "idx_purchase_order_placed_at", columnList = "placedAt"))
public class PurchaseOrder {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "customer_id")
  private Customer customer;

  @ManyToOne(fetch = FetchType.LAZY)
  private Product product;

  private int quantity;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal total;

  @Column(nullable = false)
  private LocalDateTime placedAt;

  protected PurchaseOrder() {}

  public PurchaseOrder(Customer customer, Product product, int quantity, LocalDateTime placedAt) {
    this.customer = customer;
    this.product = product;
    this.quantity = quantity;
    this.total = product.getPrice().multiply(BigDecimal.valueOf(quantity));
    this.placedAt = placedAt;
  }

  public Long getId() { return id; }
  public Customer getCustomer() { return customer; }
  public Product getProduct() { return product; }
  public int getQuantity() { return quantity; }
  public BigDecimal getTotal() { return total; }
  public LocalDateTime getPlacedAt() { return placedAt; }
}
