package corpus.moves;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** In schema crm; v2 moves it to the default schema. */
@Entity
@Table(schema = "crm")
public class Customer {
  @Id
  private Long id;

  private String name;

  @ManyToOne
  private Invoice lastInvoice;
}
