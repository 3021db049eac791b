package corpus.catalogs;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** v2: a sequence named schema.catalog.name, which Hibernate reads as schema books, catalog ledgers. */
@Entity
public class Voucher {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vouchers")
  @SequenceGenerator(name = "vouchers", sequenceName = "books.ledgers.voucher_seq", allocationSize = 10)
  private Long id;

  private Integer amount;
}
