package corpus.payments;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Embeddable;

/** Embeddable inheritance: the discriminator and every subclass's columns live in the payment table. */
@Embeddable
@DiscriminatorColumn(name = "method_type", length = 20)
@DiscriminatorValue("plain")
public class Method {
  private String reference;
}
