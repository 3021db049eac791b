package dev.godwit.sample.shop;

import dev.godwit.Renamed;
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

  @Renamed(from = "name")
  @Column(nullable = false)
  private String title;

  @Column(nullable = false, precision = 10, scale = 2)
  private BigDecimal price;

  private int stock;

  protected Product() {}

  public Product(String sku, String title, BigDecimal price, int stock) {
    this.sku = sku;
    this.title = title;
    this.price = price;
    this.stock = stock;
  }

  public Long getId() { return id; }
  public String getSku() { return sku; }
  public String getTitle() { return title; }
  public BigDecimal getPrice() { return price; }
  public int getStock() { return stock; }
}
