package corpus.parcels;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Parcel {
  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "parcel_numbers") private Long id;
  private String label;
  @ManyToOne private Crate crate;
}
