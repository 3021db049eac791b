package corpus.tickets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** Columns named after SQL keywords. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "uk_seat_position", columnNames = {"venue_id", "row", "number"}))
public class Seat {
  @Id
  @GeneratedValue
  private Long id;

  @ManyToOne(optional = false)
  private Venue venue;

  @Column(nullable = false, length = 4)
  private String row;

  private int number;
}
