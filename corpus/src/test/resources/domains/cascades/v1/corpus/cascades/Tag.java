package corpus.cascades;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Tag {
  @Id private Long id;
  private String label;
}
