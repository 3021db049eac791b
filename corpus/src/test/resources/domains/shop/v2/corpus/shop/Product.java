package corpus.shop;

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

  @Column(length = 2000)
  private String description;

  @Column(nullable = false, precision = 10, scale = 2)
  private BigDecimal price;

  private int stock;

  private boolean active;
}
