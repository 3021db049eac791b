package corpus.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

@Entity
public class Prescription {
  @EmbeddedId
  private PrescriptionId id;

  @Column(nullable = false, length = 120)
  private String drug;

  @Column(length = 60)
  private String dosage;
}
