package corpus.logistics;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("L")
public class Pallet extends Shipment {
  private Integer slots;
}
