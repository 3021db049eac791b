package corpus.tickets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Venue {
  @Id
  @GeneratedValue
  private Integer id;

  @Column(nullable = false, length = 120)
  private String name;

  @Column(length = 80)
  private String city;

  private short capacity;
}
