package corpus.catalogs;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.TableGenerator;

/** v2: ids from a table generator whose table has a catalog (a new table). */
@Entity
public class Holder {
  @Id
  @GeneratedValue(generator = "holders")
  @TableGenerator(name = "holders", table = "holder_ids", catalog = "ledgers", initialValue = 100)
  private Long id;

  @ManyToOne
  private Account account;
}
