package corpus.bugs;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** PostgreSQL's JDBC driver lists "event" among its SQL keywords: Hibernate quotes the table there, which changes its FK names. */
@Entity
public class Event {
  @Id
  private Long id;
}
