package corpus.moves;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** v2: moved from schema crm to the default schema. */
@Entity
@Table
public class Customer {
  @Id
  private Long id;

  private String name;

  @ManyToOne
  private Invoice lastInvoice;
}
