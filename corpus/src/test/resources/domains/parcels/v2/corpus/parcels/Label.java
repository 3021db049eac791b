package corpus.parcels;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The sequence v2 adds to the package: created by V2, dropped by U2. */
@Entity
public class Label {
  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "label_numbers") private Long id;
  private String text;
}
