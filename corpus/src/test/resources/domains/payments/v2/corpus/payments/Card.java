package corpus.payments;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Embeddable;

@Embeddable
@DiscriminatorValue("card")
public class Card extends Method {
  @Column(length = 19)
  private String cardNumber;

  private int cvcLength;
}
