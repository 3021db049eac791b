package corpus.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDateTime;

@Entity
public class Visit {
  @Id
  @GeneratedValue
  private Long id;

  @ManyToOne(optional = false)
  private Patient patient;

  @ManyToOne(optional = false)
  private Doctor doctor;

  @ManyToOne
  private Clinic clinic;

  @Column(nullable = false)
  private LocalDateTime startsAt;
}
