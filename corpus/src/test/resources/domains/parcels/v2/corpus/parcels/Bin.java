package corpus.parcels;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The package's table generator for a second entity: a second row (segment bin) in crate_ids. */
@Entity
public class Bin {
  @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = "crate_ids") private Long id;
  private String aisle;
}
