package corpus.parcels;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class Crate {
  @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = "crate_ids") private Long id;
  private String code;
}
