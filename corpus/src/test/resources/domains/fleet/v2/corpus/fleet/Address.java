package corpus.fleet;

import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;

/** A place: street, city and the region it belongs to (a relation inside an embeddable). */
@Embeddable
public class Address {
  private String street;

  private String city;

  @ManyToOne
  private Region region;
}
