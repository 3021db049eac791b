package corpus.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A weekly shift: the key of a clinic's rota, part of the collection table's primary key. */
@Embeddable
public class Shift {
  @Column(length = 10)
  private String weekday;

  private int startHour;
}
