package corpus.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

@Entity
@Table(name = "ledger_entry", indexes = {
    @Index(name = "idx_entry_account_booked", columnList = "account_id, booked_at"),
    @Index(name = "idx_entry_value_date", columnList = "value_date")})
public class LedgerEntry {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entries")
  @SequenceGenerator(name = "entries", sequenceName = "ledger_entry_seq", allocationSize = 100)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "account_id", nullable = false)
  private Account account;

  @Column(nullable = false, precision = 19, scale = 4)
  private BigDecimal amount;

  @Column(nullable = false)
  private OffsetDateTime bookedAt;

  @Column(nullable = false)
  private LocalDate valueDate;

  @Column(nullable = false, unique = true, length = 64)
  private String reference;

  @Column(length = 500)
  private String memo;

  @ManyToOne
  @JoinColumn(name = "transfer_id")
  private Transfer transfer;
}
