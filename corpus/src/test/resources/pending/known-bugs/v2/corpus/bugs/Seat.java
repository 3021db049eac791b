package corpus.bugs;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * An unnamed unique constraint over a keyword column: on MySQL Hibernate names it
 * UK... hashed over the quoted column, Godwit (since 7014ead) over the name as written.
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"hall", "row"}))
public class Seat {
  @Id
  private Long id;

  private String hall;

  private String row;
}
