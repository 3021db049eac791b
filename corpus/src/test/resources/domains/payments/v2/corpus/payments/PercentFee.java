package corpus.payments;

import jakarta.persistence.Embeddable;

@Embeddable
public class PercentFee extends Fee {
  private Double percent;
}
