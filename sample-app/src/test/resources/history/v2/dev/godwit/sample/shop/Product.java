package dev.godwit.sample.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.math.BigDecimal;

@Entity
public class Product {
  @Id
  @GeneratedValue
  private Long id;

  @Column(nullable = false, unique = true, length = 40)
  private String sku;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false, precision = 10, scale = 2)
  private BigDecimal price;

  private int stock;

  protected Product() {}

  public Product(String sku, String name, BigDecimal price, int stock) {
    this.sku = sku;
    this.name = name;
    this.price = price;
    this.stock = stock;
  }

  public Long getId() { return id; }
  public String getSku() { return sku; }
  public String getName() { return name; }
  public BigDecimal getPrice() { return price; }
  public int getStock() { return stock; }
}
