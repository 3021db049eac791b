package corpus.parcels;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A bare @GeneratedValue naming the package's sequence generator: the generator decides the kind. */
@Entity
public class Pallet {
  @Id @GeneratedValue(generator = "parcel_numbers") private Long id;
  private int weight;
}
