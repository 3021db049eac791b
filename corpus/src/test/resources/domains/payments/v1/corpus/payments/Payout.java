package corpus.payments;

import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.util.Map;

/**
 * Converts: the entity converts the bank inside its embedded settlement (an integer code); the
 * totals are keyed by status code ("key") and their Cents values are auto-converted.
 */
@Entity
@Convert(attributeName = "settlement.bank", converter = BankCodeConverter.class)
public class Payout {
  @Id
  @GeneratedValue
  private Long id;

  @Embedded
  private Settlement settlement;

  private Cents total;

  @ElementCollection
  @Convert(attributeName = "key", converter = StatusCodeConverter.class)
  private Map<PayoutStatus, Cents> totals;
}
