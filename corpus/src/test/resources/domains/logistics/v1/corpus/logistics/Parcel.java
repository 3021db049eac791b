package corpus.logistics;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("P")
public class Parcel extends Shipment {
  private int weightGrams;
}
