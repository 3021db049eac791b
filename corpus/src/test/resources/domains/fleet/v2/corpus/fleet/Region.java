package corpus.fleet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A region, keyed by its code. */
@Entity
public class Region {
  @Id
  @Column(length = 8)
  private String code;

  @Column(nullable = false)
  private String name;
}
