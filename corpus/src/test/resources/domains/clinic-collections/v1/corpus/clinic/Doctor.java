package corpus.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToMany;
import java.util.Set;

@Entity
public class Doctor extends Staff {
  @Column(length = 60)
  private String specialty;

  @ManyToMany
  private Set<Clinic> clinics;
}
