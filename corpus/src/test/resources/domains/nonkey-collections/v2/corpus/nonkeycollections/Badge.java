package corpus.nonkeycollections;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Badge {
  @Id private Long id;
  @Column(unique = true, length = 30) private String code;
}
