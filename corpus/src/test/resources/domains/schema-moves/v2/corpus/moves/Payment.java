package corpus.moves;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Set;

/** v2: moved from the default schema to billing; its collection table stays in the default schema. */
@Entity
@Table(schema = "billing")
public class Payment {
  @Id
  private Long id;

  @ManyToOne
  private Invoice invoice;

  @ElementCollection
  @CollectionTable(name = "payment_reference")
  private Set<String> references;
}
