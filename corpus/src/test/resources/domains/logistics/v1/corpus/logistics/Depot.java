package corpus.logistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A depot, tied to its carrier by the carrier's unique name rather than its id. */
@Entity
public class Depot {
  @Id @GeneratedValue
  private Long id;

  @Column(nullable = false, length = 40)
  private String city;

  @ManyToOne
  @JoinColumn(name = "carrier_name", referencedColumnName = "name")
  private Carrier carrier;
}
