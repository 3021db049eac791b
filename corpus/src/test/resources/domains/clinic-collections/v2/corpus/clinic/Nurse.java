package corpus.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class Nurse extends Staff {
  @Column(length = 40)
  private String ward;
}
