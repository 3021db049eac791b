package corpus.moves;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** v2: moved from schema billing to schema archive, with its index; its sequence stays in billing. */
@Entity
@Table(schema = "archive", indexes = @Index(name = "idx_invoice_total", columnList = "total"))
public class Invoice {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoices")
  @SequenceGenerator(name = "invoices", sequenceName = "invoice_seq", schema = "billing", allocationSize = 10)
  private Long id;

  private BigDecimal total;
}
