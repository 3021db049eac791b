package corpus.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "uk_stock_item_sku", columnNames = {"warehouse_id", "sku"}),
    indexes = @Index(name = "idx_stock_item_sku", columnList = "sku"))
public class StockItem {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  private Warehouse warehouse;

  @Column(nullable = false, length = 40)
  private String sku;

  private Integer quantity;

  private Integer reorderLevel;

  @Column(length = 500)
  private String note;

  @ManyToOne
  private Supplier supplier;
}
