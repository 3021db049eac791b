package corpus.keywords;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** An unnamed unique constraint over a column every dialect quotes ("row"): hashed over the quoted name. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"hall", "row"}))
public class Seat {
  @Id
  private Long id;

  private String hall;

  private String row;
}
