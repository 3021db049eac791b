package corpus.fleet;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;

/** A driver's profile, sharing the driver's id (@MapsId). */
@Entity
public class DriverProfile {
  @Id
  private Long id;

  @MapsId
  @OneToOne
  private Driver driver;

  private String bio;
}
