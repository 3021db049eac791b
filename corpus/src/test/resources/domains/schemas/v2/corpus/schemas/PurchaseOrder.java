package corpus.schemas;

import dev.godwit.Renamed;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Set;

/** v2: a column renamed and an index, in the keyword schema. */
@Entity
@Table(name = "purchase_order", schema = "order", indexes = @Index(name = "idx_order_amount", columnList = "amount"))
public class PurchaseOrder {
  @Id
  private Long id;

  @ManyToOne(optional = false)
  private Supplier supplier;

  @Renamed(from = "total")
  @Column(precision = 12, scale = 2)
  private BigDecimal amount;

  @ManyToMany
  @JoinTable(name = "order_product", schema = "order")
  private Set<Product> products;
}
