package corpus.payments;

import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

/** The embeddable converts its status wherever it is embedded (class-level @Convert). */
@Embeddable
@Convert(attributeName = "status", converter = StatusCodeConverter.class)
public class Settlement {
  private PayoutStatus status;
  private Cents amount;
  private String bank;
}
