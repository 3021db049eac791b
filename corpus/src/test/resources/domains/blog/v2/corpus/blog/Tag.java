package corpus.blog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Tag {
  @Id
  @Column(length = 40)
  private String name;

  @Column(length = 7)
  private String colour;
}
