package corpus.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A referral to a doctor, held in a patient's element collection: its join column and FK are in the collection table. */
@Embeddable
public class Referral {
  @ManyToOne(optional = false)
  private Doctor doctor;

  @Column(length = 200)
  private String reason;

  @ManyToOne
  @JoinColumn(name = "escort_id")
  private Nurse escort;
}
