package corpus.tickets;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDateTime;

@Entity
public class Waitlist {
  @Id
  @GeneratedValue
  private Long id;

  @ManyToOne(optional = false)
  private Concert concert;

  @ManyToOne(optional = false)
  private User user;

  private LocalDateTime since;
}
