package corpus.fleet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.ManyToOne;

/** A shift, keyed by day and slot through an @IdClass. */
@Entity
@IdClass(ShiftKey.class)
public class Shift {
  @Id
  private java.time.LocalDate day;

  @Id
  @Column(length = 10)
  private String slot;

  @ManyToOne(optional = false)
  private Driver driver;

  @ManyToOne
  private Vehicle vehicle;

  private Integer hours;
}
