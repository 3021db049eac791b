package corpus.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;
import java.math.BigDecimal;

@Entity
@TableGenerator(name = "invoiceIds", table = "id_blocks", pkColumnName = "block", valueColumnName = "next_block",
    pkColumnValue = "invoice", initialValue = 1000, allocationSize = 20)
public class Invoice {
  @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = "invoiceIds")
  private Long id;

  @Column(length = 40)
  private String number;

  @Column(precision = 12, scale = 2)
  private BigDecimal total;
}
