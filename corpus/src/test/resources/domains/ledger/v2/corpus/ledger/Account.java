package corpus.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

@Entity
public class Account {
  @Id
  private UUID id;

  @Column(nullable = false, unique = true, length = 34)
  private String iban;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(nullable = false, length = 140)
  private String holderName;

  @Column(nullable = false)
  private LocalDate openedOn;

  @Column(nullable = false, precision = 19, scale = 4)
  private BigDecimal balance;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private AccountStatus status;

  @Version
  private long version;
}
