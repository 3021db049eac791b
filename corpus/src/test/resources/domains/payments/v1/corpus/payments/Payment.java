package corpus.payments;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.util.List;

@Entity
public class Payment {
  @Id
  @GeneratedValue
  private Long id;

  @Embedded
  private Method method;

  @ElementCollection
  private List<Note> notes;
}
