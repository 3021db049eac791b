package corpus.cascades;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class Publisher {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private String name;
}
