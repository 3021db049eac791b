package corpus.inventory;

import dev.godwit.AllowDestructive;
import dev.godwit.Backfill;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "uk_stock_item_sku", columnNames = {"warehouse_id", "sku"}))
@AllowDestructive(value = "stock_item.supplier_id", reason = "suppliers are now tracked per purchase, not per item")
public class StockItem {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  private Warehouse warehouse;

  @Column(nullable = false, length = 40)
  private String sku;

  @Backfill("0")
  @Column(nullable = false)
  private Integer quantity;

  @Backfill("reorder_level")
  private Long reorderLevel;

  @Column(length = 2000)
  private String note;
}
