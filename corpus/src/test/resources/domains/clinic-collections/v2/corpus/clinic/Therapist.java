package corpus.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class Therapist extends Staff {
  @Column(length = 60)
  private String method;

  private Integer sessionMinutes;
}
