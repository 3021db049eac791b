package corpus.logistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Carrier {
  @Id @GeneratedValue
  private Long id;

  @Column(nullable = false, unique = true, length = 80)
  private String name;

  @Column(length = 12)
  private String scacCode;
}
