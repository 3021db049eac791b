package corpus.clinic;

import jakarta.persistence.Embeddable;
import java.io.Serializable;

@Embeddable
public class PrescriptionId implements Serializable {
  private Long visitId;

  private int line;
}
