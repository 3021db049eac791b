package corpus.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
public class Transfer {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "debit_account_id", nullable = false)
  private Account debitAccount;

  @ManyToOne(optional = false)
  @JoinColumn(name = "credit_account_id", nullable = false)
  private Account creditAccount;

  @Column(nullable = false, precision = 19, scale = 4)
  private BigDecimal amount;

  private Instant executedAt;

  @Column(length = 140)
  private String remittance;
}
