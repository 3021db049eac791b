package corpus.logistics;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OneToOne;

@Entity
@DiscriminatorValue("P")
public class Parcel extends Shipment {
  private int weightGrams;

  @OneToOne
  @JoinTable(name = "parcel_replacement")
  private Parcel replacement;
}
