package corpus.logistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;

/**
 * A depot, tied to its carrier by the carrier's unique name rather than its id; v2 adds its
 * operator by name and SCAC code together (Hibernate makes the pair a unique key of carrier).
 */
@Entity
public class Depot {
  @Id @GeneratedValue
  private Long id;

  @Column(nullable = false, length = 40)
  private String city;

  @ManyToOne
  @JoinColumn(name = "carrier_name", referencedColumnName = "name")
  private Carrier carrier;

  @ManyToOne
  @JoinColumns({
    @JoinColumn(name = "operator_name", referencedColumnName = "name"),
    @JoinColumn(name = "operator_scac", referencedColumnName = "scacCode")
  })
  private Carrier operator;
}
