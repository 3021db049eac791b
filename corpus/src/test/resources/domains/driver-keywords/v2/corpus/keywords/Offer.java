package corpus.keywords;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * Driver keywords as column names: "limit" (H2's, PostgreSQL's and MariaDB's drivers) and "key"
 * (H2's driver, MySQLDialect itself): Hibernate quotes them per dialect, so the unnamed unique
 * constraint and index over them get other hashed names on each.
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"key", "limit"}), indexes = @Index(columnList = "limit, key"))
public class Offer {
  @Id
  private Long id;

  private String key;

  private Integer limit;

  @ManyToOne
  private Event event;

  @ManyToOne
  private Comment comment;
}
