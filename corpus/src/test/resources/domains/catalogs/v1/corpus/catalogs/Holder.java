package corpus.catalogs;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** v1: a holder of an account, with an assigned id. */
@Entity
public class Holder {
  @Id
  private Long id;

  @ManyToOne
  private Account account;
}
