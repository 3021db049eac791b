package corpus.billing;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.TableGenerator;

/** A new generator with a table of its own, named after the generator. */
@Entity
@TableGenerator(name = "refund_ids", allocationSize = 1)
public class Refund {
  @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = "refund_ids")
  private Integer id;

  private String reason;

  @ManyToOne
  private Payment payment;
}
