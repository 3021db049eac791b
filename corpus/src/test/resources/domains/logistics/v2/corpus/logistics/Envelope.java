package corpus.logistics;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("E")
public class Envelope extends Shipment {
  private boolean signatureRequired;
}
