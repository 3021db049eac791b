package corpus.schemas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Set;

/** In a schema whose name is a keyword (quoted like a keyword table), with a join table there. */
@Entity
@Table(name = "purchase_order", schema = "order")
public class PurchaseOrder {
  @Id
  private Long id;

  @ManyToOne(optional = false)
  private Supplier supplier;

  @Column(precision = 12, scale = 2)
  private BigDecimal total;

  @ManyToMany
  @JoinTable(name = "order_product", schema = "order")
  private Set<Product> products;
}
