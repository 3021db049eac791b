package corpus.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class Doctor extends Staff {
  @Column(length = 60)
  private String specialty;
}
