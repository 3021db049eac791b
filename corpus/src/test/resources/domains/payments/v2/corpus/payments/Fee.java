package corpus.payments;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

@Embeddable
public class Fee {
  private BigDecimal amount;
}
