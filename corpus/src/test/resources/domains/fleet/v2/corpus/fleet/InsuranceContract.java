package corpus.fleet;

import jakarta.persistence.Entity;

/** New in v2: another kind of contract, a new TABLE_PER_CLASS table. */
@Entity
public class InsuranceContract extends Contract {
  private String insurer;
}
