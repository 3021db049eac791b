package corpus.billing;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.TableGenerator;
import java.math.BigDecimal;

/** A new generator in an existing generator table: one more row. */
@Entity
public class CreditNote {
  @Id
  @TableGenerator(name = "creditIds", table = "id_blocks", pkColumnName = "block", valueColumnName = "next_block",
      initialValue = 5)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "creditIds")
  private Long id;

  private BigDecimal amount;

  @ManyToOne
  private Invoice invoice;
}
