package corpus.payments;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** v2: a new table with an embedded hierarchy whose discriminator is named after the attribute (fee_dtype). */
@Entity
public class Refund {
  @Id
  @GeneratedValue
  private Long id;

  private Fee fee;
}
