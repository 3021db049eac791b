package corpus.payments;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.util.List;
import java.util.Map;

/**
 * v2: a fallback settlement that keeps its bank as text (the entity's convert names only
 * settlement.bank; the embedded attribute's disableConversion says so explicitly) and its status
 * as a code (the embeddable's class-level convert), and a list of banks stored as numeric codes
 * ("value").
 */
@Entity
@Convert(attributeName = "settlement.bank", converter = BankCodeConverter.class)
public class Payout {
  @Id
  @GeneratedValue
  private Long id;

  @Embedded
  private Settlement settlement;

  @Embedded
  @AttributeOverride(name = "status", column = @Column(name = "fallback_status"))
  @AttributeOverride(name = "amount", column = @Column(name = "fallback_amount"))
  @AttributeOverride(name = "bank", column = @Column(name = "fallback_bank", length = 40))
  @Convert(attributeName = "bank", disableConversion = true)
  private Settlement fallback;

  private Cents total;

  @ElementCollection
  @Convert(attributeName = "key", converter = StatusCodeConverter.class)
  private Map<PayoutStatus, Cents> totals;

  @ElementCollection
  @Convert(attributeName = "value", converter = BankCodeConverter.class)
  private List<String> banks;
}
