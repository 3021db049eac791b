package corpus.cascades;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Chapter {
  @Id private Long id;
  private String title;
}
