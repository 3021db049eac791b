package corpus.fleet;

import jakarta.persistence.Entity;

/** New in v2: another kind of asset, a new JOINED child table. */
@Entity
public class Trailer extends Asset {
  private Integer axles;
}
