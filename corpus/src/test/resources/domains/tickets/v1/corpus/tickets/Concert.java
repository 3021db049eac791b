package corpus.tickets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalTime;
import java.time.ZonedDateTime;

@Entity
public class Concert {
  @Id
  @GeneratedValue
  private Long id;

  @ManyToOne(optional = false)
  private Venue venue;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false)
  private ZonedDateTime startsAt;

  private LocalTime doorsOpen;

  private Float rating;
}
