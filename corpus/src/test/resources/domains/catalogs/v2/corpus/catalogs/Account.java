package corpus.catalogs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** v2: the same account, now with a catalog, which PostgreSQL drops: nothing changes. */
@Entity
@Table(schema = "books", catalog = "Ledgers")
public class Account {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;

  @Column(length = 80, nullable = false)
  private String ownerName;
}
