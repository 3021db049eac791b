package corpus.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A generator name declared nowhere: Hibernate's implicit sequence room_numbers (increment 50). */
@Entity
public class Room {
  @Id
  @GeneratedValue(generator = "room_numbers")
  private Long id;

  @Column(length = 20)
  private String label;
}
