package corpus.idbags;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Song {
  @Id private Long id;
  private String title;
  private int seconds;
}
