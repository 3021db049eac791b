package corpus.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import java.time.LocalDateTime;
import java.util.List;

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

  @ElementCollection
  @OrderColumn
  @Column(length = 500)
  private List<String> notes;
}
