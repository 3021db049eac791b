package corpus.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.OneToOne;

/** A map key with a one-to-one: its join column joins the primary key, with a foreign key and a unique key. */
@Embeddable
public class Desk {
  @Column(length = 10)
  private String code;

  @OneToOne
  private Room room;
}
