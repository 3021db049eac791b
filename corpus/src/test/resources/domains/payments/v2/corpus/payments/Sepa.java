package corpus.payments;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Embeddable;

/** v2: a new subclass adds its nullable columns to the payment table. */
@Embeddable
@DiscriminatorValue("sepa")
public class Sepa extends Method {
  @Column(length = 34)
  private String iban;
}
