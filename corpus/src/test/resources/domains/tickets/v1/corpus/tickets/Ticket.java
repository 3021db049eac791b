package corpus.tickets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import java.math.BigInteger;
import java.util.UUID;

@Entity
public class Ticket {
  @Id
  private UUID id;

  @ManyToOne(optional = false)
  private Concert concert;

  @OneToOne
  private Seat seat;

  @ManyToOne
  private User holder;

  @Column(nullable = false)
  private BigInteger serial;
}
