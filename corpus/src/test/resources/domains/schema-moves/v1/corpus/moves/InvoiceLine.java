package corpus.moves;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Stays in schema billing; its key follows the invoice table it references to schema archive. */
@Entity
@Table(name = "invoice_line", schema = "billing")
public class InvoiceLine {
  @Id
  private Long id;

  @ManyToOne(optional = false)
  private Invoice invoice;

  private String description;
}
