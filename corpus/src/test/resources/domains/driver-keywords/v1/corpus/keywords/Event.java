package corpus.keywords;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Set;

/**
 * PostgreSQL's JDBC driver lists "event" among its SQL keywords: Hibernate quotes the table there,
 * and with it the collection table and join columns named after it, which changes its FK names.
 */
@Entity
public class Event {
  @Id
  private Long id;

  @ElementCollection
  private Set<String> tags;
}
